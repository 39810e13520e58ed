import { enroll } from '../../src/db/repositories/cohorts';
import { findParticipant } from '../../src/db/repositories/participants';
import { listPromptsOfPair } from '../../src/db/repositories/prompts';
import { runTick } from '../../src/scheduler/tick';
import { suggestTopic } from '../../src/services/topics';
import { CALLBACK, COHORT_CREATE, JOIN, REFLECTION, REMATCH, TOPIC_FORM } from '../../src/views/ids';
import { addCohort, addPair } from '../helpers/prompts';
import { cohortForm, field } from '../helpers/forms';
import { input, type StateValues } from '../support/slack-requests';
import { ORG, runWholeProgramme, mrkdwnSeenBySlack, type ProgrammeTexts } from './programme';
import { repliesAt, startRig, type Rig } from './rig';

/**
 * What people type, echoed back safely (PRODUCT.md §9, §10). Markup that would ping a channel, mention someone or
 * forge a link is shown escaped in every mrkdwn text the app sends, while the stored text stays as typed.
 * Invisible characters (NUL, bidirectional overrides, zero-width) never reach the database; over-long text,
 * however it is made long (emoji, combining marks), is refused with its limit named.
 */

const HOSTILE = '<!channel> <@U0VICTIM1> <https://evil.example|x> *b* _i_ & <#C0SECRET>';
/** What must never reach Slack unescaped in mrkdwn: a ping, a mention, a link, a channel reference from user text. */
const LIVE_MARKUP = /<!channel>|<!here|<!everyone|<@U0VICTIM1>|<https:\/\/evil|<#C0SECRET>/;

