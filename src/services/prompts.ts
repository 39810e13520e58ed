import type { Locale } from '../config';
import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { completeCohort, listCohorts } from '../db/repositories/cohorts';
import { findDeliveryByKey, scheduleDelivery, skipPending } from '../db/repositories/deliveries';
import {
  approvedTopicOrder,
  changePromptTopic,
  findPromptContext,
  hasResponded,
  insertPrompt,
  linkPromptDelivery,
  listPairsToPlan,
  listPromptResponses,
  listPromptsAwaitingReminders,
  listUpcomingPrompts,
  markRemindersPlanned,
  recordPromptResponse,
  retimePrompt,
  setPromptTopicIfUnset,
  topicsUsedByPair,
  topicText,
  type PromptContext,
  type PromptMember,
  type TopicText,
} from '../db/repositories/prompts';
import { voteCounts } from '../db/repositories/topic-votes';
import { resolveLocale } from '../i18n';
import type { Logger } from '../logger';
import { cachedZonedInstant, cohortCompletesAt, cycleCount, pairDueAt } from './calendar';
import { pairLocale } from './pairs';
import { agreementProgress, type AgreementProgress } from './agreements';

/**
 * Weekly prompts (PRODUCT.md §6): planning each pair's prompt per cycle, choosing its topic, what members do
 * with its buttons, the 72-hour reminders and closing cohorts. Posting goes through the delivery ledger; the
 * handlers live in scheduler/deliveries/.
 */

export const NUDGE_KIND = 'nudge';
export const REMINDER_KIND = 'reminder';

const HOUR_MS = 60 * 60 * 1000;
/** A prompt more than this late (the app was down) is marked `missed` instead of sent. */
export const PROMPT_MAX_LATENESS_MS = 48 * HOUR_MS;
/** A member who has done nothing about a prompt this long after it was posted gets one reminder. */
export const REMINDER_AFTER_MS = 72 * HOUR_MS;
/** A reminder this late is no longer gentle; it is marked `missed`. */
export const REMINDER_MAX_LATENESS_MS = 24 * HOUR_MS;
/** How many of a topic's questions a prompt shows (the catalogue has 3–4 per topic, suggestions 2–3). */
export const QUESTIONS_PER_PROMPT = 3;

export function nudgeKey(pairId: number, cycle: number): string {
  return `nudge:pair:${pairId}:cycle:${cycle}`;
}

