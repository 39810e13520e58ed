/**
 * The end-to-end harness fails a test whose app made a call Slack would refuse for breaking one of its rules
 * (test/e2e/harness.ts, `close()`), unless the test says it provokes that refusal on purpose.
 */
import { BOT_TOKEN, startHarness } from '../e2e/harness';

async function reuseATrigger(apiUrl: string, triggerId: string): Promise<void> {
  const view = JSON.stringify({ type: 'modal', title: { type: 'plain_text', text: 'x' }, blocks: [] });
  for (let i = 0; i < 2; i += 1) {
    await fetch(`${apiUrl}views.open`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${BOT_TOKEN}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ trigger_id: triggerId, view }).toString(),
    });
  }
}

describe('the harness', () => {
  it('fails at close() when a call broke one of Slack’s rules', async () => {
    const h = await startHarness();
    h.fake.noteTrigger('1.2.reused', 'U1');
    await reuseATrigger(h.fake.apiUrl, '1.2.reused');
    await expect(h.close()).rejects.toThrow("Slack would have refused 1 of the app's calls: views.open: exchanged_trigger_id (triggerReuse)");
  });

  it('lets through the refusals a test expects', async () => {
    const h = await startHarness({ expectRuleBreaks: ['exchanged_trigger_id'] });
    h.fake.noteTrigger('1.2.reused', 'U1');
    await reuseATrigger(h.fake.apiUrl, '1.2.reused');
    await expect(h.close()).resolves.toBeUndefined();
  });
});
