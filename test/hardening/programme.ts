import { listPairs, type Pair } from '../../src/db/repositories/pairs';
import { listPromptsOfPair } from '../../src/db/repositories/prompts';
import { runTick } from '../../src/scheduler/tick';
import { ACTION, CALLBACK, COHORT_CREATE, JOIN, REFLECTION, TOPIC_FORM } from '../../src/views/ids';
import { cohortForm, field } from '../helpers/forms';
import { input, type StateValues } from '../support/slack-requests';
import { count, repliesAt, type Reply, type Rig } from './rig';

/**
 * A whole programme driven through Slack, the way people use it: an organizer opens a cohort, people suggest
 * topics and the organizer approves one, four people join (with goals), the organizer matches and confirms,
 * the pairs are introduced, the weekly prompt goes out, people press buttons and reflect (privately, anonymously,
 * with their name), someone asks for a rematch, the organizer posts the summary and exports the CSV, and a
 * later pass sends reminders and at-risk notices. Every free text a person can type carries `texts`, so callers
 * can plant markers (the log test) or hostile markup (the injection test) everywhere at once.
 */

export const ORG = 'U0ORG00001';
export const SUGGESTER = 'U0SUG00001';
export const MENTORS = ['U0MEN00001', 'U0MEN00002'];
export const MENTEES = ['U0MEE00001', 'U0MEE00002'];
export const SUMMARY_CHANNEL = 'C0SUMMARY';
export const OPENED_AT = '2026-11-20T08:00:00.000Z';
/** Monday 23 November 2026, 09:00 in Stockholm: cycle 1. */
export const CYCLE_1 = '2026-11-23T08:00:00.000Z';

export interface ProgrammeTexts {
  cohortName: string;
  /** The name Slack knows a participant by (users.info). */
  personName: string;
  department: string;
  goals: string;
  /** `/reverse-mentor suggest <text>` */
  commandSuggestion: string;
  suggestionTitle: string;
  suggestionDescription: string;
  approvedTitle: string;
  approvedDescription: string;
  question: string;
  /** Reflections: one private, one anonymous, one named; and a next step. */
  privateReflection: string;
  anonymousReflection: string;
  namedReflection: string;
  nextStep: string;
  rematchReason: string;
}

export interface ProgrammeRun {
  pairs: Pair[];
  approvedTopicId: string;
}


async function command(rig: Rig, userId: string, text: string, channelId?: string): Promise<Reply[]> {
  const sent = await rig.slack.command(userId, text, channelId ? { channelId } : {});
  expect(sent.status).toBe(200);
  await rig.settled();
  return repliesAt(rig, sent.responseUrl);
}