export function reminderKey(promptId: number, userId: string): string {
  return `reminder:prompt:${promptId}:user:${userId}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------------------------

export interface PlanReport {
  /** Prompt rows (and their ledger rows) added. */
  planned: number;
  /** Upcoming prompts moved because a member's time zone changed. */
  retimed: number;
}

const WRITE_CHUNK = 500;

function inChunks<T>(db: Db, items: readonly T[], write: (item: T) => number): number {
  let count = 0;
  for (let start = 0; start < items.length; start += WRITE_CHUNK) {
    // Short transactions: the write lock is never held long enough to keep a button click waiting.
    count += inTransaction(db, () => items.slice(start, start + WRITE_CHUNK).reduce((sum, item) => sum + write(item), 0));
  }
  return count;
}

/**
 * Plans every active pair's prompts (idempotent; safe in two processes at once): each cycle already due and the
 * next one, so the next prompt is always on record, a restart loses nothing, and a pair made mid-cohort gets
 * the cycles due after it was made. Upcoming prompts no pass has touched are re-timed to the members' current
 * time zones. Whether a prompt is still wanted (pauses, departures) is decided when it is delivered.
 */
export function planPrompts(db: Db, now: Date, logger?: Logger): PlanReport {
  const cohorts = new Map(listCohorts(db, ['active']).map((cohort) => [cohort.id, cohort]));
  const instantOf = cachedZonedInstant();
  const nowMs = now.getTime();
  const additions: Array<{ pairId: number; cohortId: number; cycle: number; dueAt: Date }> = [];
  for (const pair of listPairsToPlan(db)) {
    const cohort = cohorts.get(pair.cohortId);
    if (!cohort) continue;
    // The pair's next prompt is already on record.
    if (pair.lastDueAt !== null && Date.parse(pair.lastDueAt) > nowMs) continue;
    const zones = [pair.mentorZone, pair.menteeZone];
    const createdAt = Date.parse(pair.createdAt);
    try {
      const cycles = cycleCount(cohort);
      for (let cycle = pair.plannedThrough + 1; cycle <= cycles; cycle += 1) {
        const dueAt = pairDueAt(cohort, cycle, zones, instantOf);
        if (dueAt.getTime() < createdAt) continue;
        additions.push({ pairId: pair.pairId, cohortId: cohort.id, cycle, dueAt });
        if (dueAt.getTime() > nowMs) break;
      }
    } catch (error) {
      logger?.error({ cohort: cohort.id, pair: pair.pairId, message: (error as Error).message }, 'cannot plan prompts for a pair');
    }
  }
  const planned = inChunks(db, additions, (addition) => {
    const promptId = insertPrompt(db, addition, now);
    if (promptId === undefined) return 0;
    const dedupeKey = nudgeKey(addition.pairId, addition.cycle);
    scheduleDelivery(db, { kind: NUDGE_KIND, dedupeKey, cohortId: addition.cohortId, subjectId: promptId, dueAt: addition.dueAt }, now);
    const delivery = findDeliveryByKey(db, dedupeKey);
    if (delivery) linkPromptDelivery(db, promptId, delivery.id);
    return 1;
  });

  const moves: Array<{ promptId: number; deliveryId: number; dueAt: Date }> = [];
  for (const upcoming of listUpcomingPrompts(db, now)) {
    const cohort = cohorts.get(upcoming.cohortId);
    if (!cohort) continue;
    try {
      const dueAt = pairDueAt(cohort, upcoming.cycle, [upcoming.mentorZone, upcoming.menteeZone], instantOf);
      if (dueAt.toISOString() !== upcoming.dueAt) moves.push({ promptId: upcoming.promptId, deliveryId: upcoming.deliveryId, dueAt });
    } catch {
      // Reported by the planning loop above.
    }
  }
  const retimed = inChunks(db, moves, (move) => (retimePrompt(db, move.promptId, move.deliveryId, move.dueAt, now) ? 1 : 0));
  return { planned, retimed };
}

/** Puts a reminder for each member of every newly posted prompt in the ledger, due 72 hours after the post. */
export function planReminders(db: Db, now: Date): number {
  const awaiting = listPromptsAwaitingReminders(db);
  return inChunks(db, awaiting, (prompt) => {
    const dueAt = new Date(Date.parse(prompt.postedAt) + REMINDER_AFTER_MS);
    let added = 0;
    for (const userId of prompt.memberIds) {
      const key = reminderKey(prompt.promptId, userId);
      if (scheduleDelivery(db, { kind: REMINDER_KIND, dedupeKey: key, cohortId: prompt.cohortId, subjectId: prompt.promptId, userId, dueAt }, now)) {
        added += 1;
      }
    }
    markRemindersPlanned(db, prompt.promptId, now);
    return added;
  });
}

/** Active cohorts a cadence past their last cycle become `completed`; anything of theirs still waiting is skipped. */
export function completeFinishedCohorts(db: Db, now: Date): number[] {
  const completed: number[] = [];
  for (const cohort of listCohorts(db, ['active'])) {
    let endsAt: Date;
    try {
      endsAt = cohortCompletesAt(cohort);
    } catch {
      continue;
    }
    if (now.getTime() < endsAt.getTime()) continue;
    inTransaction(db, () => {
      if (completeCohort(db, cohort.id, now)) {
        skipPending(db, { cohortId: cohort.id, kinds: [NUDGE_KIND, REMINDER_KIND] }, 'cohort_completed', now);
        completed.push(cohort.id);
      }
    });
  }
  return completed;
}

// ---------------------------------------------------------------------------------------------------------------
// Topic rotation
// ---------------------------------------------------------------------------------------------------------------

export interface RotationInput {
  mentorTopics: readonly string[];
  menteeTopics: readonly string[];
  /** Approved topics in catalogue order: only these are ever chosen. */
  catalogue: readonly string[];
  votes: ReadonlyMap<string, number>;
  /** Topics the pair has had or passed on in this cohort, once per time. */
  used: readonly string[];
  /** Never chosen (the topic being swapped away). */
  exclude?: ReadonlySet<string>;
}

/** The pair's shared topics, then their other topics, then the rest of the catalogue; votes order each group. */
export function rotationOrder(input: RotationInput): string[] {
  const position = new Map(input.catalogue.map((id, index) => [id, index]));
  const byVotes = (a: string, b: string) =>
    (input.votes.get(b) ?? 0) - (input.votes.get(a) ?? 0) || (position.get(a) ?? 0) - (position.get(b) ?? 0);
  const approved = (ids: Iterable<string>) => [...new Set(ids)].filter((id) => position.has(id));
  const menteeSet = new Set(input.menteeTopics);
  const shared = approved(input.mentorTopics.filter((id) => menteeSet.has(id)));
  const sharedSet = new Set(shared);
  const others = approved([...input.mentorTopics, ...input.menteeTopics]).filter((id) => !sharedSet.has(id));
  const chosen = new Set([...shared, ...others]);
  const rest = input.catalogue.filter((id) => !chosen.has(id));
  return [...shared.sort(byVotes), ...others.sort(byVotes), ...rest.sort(byVotes)];
}

/**
 * The next topic for a pair: the first in rotation order among those used least in the cohort, so nothing
 * repeats while an alternative exists. Undefined when there is no topic to choose.
 */
export function nextTopic(input: RotationInput): string | undefined {
  const uses = new Map<string, number>();
  for (const id of input.used) uses.set(id, (uses.get(id) ?? 0) + 1);
  let best: string | undefined;
  let fewest = Infinity;
  for (const id of rotationOrder(input)) {
    if (input.exclude?.has(id)) continue;
    const count = uses.get(id) ?? 0;
    if (count < fewest) {
      best = id;
      fewest = count;
    }
  }
  return best;
}

/**
 * What a run of prompts reads again and again: the approved catalogue with its votes (votes break ties in the
 * rotation, PRODUCT.md §6), topic texts, and zone arithmetic. One per dispatch pass, so thousands of prompts do
 * not each re-read them; a button press takes a fresh one.
 */
export interface TopicCatalogue {
  rotation(): { catalogue: readonly string[]; votes: ReadonlyMap<string, number> };
  text(topicId: string, locale: Locale): TopicText | undefined;
  instantOf(date: string, time: string, zone: string): Date;
}

export function topicCatalogue(db: Db): TopicCatalogue {
  let rotation: { catalogue: readonly string[]; votes: ReadonlyMap<string, number> } | undefined;
  const texts = new Map<string, TopicText | undefined>();
  return {
    rotation() {
      if (!rotation) {
        const catalogue = approvedTopicOrder(db);
        rotation = { catalogue, votes: voteCounts(db, catalogue) };
      }
      return rotation;
    },
    text(topicId, locale) {
      const key = `${locale} ${topicId}`;
      if (!texts.has(key)) texts.set(key, topicText(db, topicId, locale));
      return texts.get(key);
    },
    instantOf: cachedZonedInstant(),
  };
}

function rotationFor(topics: TopicCatalogue, context: PromptContext, used: string[]): RotationInput {
  return { mentorTopics: context.mentor.topics, menteeTopics: context.mentee.topics, ...topics.rotation(), used };
}

function questionsOf(topics: TopicCatalogue, topicId: string, locale: Locale): string[] {
  return (topics.text(topicId, locale)?.questions ?? []).slice(0, QUESTIONS_PER_PROMPT);
}

// ---------------------------------------------------------------------------------------------------------------
// Delivery
// ---------------------------------------------------------------------------------------------------------------

/** Everything a prompt message shows, in the pair's language. */
export interface PromptView {
  promptId: number;
  pairId: number;
  cycle: number;
  cycles: number;
  /** The last cycle: the prompt closes the programme and asks for a final reflection. */
  closing: boolean;
  locale: Locale;
  topic: { title: string; description: string };
  questions: string[];
  /** When the next prompt comes; for the last one, when the programme closes. */
  nextAt: Date;
  /** What members did that the other should see, in the order they did it: "We met", "Skip", "New topic". */
  responses: Array<{ userId: string; kind: 'met' | 'skipped' | 'new_topic' }>;
  /** The pair's kickoff agreement: until both parts are in, the prompt invites them again (PRODUCT.md §12.1). */
  agreement: AgreementProgress;
  channelId: string | null;
  messageTs: string | null;
}

/** Why a member gets no prompt due at `dueAt`: they left (or asked to be forgotten), or are paused past it. */
function absence(member: PromptMember, dueAt: Date): string | undefined {
  if (member.status === null || member.status === 'left') return 'member_left';
  if (member.status === 'paused' && (member.pausedUntil === null || Date.parse(member.pausedUntil) > dueAt.getTime())) return 'member_paused';
  return undefined;
}

/** Why this prompt should not go out any more, decided at delivery time; undefined when it should. */
function whyNoPrompt(context: PromptContext): string | undefined {
  if (context.cohort.status !== 'active') return 'cohort_not_active';
  if (context.pair.status !== 'active') return 'pair_ended';
  const dueAt = new Date(context.prompt.dueAt);
  return absence(context.mentor, dueAt) ?? absence(context.mentee, dueAt);
}

/** The lines a prompt shows under its buttons: who met, who skipped, who picked a new topic, oldest first. */
function visibleResponses(db: Db, prompt: PromptContext['prompt']): PromptView['responses'] {
  const lines: Array<{ userId: string; kind: 'met' | 'skipped' | 'new_topic'; at: string }> = listPromptResponses(db, prompt.id).flatMap((response) =>
    response.kind === 'met' || response.kind === 'skipped' ? [{ userId: response.userId, kind: response.kind, at: response.at }] : [],
  );
  if (prompt.topicChangedBy && prompt.topicChangedAt) lines.push({ userId: prompt.topicChangedBy, kind: 'new_topic', at: prompt.topicChangedAt });
  // Oldest first; at the same instant a new topic comes before a meeting about it.
  const rank = (kind: string) => (kind === 'new_topic' ? 0 : 1);
  return lines.sort((a, b) => a.at.localeCompare(b.at) || rank(a.kind) - rank(b.kind)).map(({ userId, kind }) => ({ userId, kind }));
}

function viewOf(db: Db, context: PromptContext, topics: TopicCatalogue, fallback: Locale): PromptView | undefined {
  const { prompt, cohort } = context;
  if (!prompt.topicId) return undefined;
  const locale = prompt.locale ?? fallback;
  const text = topics.text(prompt.topicId, locale);
  const cycles = cycleCount(cohort);
  const closing = prompt.cycle >= cycles;
  const zones = [context.mentor.timezone, context.mentee.timezone];
  return {
    promptId: prompt.id,
    pairId: prompt.pairId,
    cycle: prompt.cycle,
    cycles,
    closing,
    locale,
    topic: { title: text?.title ?? prompt.topicId, description: text?.description ?? '' },
    questions: prompt.questions,
    nextAt: closing ? cohortCompletesAt(cohort) : pairDueAt(cohort, prompt.cycle + 1, zones, topics.instantOf),
    responses: visibleResponses(db, prompt),
    agreement: agreementProgress(db, context.pair),
    channelId: prompt.channelId,
    messageTs: prompt.messageTs,
  };
}

export type PreparedPrompt = { skipped: string } | { view: PromptView; pair: PromptContext['pair'] };

/**
 * Readies a prompt for posting: still wanted (decided now, not when planned), its topic chosen once and kept
 * for retries, in the pair's language. Returns why not when it should not go out. The caller holds the ledger's
 * claim on the prompt, so nobody else chooses its topic meanwhile.
 */
export function preparePrompt(db: Db, promptId: number | null, fallback: Locale, now: Date, topics = topicCatalogue(db)): PreparedPrompt {
  let context = promptId === null ? undefined : findPromptContext(db, promptId);
  if (!context) return { skipped: 'prompt_missing' };
  const reason = whyNoPrompt(context);
  if (reason) return { skipped: reason };
  if (!context.prompt.topicId) {
    const used = topicsUsedByPair(db, context.pair.id, context.prompt.id);
    const topicId = nextTopic(rotationFor(topics, context, used));
    if (!topicId) return { skipped: 'no_topic' };
    const locale = pairLocale(context.mentor.locale, context.mentee.locale, fallback);
    setPromptTopicIfUnset(db, context.prompt.id, { topicId, locale, questions: questionsOf(topics, topicId, locale), passedTopics: [] }, now);
    context = findPromptContext(db, context.prompt.id);
    if (!context) return { skipped: 'prompt_missing' };
  }
  const view = viewOf(db, context, topics, fallback);
  return view ? { view, pair: context.pair } : { skipped: 'no_topic' };
}

/** The prompt as it should look now (after a button was pressed), or undefined when it has no topic yet. */
export function currentPromptView(db: Db, promptId: number, fallback: Locale): PromptView | undefined {
  const context = findPromptContext(db, promptId);
  return context && viewOf(db, context, topicCatalogue(db), fallback);
}

export interface ReminderView {
  promptId: number;
  cycle: number;
  cycles: number;
  closing: boolean;
}

export type PreparedReminder = { skipped: string } | { view: ReminderView; locale: Locale };

/**
 * A reminder goes only to a member who has still done nothing about the prompt, is neither paused nor gone,
 * and whose pair and cohort are still running; decided at delivery time.
 */
export function prepareReminder(db: Db, promptId: number | null, userId: string | null, fallback: Locale, now: Date): PreparedReminder {
  const context = promptId === null ? undefined : findPromptContext(db, promptId);
  if (!context || !userId) return { skipped: 'prompt_missing' };
  if (context.cohort.status !== 'active') return { skipped: 'cohort_not_active' };
  if (context.pair.status !== 'active') return { skipped: 'pair_ended' };
  const member = [context.mentor, context.mentee].find((candidate) => candidate.userId === userId);
  if (!member) return { skipped: 'not_member' };
  const away = absence(member, now);
  if (away) return { skipped: away };
  if (hasResponded(db, context.prompt.id, userId)) return { skipped: 'responded' };
  // "Skip this session" by either member means there was no meeting to reflect on.
  if (listPromptResponses(db, context.prompt.id).some((response) => response.kind === 'skipped')) return { skipped: 'pair_skipped' };
  const cycles = cycleCount(context.cohort);
  return {
    view: { promptId: context.prompt.id, cycle: context.prompt.cycle, cycles, closing: context.prompt.cycle >= cycles },
    locale: resolveLocale(member.locale, fallback),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Buttons
// ---------------------------------------------------------------------------------------------------------------

/**
 * Why a button press changed nothing. Ids in button values can be forged, so membership is always checked; and
 * a prompt outlives its pairing in the group DM, so every press also checks that the cohort and the pair still
 * run (`cohort_ended` after `cohort close` or completion, `pair_ended` after `unpair`, `leave` or forget-me).
 */
export type PromptRefusal = 'not_found' | 'not_member' | 'not_posted' | 'no_other_topic' | 'cohort_ended' | 'pair_ended';

export type PromptChange = { ok: true; promptId: number } | { ok: false; reason: PromptRefusal };

function memberPrompt(db: Db, promptId: number, userId: string): { ok: true; context: PromptContext } | { ok: false; reason: PromptRefusal } {
  const context = findPromptContext(db, promptId);
  if (!context) return { ok: false, reason: 'not_found' };
  if (context.pair.mentorId !== userId && context.pair.menteeId !== userId) return { ok: false, reason: 'not_member' };
  if (context.cohort.status !== 'active') return { ok: false, reason: 'cohort_ended' };
  if (context.pair.status !== 'active') return { ok: false, reason: 'pair_ended' };
  if (!context.prompt.messageTs || !context.prompt.channelId) return { ok: false, reason: 'not_posted' };
  return { ok: true, context };
}

/** `nudge_met` / `nudge_skip`: records that the member met (or skipped this week); the last press counts. */
export function recordMeeting(db: Db, promptId: number, userId: string, kind: 'met' | 'skipped', now: Date): PromptChange {
  return inTransaction(db, (): PromptChange => {
    const found = memberPrompt(db, promptId, userId);
    if (!found.ok) return found;
    recordPromptResponse(db, { promptId, userId, kind }, now);
    return { ok: true, promptId };
  });
}

/** `nudge_new_topic`: the next topic in the pair's rotation replaces the current one, which counts as used. */
export function swapPromptTopic(db: Db, promptId: number, userId: string, fallback: Locale, now: Date): PromptChange {
  return inTransaction(db, (): PromptChange => {
    const found = memberPrompt(db, promptId, userId);
    if (!found.ok) return found;
    const { prompt } = found.context;
    const topics = topicCatalogue(db);
    const current = prompt.topicId;
    const passed = current ? [...prompt.passedTopics, current] : prompt.passedTopics;
    const used = [...topicsUsedByPair(db, prompt.pairId, prompt.id), ...passed];
    const topicId = nextTopic({ ...rotationFor(topics, found.context, used), exclude: new Set(current ? [current] : []) });
    if (!topicId) return { ok: false, reason: 'no_other_topic' };
    const locale = prompt.locale ?? fallback;
    changePromptTopic(db, prompt.id, { topicId, locale, questions: questionsOf(topics, topicId, locale), passedTopics: passed }, userId, now);
    return { ok: true, promptId };
  });
}
