/**
 * The organizer's screens in the sandbox page (issue 16), in a real browser: the Home tab as an organizer sees it
 * (Grace, in English, and Karin, a Swedish-speaking mentee made an organizer, who sees both parts), the digest in
 * an organizer's direct messages, the "Post summary" modal with its inline error for a channel the app is not in,
 * and the closing summary in the cohort's channel. Screenshots go to test-output/sandbox/ (and to $SHOTS_DIR when
 * set). Every request stays on loopback; no dialog opens.
 */
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { RunningSandbox } from '../../src/sandbox';
import { useSandboxPage } from './sandbox-page';
import { SANDBOX_ORGANIZER } from '../../src/sandbox/workspace';

const SHOTS = join(__dirname, '..', '..', 'test-output', 'sandbox');
const LEO = 'U0SBLEO001';
const AISHA = 'U0SBAIS001';
const KARIN = 'U0SBKAR001';
const WAIT = { timeout: 20_000 };

jest.setTimeout(240_000);

// A Tuesday morning in Europe.
const sandbox = useSandboxPage({ name: 'home', startAt: new Date('2026-12-01T09:30:00Z'), viewport: { width: 1440, height: 1600 }, shotsDir: SHOTS, waitMs: 20_000 });
const { beUser, command, modal, waitForMessage, advance } = sandbox;
let running: RunningSandbox;
let page: Page;
beforeAll(() => {
  ({ running, page } = sandbox);
});

async function shot(name: string): Promise<string> {
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  const extra = process.env.SHOTS_DIR;
  if (extra) {
    mkdirSync(extra, { recursive: true });
    copyFileSync(path, join(extra, `${name}.png`));
  }
  return path;
}




async function openConversation(name: RegExp | string): Promise<void> {
  await page.locator('.conv').filter({ hasText: name }).first().click();
}




/** Leo's pair meets every session: Leo presses "We met" on the latest prompt in their group DM. */
async function leoMeets(session: number): Promise<void> {
  await beUser(LEO);
  await openConversation(/,|Karin|Anders|Robert|Sofia|James|Priya/);
  const prompt = page
    .locator('[data-testid=messages] [data-testid=message]')
    .filter({ has: page.locator('button[data-action-id=nudge_met]') })
    .filter({ hasText: new RegExp(`(Vecka|Träff|Week|Session) ${session} (av|of)`, 'i') })
    .last();
  await prompt.waitFor(WAIT);
  await prompt.locator('button[data-action-id=nudge_met]').click();
  await page.locator('[data-testid=messages] [data-testid=message]').last().waitFor(WAIT);
}

