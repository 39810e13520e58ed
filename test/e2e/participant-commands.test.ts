import { findParticipant } from '../../src/db/repositories/participants';
import { upsertProfile } from '../../src/db/repositories/participants';
import { ACTION } from '../../src/views/ids';
import { startHarness, type Harness } from './harness';

const ADA = 'U0ADA00001';
const ORG = 'U0ORG00001';
const NEWBIE = 'U0NEW00001';

function seedParticipant(h: Harness, userId: string, locale = 'en-US') {
  upsertProfile(
    h.db,
    { userId, role: 'mentor', department: 'Sales', seniority: '0-2', managerId: null, goals: null, meetingPref: null, topics: ['ai-at-work'], displayName: 'Ada', timezone: 'Europe/London', locale },
    new Date('2026-11-20T00:00:00Z'),
  );
}

/** The ephemeral replies sent to a command's response_url. */
function replies(h: Harness, responseUrl: string): Array<{ text: string; blocks?: unknown[]; response_type?: string; replace_original?: boolean }> {
  const id = responseUrl.split('/').pop() as string;
  return h.fake.responsesAt(id) as never;
}

async function command(h: Harness, userId: string, text: string) {
  const sent = await h.slack.command(userId, text);
  expect(sent.status).toBe(200);
  await h.settled();
  return { sent, replies: replies(h, sent.responseUrl) };
}

describe('participant commands', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ organizers: [ORG], now: '2026-11-27T10:00:00Z' });
    h.fake.addUser({ id: ADA, name: 'ada', locale: 'en-US' });
    h.fake.addUser({ id: ORG, name: 'org', locale: 'en-US' });
    h.fake.addUser({ id: NEWBIE, name: 'newbie', locale: 'sv-SE' });
  });
  afterEach(() => h.close());

  it('help lists participant commands, and organizer commands only for organizers', async () => {
    const forParticipant = await command(h, ADA, 'help');
    const text = JSON.stringify(forParticipant.replies);
    expect(forParticipant.replies[0]?.response_type).toBe('ephemeral');
    expect(text).toContain('/reverse-mentor join');
    expect(text).not.toContain('For organizers');
    const forOrganizer = await command(h, ORG, '');
    expect(JSON.stringify(forOrganizer.replies)).toContain('For organizers');
  });

  it('an unknown subcommand gets help with the closest match, escaped', async () => {
    const { replies: got } = await command(h, ADA, 'staus');
    expect(got[0]?.text).toBe("I don't know `staus`. Did you mean `/reverse-mentor status`?");
    const hostile = await command(h, ADA, '<!channel>');
    expect(JSON.stringify(hostile.replies)).not.toContain('<!channel>');
  });

  it('status before joining says how to join, in the person\'s language', async () => {
    const { replies: got } = await command(h, NEWBIE, 'status');
    expect(got[0]?.text).toContain('Du är inte med än');
  });

  it('status shows role, cohort and state', async () => {
    seedParticipant(h, ADA);
    const { replies: got } = await command(h, ADA, 'status');
    const text = JSON.stringify(got[0]?.blocks);
    expect(text).toContain('*Role:* Mentor');
    expect(text).toContain('waiting for the next one');
    expect(text).toContain('*Status:* active');
  });

  it('pause for N weeks stores the end date, resume ends it, and bad input names the limit', async () => {
    seedParticipant(h, ADA);
    const paused = await command(h, ADA, 'pause 3');
    expect(paused.replies[0]?.text).toMatch(/^Paused\. No prompts until <!date\^\d+\^\{date_long\}\|2026-12-18/);
    expect(findParticipant(h.db, ADA)).toMatchObject({ status: 'paused', pausedUntil: '2026-12-18T10:00:00.000Z' });
    expect(JSON.stringify(h.fake.homeOf(ADA)?.blocks)).toContain(ACTION.homeResume);

    const tooLong = await command(h, ADA, 'pause 13');
    expect(tooLong.replies[0]?.text).toContain('from 1 to 12');
    expect(findParticipant(h.db, ADA)?.pausedUntil).toBe('2026-12-18T10:00:00.000Z');

    const resumed = await command(h, ADA, 'resume');
    expect(resumed.replies[0]?.text).toContain('Welcome back');
    expect(findParticipant(h.db, ADA)).toMatchObject({ status: 'active', pausedUntil: null });
    const again = await command(h, ADA, 'resume');
    expect(again.replies[0]?.text).toContain("You're not paused");
  });

  it('pause without a number pauses one week; non-participants are told to join', async () => {
    seedParticipant(h, ADA);
    await command(h, ADA, 'pause');
    expect(findParticipant(h.db, ADA)?.pausedUntil).toBe('2026-12-04T10:00:00.000Z');
    const outsider = await command(h, NEWBIE, 'pause');
    expect(outsider.replies[0]?.text).toContain('/reverse-mentor join');
  });

  it('leave asks first; confirming marks them left and tells organizers, cancelling changes nothing', async () => {
    seedParticipant(h, ADA);
    const asked = await command(h, ADA, 'leave');
    expect(JSON.stringify(asked.replies[0]?.blocks)).toContain(ACTION.leaveConfirm);
    expect(findParticipant(h.db, ADA)?.status).toBe('active');

    const responseId = asked.sent.responseUrl.split('/').pop() as string;
    await h.slack.blockAction(ADA, { actionId: ACTION.leaveCancel, value: 'stay', isEphemeral: true, allowMissing: true, container: { type: 'message', is_ephemeral: true }, actionFields: {}, message: undefined, channelId: 'C0GENERAL' });
    await h.settled();
    expect(findParticipant(h.db, ADA)?.status).toBe('active');

    await h.slack.blockAction(ADA, { actionId: ACTION.leaveConfirm, value: 'leave', isEphemeral: true, allowMissing: true, channelId: 'C0GENERAL' });
    await h.settled();
    expect(findParticipant(h.db, ADA)?.status).toBe('left');
    const organizerDms = h.fake.messagesIn(ORG);
    expect(organizerDms.map((m) => m.text)).toEqual([`<@${ADA}> has left the Reverse Mentor programme.`]);
    const answers = h.fake.calls.filter((c) => c.method === 'response_url' && c.args._id !== responseId).map((c) => c.args.text);
    expect(answers).toEqual(["Glad you're staying!", 'You have left the programme. Thank you for taking part. :pray:']);
  });
});

