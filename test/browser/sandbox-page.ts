/**
 * The sandbox page in Debian's Chromium, as every browser test drives it: a fresh sandbox on a loopback port, a
 * headless browser whose every request must stay on loopback, and no dialog or page error allowed (checked after
 * each test). `useSandboxPage` registers the jest hooks; what it returns is filled in by its `beforeAll`, so read
 * `running` and `page` inside tests or later hooks, not at the top of the file.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createLogger } from '../../src/logger';
import { startSandbox, type RunningSandbox } from '../../src/sandbox';

export const CHROMIUM = '/usr/bin/chromium';

export interface SandboxPageOptions {
  /** Names the temporary directory (rm-sandbox-<name>-). */
  name: string;
  /** The sandbox clock's first instant. */
  startAt: Date;
  viewport: { width: number; height: number };
  /** Where the test's screenshots go; created before the first test. */
  shotsDir: string;
  /** How long a locator waits for what the page should show. */
  waitMs: number;
}

export interface SandboxPage {
  running: RunningSandbox;
  page: Page;
  /** The sandbox's own directory (its database is `sandbox.db` there). */
  dir: string;
  /** The wait every helper uses, for the test's own locators. */
  wait: { timeout: number };
  /** Switches the page to this person and waits for their App Home. */
  beUser(userId: string): Promise<void>;
  /** Types a slash command into the composer and sends it. */
  command(text: string): Promise<void>;
  /** The open modal with this callback id, once it is shown. */
  modal(callbackId: string): Promise<Locator>;
  /** The latest message in the open conversation with this text, once it is shown. */
  waitForMessage(text: string | RegExp): Promise<Locator>;
  /**
   * Until the page has no request of its own under way and no state load pending. Moving the clock redraws the
   * page in passes as deliveries go out (the clock shows the new time after the first), so a test that reads or
   * clicks an element after an advance waits for this first, or the element can be replaced under it.
   */
  idle(): Promise<void>;
  /**
   * Moves the sandbox clock with the page's own buttons — to the next prompt, by an hour, a day, or a number of
   * days — and waits until the clock shows the new time and every pass of the deliveries has been drawn.
   */
  advance(how: 'next' | 'hour' | 'day' | number): Promise<void>;
}

export function useSandboxPage(options: SandboxPageOptions): SandboxPage {
  let context: BrowserContext | undefined;
  const offLoopback: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const wait = { timeout: options.waitMs };

  const session: SandboxPage = {
    running: undefined as unknown as RunningSandbox,
    page: undefined as unknown as Page,
    dir: '',
    wait,
    async beUser(userId) {
      const { page, running } = session;
      await page.selectOption('[data-testid=who]', userId);
      await page.locator('.me-card .me-name').filter({ hasText: running.sandbox.standIn.user(userId)!.realName }).waitFor(wait);
      await page.locator('[data-testid=home] .blocks').waitFor(wait);
    },
    async command(text) {
      await session.page.fill('[data-testid=composer]', text);
      await session.page.press('[data-testid=composer]', 'Enter');
    },
    async modal(callbackId) {
      const found = session.page.locator(`[data-testid=modal][data-callback-id=${callbackId}]`);
      await found.waitFor(wait);
      return found;
    },
    async waitForMessage(text) {
      const message = session.page.locator('[data-testid=messages] [data-testid=message]').filter({ hasText: text }).last();
      await message.waitFor(wait);
      return message;
    },
    async advance(how) {
      const { page } = session;
      const before = await page.locator('[data-testid=clock-now]').textContent();
      if (how === 'next') await page.click('[data-testid=advance-next-prompt]');
      else if (how === 'hour') await page.click('[data-testid=advance-1-hour]');
      else if (how === 'day') await page.click('[data-testid=advance-1-day]');
      else {
        await page.fill('[data-testid=advance-days]', String(how));
        await page.click('[data-testid=advance-n-days]');
      }
      await page.waitForFunction(
        (text) => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document.querySelector('[data-testid=clock-now]')?.textContent !== text,
        before,
        wait,
      );
      await session.idle();
    },
    async idle() {
      await session.page.waitForFunction(
        () => {
          const body = (globalThis as unknown as { document: { body: { classList: { contains(name: string): boolean } } } }).document.body;
          return !body.classList.contains('is-busy') && !body.classList.contains('is-loading');
        },
        undefined,
        wait,
      );
    },
  };

  beforeAll(async () => {
    // Loud on purpose: a browser test that skips itself proves nothing. CI installs it in .ci/run.
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the browser tests`);
    mkdirSync(options.shotsDir, { recursive: true });
    session.dir = mkdtempSync(join(tmpdir(), `rm-sandbox-${options.name}-`));
    session.running = await startSandbox({ port: 0, databasePath: join(session.dir, 'sandbox.db'), logLevel: 'silent' }, createLogger({ level: 'silent' }), {
      fresh: true,
      startAt: options.startAt,
    });
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'rm-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: options.viewport,
      // Without the background-networking flags Chromium tries to reach Google's services and its connections
      // are refused on a closed network.
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|about:)/.test(url)) await route.continue();
      else {
        offLoopback.push(url);
        await route.abort('blockedbyclient');
      }
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    session.page = page;
    await page.goto(session.running.server.url);
    await page.locator('[data-testid=clock-now]').filter({ hasText: '2026' }).waitFor(wait);
  });

  afterAll(async () => {
    await context?.close();
    await session.running?.close();
    if (session.dir) rmSync(session.dir, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(offLoopback).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Nothing the app did in the sandbox would Slack have refused (a reused trigger, 51 blocks, a block_id twice).
    expect(session.running?.sandbox.standIn.ruleBreaks().map((call) => `${call.method}: ${call.refusal ?? ''}`)).toEqual([]);
  });

  return session;
}
