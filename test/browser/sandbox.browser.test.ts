/**
 * The sandbox page in a real browser (Debian's Chromium driven by playwright-core): a whole cohort played through
 * the page — join, cohort new, match, confirm, the first prompt (clock control), a reflection, the summary — with
 * screenshots under test-output/sandbox/. Every request the browser makes must stay on loopback, no dialog may
 * ever open, and hostile text typed into the app must show up as text.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { RunningSandbox } from '../../src/sandbox';
import { useSandboxPage } from './sandbox-page';
import { SANDBOX_ORGANIZER } from '../../src/sandbox/workspace';

/**
 * The little of the DOM that functions run inside the page use (the tests compile without the DOM's types). They
 * are passed as functions, not strings: the page's Content-Security-Policy forbids eval, as it should.
 */
declare const document: {
  querySelector(selector: string): { textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ complete: boolean; naturalWidth: number }>;
};

const SHOTS = join(__dirname, '..', '..', 'test-output', 'sandbox');
const LEO = 'U0SBLEO001';
const KARIN = 'U0SBKAR001';
const AISHA = 'U0SBAIS001';
const WAIT = { timeout: 15_000 };

jest.setTimeout(120_000);

const sandbox = useSandboxPage({ name: 'browser', startAt: new Date('2026-12-01T09:30:00Z'), viewport: { width: 1440, height: 900 }, shotsDir: SHOTS, waitMs: 15_000 });
const { beUser, command, modal, waitForMessage, advance } = sandbox;
let running: RunningSandbox;
let page: Page;
beforeAll(() => {
  ({ running, page } = sandbox);
});

async function shot(name: string): Promise<string> {
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}




async function openConversation(name: RegExp | string): Promise<void> {
  await page.locator('.conv').filter({ hasText: name }).first().click();
}