describe('App Home', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ organizers: [ORG], now: '2026-11-27T10:00:00Z' });
    h.fake.addUser({ id: ADA, name: 'ada', locale: 'en-US' });
    h.fake.addUser({ id: ORG, name: 'org', locale: 'sv-SE' });
  });
  afterEach(() => h.close());

  it('app_home_opened publishes the status with Join for newcomers', async () => {
    const response = await h.slack.appHomeOpened(ADA);
    expect(response.status).toBe(200);
    await h.settled();
    const publish = await h.fake.waitFor('views.publish');
    expect(publish.args.user_id).toBe(ADA);
    expect(JSON.stringify(h.fake.homeOf(ADA)?.blocks)).toContain(ACTION.homeJoin);
  });

  it('organizers see their programme in their language', async () => {
    await h.slack.appHomeOpened(ORG);
    await h.settled();
    expect(JSON.stringify(h.fake.homeOf(ORG)?.blocks)).toContain('Inga omgångar än');
  });

  it('the Home buttons open the join modal, pause and resume', async () => {
    seedParticipant(h, ADA);
    await h.slack.appHomeOpened(ADA);
    await h.settled();
    await h.slack.blockAction(ADA, { actionId: ACTION.homeJoin, view: 'home' });
    await h.settled();
    expect((await h.fake.waitFor('views.open')).args.view).toMatchObject({ callback_id: 'join' });

    await h.slack.blockAction(ADA, { actionId: ACTION.homePause, view: 'home' });
    await h.settled();
    expect(findParticipant(h.db, ADA)?.status).toBe('paused');
    expect(JSON.stringify(h.fake.homeOf(ADA)?.blocks)).toContain(ACTION.homeResume);

    await h.slack.blockAction(ADA, { actionId: ACTION.homeResume, view: 'home' });
    await h.settled();
    expect(findParticipant(h.db, ADA)?.status).toBe('active');
  });

  it('a Slack failure on the Home button is told to the person in a DM', async () => {
    seedParticipant(h, ADA);
    h.fake.failNext('views.open', { error: 'expired_trigger_id' });
    await h.slack.blockAction(ADA, { actionId: ACTION.homeJoin, view: 'home', allowMissing: true });
    await h.settled();
    expect(h.fake.messagesIn(ADA).map((m) => m.text)).toEqual(['Something went wrong on our side. Please try again in a moment.']);
    expect(h.logs.some((line) => line.includes('expired_trigger_id'))).toBe(true);
  });
});