export async function runWholeProgramme(rig: Rig, texts: ProgrammeTexts): Promise<ProgrammeRun> {
  rig.setNow(OPENED_AT);
  rig.fake.addUser({ id: ORG, name: 'org', realName: 'Olga Organizer', locale: 'en-US' });
  rig.fake.addUser({ id: SUGGESTER, name: 'sug', realName: texts.personName, displayName: texts.personName, locale: 'en-US' });
  for (const id of [...MENTORS, ...MENTEES]) {
    rig.fake.addUser({ id, name: id.toLowerCase(), realName: texts.personName, displayName: texts.personName, tz: 'Europe/Stockholm', locale: 'en-GB' });
  }
  rig.fake.addChannel({ id: SUMMARY_CHANNEL, name: 'mentoring-summary', members: [ORG] });

  // The organizer opens a cohort.
  await command(rig, ORG, 'cohort new');
  const cohortCreated = await rig.slack.viewSubmission(ORG, {
    callbackId: CALLBACK.cohortCreate,
    values: cohortForm({ name: texts.cohortName, startDate: '2026-11-23', weeks: 4, channel: SUMMARY_CHANNEL }),
  });
  expect(cohortCreated.body).toBe('');
  await rig.settled();
  expect(count(rig.db, 'cohorts')).toBe(1);

  // Topics: one suggested by command, one through the modal; the organizer approves the second with questions.
  await command(rig, SUGGESTER, `suggest ${texts.commandSuggestion}`);
  await command(rig, SUGGESTER, 'suggest');
  const suggested = await rig.slack.viewSubmission(SUGGESTER, {
    callbackId: CALLBACK.topicSuggest,
    values: { ...field(TOPIC_FORM.title, input.plain(texts.suggestionTitle)), ...field(TOPIC_FORM.description, input.plain(texts.suggestionDescription)) },
  });
  expect((suggested.json as { response_action?: string } | undefined)?.response_action).toBe('update');
  await rig.settled();
  const pending = rig.db.prepare("SELECT id FROM topics WHERE status = 'pending' ORDER BY created_at, id").all() as Array<{ id: string }>;
  expect(pending).toHaveLength(2);
  const approvedTopicId = pending[1]!.id;
  await command(rig, ORG, 'topics review');
  await rig.slack.blockAction(ORG, { actionId: ACTION.topicApprove, value: approvedTopicId, isEphemeral: true, allowMissing: true });
  await rig.settled();
  const approved = await rig.slack.viewSubmission(ORG, {
    callbackId: CALLBACK.topicApprove,
    values: {
      ...field(TOPIC_FORM.title, input.plain(texts.approvedTitle)),
      ...field(TOPIC_FORM.description, input.plain(texts.approvedDescription)),
      ...field(TOPIC_FORM.question1, input.plain(texts.question)),
      ...field(TOPIC_FORM.question2, input.plain(`${texts.question} (2)`)),
      ...field(TOPIC_FORM.question3, input.plain(`${texts.question} (3)`)),
    },
  });
  expect((approved.json as { response_action?: string } | undefined)?.response_action).toBe('update');
  await rig.settled();
  expect(count(rig.db, 'topics', "id = ? AND status = 'approved'", approvedTopicId)).toBe(1);
  await command(rig, SUGGESTER, 'topics');

  // Four people join through the modal, all choosing the approved topic.
  for (const [index, id] of [...MENTORS, ...MENTEES].entries()) {
    const mentor = index < MENTORS.length;
    await command(rig, id, 'join');
    const joined = await rig.slack.viewSubmission(id, {
      callbackId: CALLBACK.join,
      values: {
        ...field(JOIN.role, input.radio(mentor ? 'mentor' : 'mentee')),
        ...field(JOIN.department, input.plain(`${texts.department} ${index}`)),
        ...field(JOIN.seniority, input.staticSelect(mentor ? '0-2' : '20+')),
        ...field(JOIN.topics, input.multiStaticSelect([approvedTopicId, 'ai-at-work'])),
        ...field(JOIN.manager, input.usersSelect(null)),
        ...field(JOIN.goals, input.plain(texts.goals)),
        ...field(JOIN.meeting, input.staticSelect('video')),
        ...field(JOIN.confidentiality, input.checkboxes(['agree'])),
      },
    });
    expect(joined.body).toBe('');
  }
  await rig.settled();
  expect(count(rig.db, 'participants')).toBe(4);

  // Match, preview, confirm: the introductions go out.
  await command(rig, ORG, 'match');
  const runId = (rig.db.prepare('SELECT MAX(id) AS id FROM match_runs').get() as { id: number }).id;
  await rig.slack.blockAction(ORG, { actionId: ACTION.matchConfirm, value: String(runId), isEphemeral: true, allowMissing: true });
  await rig.settled();
  const cohortId = (rig.db.prepare('SELECT id FROM cohorts').get() as { id: number }).id;
  const pairs = listPairs(rig.db, cohortId);
  expect(pairs).toHaveLength(2);
  expect(count(rig.db, 'deliveries', "kind = 'intro' AND status = 'sent'")).toBe(2);

  // The first weekly prompt.
  rig.setNow(CYCLE_1);
  await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(CYCLE_1));
  const prompts = pairs.map((pair) => listPromptsOfPair(rig.db, pair.id)[0]!);
  expect(prompts.every((prompt) => prompt.messageTs)).toBe(true);

  // A day later: buttons and reflections.
  rig.setNow('2026-11-24T10:00:00.000Z');
  const [first, second] = pairs as [Pair, Pair];
  const promptMessage = (pair: Pair) => rig.fake.messagesIn(pair.channelId!).find((message) => message.metadata?.event_type === 'rm_nudge')!;
  await rig.slack.blockAction(first.mentorId, { actionId: ACTION.nudgeMet, channelId: first.channelId!, messageTs: promptMessage(first).ts });
  await rig.slack.blockAction(second.menteeId, { actionId: ACTION.nudgeNewTopic, channelId: second.channelId!, messageTs: promptMessage(second).ts });
  await rig.settled();
  const reflect = async (userId: string, pair: Pair, learned: string, sharing: string, rating: string) => {
    await rig.slack.blockAction(userId, { actionId: ACTION.nudgeReflect, channelId: pair.channelId!, messageTs: promptMessage(pair).ts });
    await rig.settled();
    const saved = await rig.slack.viewSubmission(userId, {
      callbackId: CALLBACK.reflection,
      values: {
        ...field(REFLECTION.met, input.radio('yes')),
        ...field(REFLECTION.rating, input.staticSelect(rating)),
        ...field(REFLECTION.topic, input.staticSelect(null)),
        ...field(REFLECTION.learned, input.plain(learned)),
        ...field(REFLECTION.nextStep, input.plain(texts.nextStep)),
        ...field(REFLECTION.sharing, input.radio(sharing)),
      },
    });
    expect(saved.body).toBe('');
  };
  await reflect(first.menteeId, first, texts.privateReflection, 'private', '5');
  await reflect(first.mentorId, first, texts.anonymousReflection, 'anonymous', '4');
  await reflect(second.mentorId, second, texts.namedReflection, 'named', '1');
  await rig.settled();
  expect(count(rig.db, 'reflections')).toBe(3);

  // A rematch request, the participant views, the organizer's views.
  await command(rig, second.menteeId, `rematch ${texts.rematchReason}`);
  expect(count(rig.db, 'rematch_requests')).toBe(1);
  await command(rig, first.menteeId, 'status');
  await rig.slack.appHomeOpened(first.mentorId);
  await rig.slack.appHomeOpened(ORG);
  await rig.settled();
  await command(rig, ORG, 'cohort list');
  await command(rig, ORG, 'summary', SUMMARY_CHANNEL);
  expect(rig.fake.messagesIn(SUMMARY_CHANNEL).length).toBeGreaterThan(0);
  await command(rig, ORG, 'export');

  // Three days on: reminders for whoever did nothing, and the organizer's digest with the low rating and the rematch.
  rig.setNow('2026-11-26T09:00:00.000Z');
  await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date('2026-11-26T09:00:00.000Z'));
  await rig.settled();
  expect(count(rig.db, 'deliveries', "kind = 'reminder' AND status = 'sent'")).toBeGreaterThan(0);
  return { pairs, approvedTopicId };
}

/** Every piece of text the fake Slack received that Slack renders as mrkdwn (where `<…>` pings and links). */
export function mrkdwnSeenBySlack(rig: Rig): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'mrkdwn' && typeof record.text === 'string') out.push(record.text);
    for (const value of Object.values(record)) walk(value);
  };
  for (const call of rig.fake.calls) {
    const { args } = call;
    if (['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'response_url'].includes(call.method)) {
      // A message's top-level text is mrkdwn unless it says otherwise.
      if (typeof args.text === 'string' && args.mrkdwn !== false) out.push(args.text);
      walk(args.blocks);
      walk(args.attachments);
    }
    if (call.method.startsWith('views.')) walk(args.view);
    if (call.method === 'files.completeUploadExternal' && typeof args.initial_comment === 'string') out.push(args.initial_comment);
  }
  return out;
}

/** Everything the app sent to Slack, as one string (for "never in any message"). */
export function everythingSentToSlack(rig: Rig): string {
  return JSON.stringify(rig.fake.calls.map((call) => call.args));
}