describe('the sandbox page', () => {
  it('plays a cohort: join → cohort new → match → confirm → first prompt → reflection → summary', async () => {
    // How long the walkthrough takes is not a behaviour (a busy machine doubles it); the test's timeout bounds it.
    const shots: string[] = [];

    // Leo joins through the modal; an empty submission first shows Slack's inline errors.
    await beUser(LEO);
    await command('/reverse-mentor join');
    const join = await modal('join');
    shots.push(await shot('01-join-modal'));
    // Leo's Slack is in Swedish: so are the words Slack itself puts around the modal's fields.
    expect(await join.locator('.bk-optional').first().textContent()).toBe(' (valfritt)');
    expect(await join.textContent()).not.toMatch(/\(optional\)|Select…|Select an item/);
    expect(await join.locator('[data-block=seniority] select option').first().textContent()).toBe('Välj ett alternativ');
    await page.click('[data-testid=modal-submit]');
    await page.locator('[data-testid=input-error]').first().waitFor(WAIT);
    expect(await page.locator('[data-block=role].has-error').count()).toBe(1);
    shots.push(await shot('02-join-inline-errors'));
    await join.locator('[data-block=role] input[value=mentor]').check();
    await join.locator('[data-block=department] input').fill('Engineering');
    await join.locator('[data-block=seniority] select').selectOption('0-2');
    await join.locator('[data-block=topics] input[value=ai-at-work]').check();
    await join.locator('[data-block=topics] input[value=digital-tools]').check();
    await join.locator('[data-block=manager] select').selectOption(KARIN);
    await join.locator('[data-block=confidentiality] input[value=agree]').check();
    await page.click('[data-testid=modal-submit]');
    await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });
    // Leo's Slack is in Swedish: the welcome is too.
    await waitForMessage('Välkommen');

    // The others join (each types /reverse-mentor join and fills in the modal, through signed requests).
    await page.click('[data-testid=join-everyone]');
    await page.locator('[data-testid=who] optgroup[label=Mentees] option').first().waitFor({ state: 'attached', ...WAIT });

    // The organizer opens a cohort with its summary channel.
    await beUser(SANDBOX_ORGANIZER.id);
    await command('/reverse-mentor cohort new');
    const cohort = await modal('cohort_create');
    await cohort.locator('[data-block=name] input').fill('Spring 2027');
    await cohort.locator('[data-block=summary_channel] select').selectOption('C0SBSUMMARY');
    shots.push(await shot('03-cohort-modal'));
    await page.click('[data-testid=modal-submit]');
    await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });

    // Match: the preview is a DM with Confirm (it stays there); Slack asks first how many will be messaged.
    await command('/reverse-mentor match');
    const confirm = page.locator('[data-testid=messages] [data-testid=message] button[data-action-id=match_confirm]');
    await confirm.waitFor(WAIT);
    expect(await page.locator('.msg-ephemeral button[data-action-id=match_confirm]').count()).toBe(0);
    shots.push(await shot('04-match-preview'));
    await confirm.click();
    const dialog = page.locator('.confirm[role=dialog]');
    await dialog.waitFor(WAIT);
    expect(await dialog.textContent()).toMatch(/This sends \d+ pairs their introduction/);
    shots.push(await shot('04b-match-confirm-dialog'));
    await page.click('[data-testid=confirm-yes]');
    await waitForMessage(/all \d+ pairs introduced/);

    // The clock: to the first prompt.
    await advance('next');

    // Leo's group DM has the intro and the week's prompt.
    await beUser(LEO);
    await openConversation(/,|Karin|Anders|Robert|Sofia|James|Priya/);
    const prompt = await waitForMessage(/Träff 1 av 12|Session 1 of 12/);
    shots.push(await shot('05-first-prompt'));
    await prompt.locator('button[data-action-id=nudge_reflect]').click();
    const reflection = await modal('reflection');
    // No rating until they say they met; "Yes" redraws the modal with it, required (no "(valfritt)").
    expect(await reflection.locator('[data-block=rating]').count()).toBe(0);
    await reflection.locator('[data-block=met] input[value=yes]').check();
    await reflection.locator('[data-block=rating] select').waitFor(WAIT);
    expect(await reflection.locator('[data-block=rating] .bk-optional').count()).toBe(0);
    // Met, but no rating: the app answers with response_action errors.
    await page.click('[data-testid=modal-submit]');
    await reflection.locator('[data-block=rating] [data-testid=input-error]').waitFor(WAIT);
    shots.push(await shot('06-reflection-inline-error'));
    await reflection.locator('[data-block=rating] select').selectOption('5');
    await reflection.locator('[data-block=learned] textarea, [data-block=learned] input').first().fill('Hur snabbt AI-verktyg förändrar vardagen.');
    await reflection.locator('[data-block=sharing] input[value=anonymous]').check();
    await page.click('[data-testid=modal-submit]');
    await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });
    shots.push(await shot('07-app-home-after-reflection'));

    // A week on, the first session is over (while under way, a summary shows it as in progress, with no chart).
    await advance(7);

    // The summary in the summary channel, with the chart uploaded through files.uploadV2.
    await beUser(SANDBOX_ORGANIZER.id);
    await openConversation('#reverse-mentoring');
    await command('/reverse-mentor summary');
    await waitForMessage('Spring 2027');
    const chart = page.locator('[data-testid=messages] img[data-testid=file-image]').last();
    await chart.waitFor(WAIT);
    // The chart really loads from the stand-in: a decoded PNG with a width.
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('[data-testid=messages] img[data-testid=file-image]')).every((image) => image.complete && image.naturalWidth > 0),
      undefined,
      WAIT,
    );
    shots.push(await shot('08-summary'));

    for (const path of shots) expect(statSync(path).size).toBeGreaterThan(10_000);
  });

  it('keeps three columns on a 1024×768 laptop: the conversation keeps its height beside App Home', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      await beUser(SANDBOX_ORGANIZER.id);
      const messages = await page.locator('[data-testid=messages]').boundingBox();
      const home = await page.locator('[data-testid=home]').boundingBox();
      expect(messages!.height).toBeGreaterThan(300);
      expect(home!.x).toBeGreaterThanOrEqual(messages!.x + messages!.width - 1);
      expect(home!.y).toBeLessThan(messages!.y + 100);
      await shot('09-laptop-1024x768');
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('shows everything it is given as text: markup typed into the app never runs', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const script = '<script>alert(1)</script>';
    // A fresh workspace, through the page's own Reset (which asks first, in the page, not with a dialog).
    await page.click('[data-testid=reset]');
    await page.click('[data-testid=confirm-yes]');
    await page.locator('[data-testid=clock-next]').filter({ hasText: 'no prompt scheduled' }).waitFor(WAIT);

    await beUser(AISHA);
    await command('/reverse-mentor join');
    const join = await modal('join');
    await join.locator('[data-block=role] input[value=mentor]').check();
    await join.locator('[data-block=department] input').fill(`${script} ${hostile}`);
    await join.locator('[data-block=seniority] select').selectOption('0-2');
    await join.locator('[data-block=topics] input[value=ai-at-work]').check();
    await join.locator('[data-block=confidentiality] input[value=agree]').check();
    await page.click('[data-testid=modal-submit]');
    await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });

    await beUser(SANDBOX_ORGANIZER.id);
    await command('/reverse-mentor cohort new');
    const cohort = await modal('cohort_create');
    await cohort.locator('[data-block=name] input').fill(`${script}x`);
    await cohort.locator('[data-block=summary_channel] select').selectOption('C0SBSUMMARY');
    await page.click('[data-testid=modal-submit]');
    await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });
    await command('/reverse-mentor cohort list');
    await waitForMessage(`${script}x`);

    await beUser(AISHA);
    await waitForMessage(hostile);
    expect(await page.locator('[data-testid=messages]').innerText()).toContain(`${script} ${hostile}`);
    expect(await page.locator('[data-testid=home]').innerText()).toContain(`${script}x`);
    // Nothing was turned into an element: no image with src=x, no script beyond the page's own two.
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    await shot('09-escaping');
    // Give a delayed onerror every chance to fire.
    await page.waitForTimeout(300);
  });

  it('votes on the topic whose button was clicked: the second of the Vote buttons, in English and Swedish', async () => {
    const votesOf = (userId: string) =>
      (running.sandbox.database.prepare('SELECT topic_id FROM topic_votes WHERE user_id = ? ORDER BY topic_id').all(userId) as Array<{ topic_id: string }>).map((row) => row.topic_id);
    for (const [userId, takeBack, name] of [
      [AISHA, 'Take back vote', '10-topic-vote-second-en'],
      [LEO, 'Ta tillbaka rösten', '11-topic-vote-second-sv'],
    ] as const) {
      await beUser(userId);
      await openConversation('Reverse Mentor');
      await command('/reverse-mentor topics');
      const list = page.locator('.msg-ephemeral').filter({ has: page.locator('button[data-action-id=topic_vote]') }).last();
      const second = list.locator('button[data-action-id=topic_vote]').nth(1);
      await second.waitFor(WAIT);
      const topicId = await second.getAttribute('data-value');
      await second.click();
      // The list is redrawn in place: the second topic's button now takes the vote back (an action of its own, so a
      // replayed click never undoes itself), the first still votes.
      await list.locator(`button[data-action-id=topic_vote_withdraw][data-value="${topicId}"]`).filter({ hasText: takeBack }).waitFor(WAIT);
      expect(await list.locator('button[data-action-id=topic_vote]').first().textContent()).not.toContain(takeBack);
      expect(votesOf(userId)).toEqual([topicId]);
      await shot(name);
    }
  });
});