describe("the organizer's screens in the sandbox", () => {
  it('Home tab in English and Swedish, the digest, Post summary with its inline error, and the closing summary', async () => {
    const shots: string[] = [];
    await page.click('[data-testid=join-everyone]');
    await page.locator('[data-testid=who] optgroup[label=Mentees] option').first().waitFor({ state: 'attached', ...WAIT });

    // Grace opens a four-week cohort, matches and confirms; Karin (a Swedish-speaking mentee) becomes an organizer.
    await beUser(SANDBOX_ORGANIZER.id);
    await command('/reverse-mentor cohort new');
    const cohort = await modal('cohort_create');
    await cohort.locator('[data-block=name] input').fill('Spring 2027');
    await cohort.locator('[data-block=weeks] input').fill('4');
    await cohort.locator('[data-block=summary_channel] select').selectOption('C0SBSUMMARY');
    await page.click('[data-testid=modal-submit]');
    await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });
    await command('/reverse-mentor match');
    // The preview is a DM; Slack asks before anyone is messaged.
    const confirm = page.locator('[data-testid=messages] [data-testid=message] button[data-action-id=match_confirm]');
    await confirm.waitFor(WAIT);
    await confirm.click();
    await page.locator('.confirm[role=dialog]').waitFor(WAIT);
    await page.click('[data-testid=confirm-yes]');
    await waitForMessage(/all \d+ pairs introduced/);
    await command(`/reverse-mentor organizers add <@${KARIN}>`);

    // Three sessions: Leo's pair meets each time, nobody else does; Aisha asks for a new partner.
    for (let session = 1; session <= 3; session += 1) {
      await advance('next');
      await leoMeets(session);
    }
    await beUser(AISHA);
    await command('/reverse-mentor rematch We never find a time that works for both of us');
    await page.locator('[data-testid=messages]').filter({ hasText: /Thanks for telling us/ }).waitFor(WAIT);

    // Grace's Home tab: the programme at a glance.
    await beUser(SANDBOX_ORGANIZER.id);
    await page.click('#refresh-home');
    await page.locator('[data-testid=home]').filter({ hasText: 'Your programme' }).waitFor(WAIT);
    await page.locator('[data-testid=home]').filter({ hasText: 'asked for a new partner' }).waitFor(WAIT);
    const home = await page.locator('[data-testid=home]').innerText();
    expect(home).toContain('session 3 of 4, in progress');
    expect(home).toMatch(/\d+ pairs may need a hand/);
    expect(home).toContain('Meeting rate per session');
    shots.push(await shot('20-organizer-home-en'));

    // Karin's, in Swedish: the programme, then her own part as a mentee.
    await beUser(KARIN);
    await page.click('#refresh-home');
    await page.locator('[data-testid=home]').filter({ hasText: 'Ditt program' }).waitFor(WAIT);
    const swedish = await page.locator('[data-testid=home]').innerText();
    expect(swedish).toContain('träff 3 av 4 pågår');
    expect(swedish).toContain('Ditt eget mentorskap');
    shots.push(await shot('21-organizer-home-sv'));

    // Their digests: one each, in their language, in their direct message with the app.
    await advance('day');
    await beUser(SANDBOX_ORGANIZER.id);
    await openConversation('Reverse Mentor');
    await waitForMessage(/may need a hand|Still at risk|request for a new partner/);
    shots.push(await shot('22-digest-en'));
    await beUser(KARIN);
    await openConversation('Reverse Mentor');
    await waitForMessage(/kan behöva stöd|önskan om att paras ihop/);
    shots.push(await shot('23-digest-sv'));

    // Post summary from the Home tab, first into a channel the app is not in.
    running.sandbox.standIn.addChannel({ id: 'C0SBRANDOM', name: 'random', botIsMember: false });
    await beUser(SANDBOX_ORGANIZER.id);
    await page.locator('[data-testid=home] button[data-action-id=home_summary]').first().click();
    const post = await modal('summary_post');
    await post.locator(`[data-block=channel] select`).selectOption('C0SBRANDOM');
    await page.click('[data-testid=modal-submit]');
    await post.locator('[data-testid=input-error]').filter({ hasText: '/invite @Reverse Mentor' }).waitFor(WAIT);
    shots.push(await shot('24-post-summary-inline-error'));
    await post.locator(`[data-block=channel] select`).selectOption('C0SBSUMMARY');
    await page.click('[data-testid=modal-submit]');
    await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });

    // The last session, and past its end: the last summary, then the closing summary in the channel.
    await advance('next');
    await advance(8);
    await beUser(SANDBOX_ORGANIZER.id);
    await openConversation('#reverse-mentoring');
    const closing = await waitForMessage('has come to an end');
    await closing.scrollIntoViewIfNeeded();
    const text = await closing.innerText();
    expect(text).toContain('has come to an end after 4 sessions');
    expect(text).toContain('Meeting rate per session');
    shots.push(await shot('25-closing-summary'));
    await page.click('#refresh-home');
    await page.locator('[data-testid=home]').filter({ hasText: 'Other cohorts' }).waitFor(WAIT);
    shots.push(await shot('26-organizer-home-after'));

    for (const path of shots) expect(statSync(path).size).toBeGreaterThan(10_000);
  });
});