describe('mrkdwn and link injection through every free-text field of a whole programme', () => {
  it('is echoed escaped everywhere Slack reads mrkdwn, and stored as typed', async () => {
    const texts: ProgrammeTexts = {
      cohortName: HOSTILE,
      personName: HOSTILE,
      department: HOSTILE,
      goals: HOSTILE,
      commandSuggestion: HOSTILE,
      suggestionTitle: HOSTILE.replace('*b*', '*c*'),
      suggestionDescription: HOSTILE,
      approvedTitle: HOSTILE.replace('*b*', '*d*'),
      approvedDescription: HOSTILE,
      question: HOSTILE,
      privateReflection: `private ${HOSTILE}`,
      anonymousReflection: `anonymous ${HOSTILE}`,
      namedReflection: `named ${HOSTILE}`,
      nextStep: HOSTILE,
      rematchReason: HOSTILE,
    };
    const rig = await startRig({ organizers: [ORG] });
    try {
      await runWholeProgramme(rig, texts);
      const mrkdwn = mrkdwnSeenBySlack(rig);
      const live = mrkdwn.filter((text) => LIVE_MARKUP.test(text));
      expect(live).toEqual([]);
      // The hostile text did reach those messages, escaped (so the check above is not vacuous).
      const escaped = mrkdwn.filter((text) => text.includes('&lt;!channel&gt;') && text.includes('&lt;https://evil.example|x&gt;'));
      expect(escaped.length).toBeGreaterThan(10);
      // Stored as typed: escaping belongs to the output.
      expect(rig.db.prepare('SELECT name FROM cohorts').get()).toEqual({ name: HOSTILE });
      expect(findParticipant(rig.db, 'U0MEN00001')?.department).toBe(`${HOSTILE} 0`);
      expect(rig.db.prepare('SELECT reason FROM rematch_requests').get()).toEqual({ reason: HOSTILE });
    } finally {
      await rig.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

const T1 = '2026-03-16T08:00:00.000Z';
const MENTOR = 'U0MEN00001';
const MENTEE = 'U0MEE00001';
const NEWCOMER = 'U0NEW00001';
/** Every invisible trick at once: NUL, a bell, right-to-left override, zero-width space, BOM, isolates, ALM. */
const DIRTY = 'Ad\u0000a\u0007 \u202Eevil\u202C\u200B \uFEFFtext\u2066x\u2069\u061Cend';
const INVISIBLE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

interface Field {
  name: string;
  limit: number;
  /** Sends `text` in this field; returns the inline errors or replies the person got. */
  submit(rig: Rig, text: string): Promise<string[]>;
  /** The stored value, or undefined when nothing was stored. */
  stored(rig: Rig): string | null | undefined;
}

const inlineErrors = (json: unknown) => Object.values((json as { errors?: Record<string, string> } | undefined)?.errors ?? {});
const scalar = (rig: Rig, sql: string, ...params: unknown[]) => (rig.db.prepare(sql).get(...params) as { v: string | null } | undefined)?.v;

function joinForm(department: string, goals: string | null): StateValues {
  return {
    ...field(JOIN.role, input.radio('mentor')),
    ...field(JOIN.department, input.plain(department)),
    ...field(JOIN.seniority, input.staticSelect('0-2')),
    ...field(JOIN.topics, input.multiStaticSelect(['ai-at-work'])),
    ...field(JOIN.goals, input.plain(goals)),
    ...field(JOIN.confidentiality, input.checkboxes(['agree'])),
  };
}


function approveForm(title: string, description: string | null, question: string): StateValues {
  return {
    ...field(TOPIC_FORM.title, input.plain(title)),
    ...field(TOPIC_FORM.description, input.plain(description)),
    ...field(TOPIC_FORM.question1, input.plain(question)),
    ...field(TOPIC_FORM.question2, input.plain('Second question?')),
    ...field(TOPIC_FORM.question3, input.plain(null)),
  };
}

function reflectionForm(learned: string | null, nextStep: string | null): StateValues {
  return {
    ...field(REFLECTION.met, input.radio('yes')),
    ...field(REFLECTION.rating, input.staticSelect('4')),
    ...field(REFLECTION.learned, input.plain(learned)),
    ...field(REFLECTION.nextStep, input.plain(nextStep)),
    ...field(REFLECTION.sharing, input.radio('private')),
  };
}

async function command(rig: Rig, userId: string, text: string): Promise<string[]> {
  const sent = await rig.slack.command(userId, text);
  await rig.settled();
  return repliesAt(rig, sent.responseUrl).map((reply) => reply.text);
}

const FIELDS: Field[] = [
  {
    name: 'join: department',
    limit: 80,
    submit: async (rig, text) => inlineErrors((await rig.slack.viewSubmission(NEWCOMER, { callbackId: CALLBACK.join, values: joinForm(text, null), allowMissing: true })).json),
    stored: (rig) => findParticipant(rig.db, NEWCOMER)?.department,
  },
  {
    name: 'join: goals',
    limit: 1000,
    submit: async (rig, text) => inlineErrors((await rig.slack.viewSubmission(NEWCOMER, { callbackId: CALLBACK.join, values: joinForm('Sales', text), allowMissing: true })).json),
    stored: (rig) => findParticipant(rig.db, NEWCOMER)?.goals,
  },
  {
    name: 'cohort name',
    limit: 80,
    submit: async (rig, text) => inlineErrors((await rig.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values: cohortForm({ name: text, startDate: '2026-04-06' }), allowMissing: true })).json),
    stored: (rig) => scalar(rig, "SELECT name AS v FROM cohorts WHERE status = 'enrolling'"),
  },
  {
    name: 'topic suggestion: title',
    limit: 75,
    submit: async (rig, text) =>
      inlineErrors((await rig.slack.viewSubmission(NEWCOMER, { callbackId: CALLBACK.topicSuggest, values: { ...field(TOPIC_FORM.title, input.plain(text)), ...field(TOPIC_FORM.description, input.plain(null)) }, allowMissing: true })).json),
    stored: (rig) => scalar(rig, "SELECT t.title AS v FROM topic_texts t JOIN topics p ON p.id = t.topic_id WHERE p.suggested_by = ?", NEWCOMER),
  },
  {
    name: 'topic suggestion: description',
    limit: 300,
    submit: async (rig, text) =>
      inlineErrors((await rig.slack.viewSubmission(NEWCOMER, { callbackId: CALLBACK.topicSuggest, values: { ...field(TOPIC_FORM.title, input.plain('A fine title')), ...field(TOPIC_FORM.description, input.plain(text)) }, allowMissing: true })).json),
    stored: (rig) => scalar(rig, "SELECT t.description AS v FROM topic_texts t JOIN topics p ON p.id = t.topic_id WHERE p.suggested_by = ?", NEWCOMER),
  },
  {
    name: 'topic suggestion by command',
    limit: 75,
    submit: async (rig, text) => {
      const replies = await command(rig, NEWCOMER, `suggest ${text}`);
      // A stored suggestion is thanked for; only refusals count as errors here.
      return scalar(rig, 'SELECT COUNT(*) AS v FROM topics WHERE suggested_by = ?', NEWCOMER) ? [] : replies;
    },
    stored: (rig) => scalar(rig, "SELECT t.title AS v FROM topic_texts t JOIN topics p ON p.id = t.topic_id WHERE p.suggested_by = ?", NEWCOMER),
  },
  {
    name: 'topic approval: question',
    limit: 250,
    submit: async (rig, text) =>
      inlineErrors((await rig.slack.viewSubmission(ORG, { callbackId: CALLBACK.topicApprove, values: approveForm('Approved title', null, text), privateMetadata: pendingId(rig), allowMissing: true })).json),
    stored: (rig) => {
      const questions = scalar(rig, "SELECT t.questions AS v FROM topic_texts t JOIN topics p ON p.id = t.topic_id WHERE p.suggested_by = ? AND p.status = 'approved'", NEWCOMER);
      return questions ? (JSON.parse(questions) as string[])[0] : undefined;
    },
  },
  {
    name: 'topic approval: title',
    limit: 75,
    submit: async (rig, text) =>
      inlineErrors((await rig.slack.viewSubmission(ORG, { callbackId: CALLBACK.topicApprove, values: approveForm(text, null, 'A question?'), privateMetadata: pendingId(rig), allowMissing: true })).json),
    stored: (rig) => scalar(rig, "SELECT t.title AS v FROM topic_texts t JOIN topics p ON p.id = t.topic_id WHERE p.suggested_by = ? AND p.status = 'approved'", NEWCOMER),
  },
  {
    name: 'reflection: what was learned',
    limit: 2000,
    submit: async (rig, text) =>
      inlineErrors((await rig.slack.viewSubmission(MENTEE, { callbackId: CALLBACK.reflection, values: reflectionForm(text, null), privateMetadata: promptId(rig), allowMissing: true })).json),
    stored: (rig) => scalar(rig, 'SELECT learned AS v FROM reflections WHERE user_id = ?', MENTEE),
  },
  {
    name: 'reflection: next step',
    limit: 500,
    submit: async (rig, text) =>
      inlineErrors((await rig.slack.viewSubmission(MENTEE, { callbackId: CALLBACK.reflection, values: reflectionForm(null, text), privateMetadata: promptId(rig), allowMissing: true })).json),
    stored: (rig) => scalar(rig, 'SELECT next_step AS v FROM reflections WHERE user_id = ?', MENTEE),
  },
  {
    name: 'rematch reason (modal)',
    limit: 500,
    submit: async (rig, text) =>
      inlineErrors((await rig.slack.viewSubmission(MENTEE, { callbackId: CALLBACK.rematchRequest, values: field(REMATCH.reason, input.plain(text)), privateMetadata: '1', allowMissing: true })).json),
    stored: (rig) => scalar(rig, 'SELECT reason AS v FROM rematch_requests WHERE user_id = ?', MENTEE),
  },
  {
    name: 'rematch reason (command)',
    limit: 500,
    submit: async (rig, text) => {
      const replies = await command(rig, MENTEE, `rematch ${text}`);
      return scalar(rig, 'SELECT COUNT(*) AS v FROM rematch_requests WHERE user_id = ?', MENTEE) ? [] : replies;
    },
    stored: (rig) => scalar(rig, 'SELECT reason AS v FROM rematch_requests WHERE user_id = ?', MENTEE),
  },
];

const pendingId = (rig: Rig) => scalar(rig, "SELECT id AS v FROM topics WHERE status = 'pending' AND suggested_by = ?", NEWCOMER) as string;
const promptId = (rig: Rig) => String(listPromptsOfPair(rig.db, 1)[0]!.id);

describe.each(FIELDS)('$name', (field) => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await startRig({ organizers: [ORG], now: T1 });
    for (const id of [ORG, MENTOR, MENTEE, NEWCOMER]) rig.fake.addUser({ id, name: id.toLowerCase() });
    const cohort = addCohort(rig.db);
    addPair(rig.db, { cohort, mentor: { userId: MENTOR, role: 'mentor', topics: ['ai-at-work'] }, mentee: { userId: MENTEE, role: 'mentee', topics: ['ai-at-work'] } });
    for (const id of [MENTOR, MENTEE]) enroll(rig.db, cohort.id, id, new Date(T1));
    await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(T1));
    if (field.name.startsWith('topic approval')) {
      const suggested = suggestTopic(rig.db, NEWCOMER, 'en', { title: 'Pending topic', description: '' }, new Date(T1));
      expect(suggested.ok).toBe(true);
    }
  });
  afterEach(() => rig.close());

  it('control characters, bidi overrides and zero-width characters never reach the database', async () => {
    const shown = await field.submit(rig, DIRTY);
    await rig.settled();
    expect(shown).toEqual([]);
    const stored = field.stored(rig);
    expect(stored).toEqual(expect.stringContaining('Ad'));
    expect(stored).toEqual(expect.stringContaining('evil'));
    expect(stored).not.toMatch(INVISIBLE);
  });

  it('exactly at the limit in emoji: accepted and stored whole (a person counts an emoji once)', async () => {
    const text = '🙂'.repeat(field.limit);
    expect(await field.submit(rig, text)).toEqual([]);
    await rig.settled();
    expect(field.stored(rig)).toBe(text);
  });

  it.each([
    ['one emoji over the limit', (limit: number) => '🙂'.repeat(limit + 1)],
    ['10,000 emoji', () => '🙂'.repeat(10_000)],
    ['a letter with 10,000 combining marks', () => `e${'\u0301'.repeat(10_000)}`],
    ['10,000 letters of a right-to-left script', () => 'ש'.repeat(10_000)],
  ])('%s: refused with the limit named, nothing stored', async (_name, make) => {
    const shown = await field.submit(rig, make(field.limit));
    await rig.settled();
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain(field.limit.toLocaleString('en'));
    expect(field.stored(rig)).toBeUndefined();
  });
});
