import { WebClient } from '@slack/web-api';
import { startFakeSlack, type SlackStandIn } from '../../src/sandbox/standin';
import { silentLogger } from '../support/silent-logger';

/** What the stand-in does beyond the fake the tests always had: what Slack's clients show a person. */
describe('the Slack stand-in, acting like Slack (respondLikeSlack)', () => {
  let standIn: SlackStandIn;
  let client: WebClient;
  let clock = Date.UTC(2027, 0, 4, 8, 0);

  beforeEach(async () => {
    standIn = await startFakeSlack({ respondLikeSlack: true, botToken: 'xoxb-sandbox-test', clock: () => clock });
    client = new WebClient('xoxb-sandbox-test', { slackApiUrl: standIn.apiUrl, logger: silentLogger() });
    standIn.addUser({ id: 'U1', name: 'ada' });
    standIn.addUser({ id: 'U2', name: 'bo' });
    standIn.addChannel({ id: 'C1', name: 'general', members: ['U1', 'U2'] });
  });
  afterEach(() => standIn.close());

  const respond = (url: string, body: Record<string, unknown>) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('shows a response_url post to the person only, replaces or deletes its source, or posts in the channel', async () => {
    await respond(standIn.responseUrlFor({ userId: 'U1', channelId: 'C1' }), { text: 'only you', response_type: 'ephemeral' });
    const [shown] = standIn.ephemeralsFor('U1', 'C1');
    expect(shown).toMatchObject({ text: 'only you', userId: 'U1', channel: 'C1', at: clock });
    expect(standIn.ephemeralsFor('U2')).toEqual([]);
    expect(standIn.messagesIn('C1')).toEqual([]);

    clock += 60_000;
    await respond(standIn.responseUrlFor({ userId: 'U1', channelId: 'C1', ephemeralId: shown!.id }), { text: 'replaced', replace_original: true });
    expect(standIn.ephemeralsFor('U1').map((m) => m.text)).toEqual(['replaced']);
    await respond(standIn.responseUrlFor({ userId: 'U1', channelId: 'C1', ephemeralId: shown!.id }), { delete_original: true });
    expect(standIn.ephemeralsFor('U1')).toEqual([]);

    await respond(standIn.responseUrlFor({ userId: 'U1', channelId: 'C1' }), { text: 'for everyone', response_type: 'in_channel' });
    const [posted] = standIn.messagesIn('C1');
    expect(posted?.text).toBe('for everyone');
    expect(standIn.timeOf('C1', posted!.ts)).toBe(clock);
    await respond(standIn.responseUrlFor({ userId: 'U2', channelId: 'C1', messageTs: posted!.ts }), { text: 'edited', replace_original: true });
    expect(standIn.message('C1', posted!.ts)?.text).toBe('edited');
    // The raw posts are still recorded as before.
    expect(standIn.callsTo('response_url')).toHaveLength(5);
  });

  it('stacks modals per person and applies view submission answers: errors, update, push, clear, close', async () => {
    standIn.noteTrigger('T1', 'U1');
    const opened = await client.views.open({ trigger_id: 'T1', view: { type: 'modal', title: { type: 'plain_text', text: 'One' }, blocks: [] } });
    const first = opened.view!.id!;
    expect(standIn.openModalsOf('U1').map((v) => v.id)).toEqual([first]);

    expect(standIn.applyViewSubmission('U1', first, { response_action: 'errors', errors: { name: 'Too long' } })).toEqual({ errors: { name: 'Too long' }, open: [first] });
    standIn.applyViewSubmission('U1', first, { response_action: 'update', view: { type: 'modal', title: { type: 'plain_text', text: 'Updated' }, blocks: [] } });
    expect(standIn.openModalsOf('U1')[0]?.title.text).toBe('Updated');
    const pushed = standIn.applyViewSubmission('U1', first, { response_action: 'push', view: { type: 'modal', title: { type: 'plain_text', text: 'Two' }, blocks: [] } });
    expect(pushed.open).toHaveLength(2);
    // An empty answer closes the submitted (top) view; Cancel on the first closes the rest.
    expect(standIn.applyViewSubmission('U1', pushed.open[1]!, {}).open).toEqual([first]);
    standIn.closeModal('U1', first);
    expect(standIn.openModalsOf('U1')).toEqual([]);

    standIn.noteTrigger('T2', 'U1');
    const again = await client.views.open({ trigger_id: 'T2', view: { type: 'modal', title: { type: 'plain_text', text: 'Three' }, blocks: [] } });
    expect(standIn.applyViewSubmission('U1', again.view!.id!, { response_action: 'clear' }).open).toEqual([]);
  });

  it('serves uploaded files at their url_private, never as a page', async () => {
    const dm = standIn.ensureDm('U1');
    const uploaded = await client.files.uploadV2({ channel_id: dm, file: Buffer.from('pair,met\n1,yes\n'), filename: 'export.csv', title: 'Export' });
    const file = (uploaded as unknown as { files: Array<{ files: Array<{ id: string; url_private: string }> }> }).files[0]!.files[0]!;
    expect(file.url_private).toBe(standIn.fileUrl(file.id));
    const download = await fetch(file.url_private);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
    const view = await fetch(`${file.url_private}?view=1`);
    expect(view.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(view.headers.get('content-security-policy')).toContain('sandbox');
    expect(await view.text()).toBe('pair,met\n1,yes\n');
    expect((await fetch(`${standIn.baseUrl}/files/F404/none.png`)).status).toBe(404);
  });

  it('snapshots and restores its whole workspace', async () => {
    await client.chat.postMessage({ channel: 'U1', text: 'hello' });
    standIn.showEphemeral('U2', 'C1', { text: 'psst', from: 'U2' });
    const snapshot = JSON.parse(JSON.stringify(standIn.snapshot())) as ReturnType<SlackStandIn['snapshot']>;
    const other = await startFakeSlack({ respondLikeSlack: true, botToken: 'xoxb-sandbox-test' });
    try {
      other.restore(snapshot);
      expect(other.messagesIn('U1').map((m) => m.text)).toEqual(['hello']);
      expect(other.ephemeralsFor('U2').map((m) => [m.text, m.from])).toEqual([['psst', 'U2']]);
      expect(other.user('U2')?.name).toBe('bo');
      expect(other.conversation('C1')?.members).toEqual(expect.arrayContaining(['U1', 'U2']));
      // Ids go on from where they were: nothing restored is handed out twice.
      const next = await new WebClient('xoxb-sandbox-test', { slackApiUrl: other.apiUrl, logger: silentLogger() }).chat.postMessage({ channel: 'U1', text: 'again' });
      expect(next.ts).not.toBe(other.messagesIn('U1')[0]?.ts);
    } finally {
      await other.close();
    }
  });
});
