/**
 * Meetings and preparation in the sandbox page, in a real browser (Debian's Chromium, playwright-core): a member
 * books from the introduction with the times that suit both shown in their own time, the partner sees the
 * same times in theirs, the booking and its .ics (downloadable) appear in the group DM, the clock moves an hour at a
 * time to the reminder and the "Did you meet?" follow-up, and the mentors' preparation DM is read with Got it.
 * Screenshots go to test-output/meetings/ (and SHOTS_DIR when set). No request leaves loopback; no dialog opens.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openDatabase, type Db } from '../../src/db/open';
import { findParticipant } from '../../src/db/repositories/participants';
import type { RunningSandbox } from '../../src/sandbox';
import { useSandboxPage } from './sandbox-page';
import { suggestSlots } from '../../src/services/meeting-slots';
import { SANDBOX_ORGANIZER } from '../../src/sandbox/workspace';

const SHOTS = process.env.SHOTS_DIR ?? join(__dirname, '..', '..', 'test-output', 'meetings');
const ROBERT = 'U0SBROB001';
const WAIT = { timeout: 15_000 };

jest.setTimeout(180_000);

// Thursday 5 March 2026: the US has moved its clocks to summer time on the 8th, Europe only on the 29th.
const sandbox = useSandboxPage({ name: 'meetings', startAt: new Date('2026-03-05T13:00:00Z'), viewport: { width: 1440, height: 1000 }, shotsDir: SHOTS, waitMs: 15_000 });
const { beUser, command, modal, waitForMessage, advance } = sandbox;
let running: RunningSandbox;
let page: Page;
let dir: string;
beforeAll(() => {
  ({ running, page, dir } = sandbox);
});

afterAll(() => {
  readConnection?.close();
});

/** A second connection to the sandbox's database, for reading what the page does not show (WAL lets both work). */
let readConnection: Db | undefined;
function reader(): Db {
  readConnection ??= openDatabase(join(dir, 'sandbox.db'));
  return readConnection;
}

async function shot(name: string): Promise<string> {
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}






describe('meetings in the sandbox page', () => {
  it('books from the introduction, shows the .ics, and the reminder and follow-up as the clock moves', async () => {
    const shots: string[] = [];
    await beUser(SANDBOX_ORGANIZER.id);
    await page.click('[data-testid=join-everyone]');
    await page.locator('[data-testid=who] optgroup[label=Mentees] option').first().waitFor({ state: 'attached', ...WAIT });
    await command('/reverse-mentor cohort new');
    const cohort = await modal('cohort_create');
    await cohort.locator('[data-block=name] input').fill('Spring 2026');
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

    // Robert in New York and Aisha in Kolkata share no working hour: the modal says so and offers the picker alone.
    const robertsPair = running.sandbox.standIn.listConversations().find((conv) => conv.kind === 'mpim' && conv.members.includes(ROBERT))!;
    await beUser(ROBERT);
    await page.locator(`.conv[data-conv-id=${robertsPair.id}]`).click();
    await (await waitForMessage(/reverse-mentoring partner|partner i omvänt|Möt/)).locator('button[data-action-id=meeting_book]').click();
    const noCommonHours = await modal('meeting_book');
    if ((await noCommonHours.locator('[data-block=suggested]').count()) === 0) shots.push(await shot('01-book-modal-no-common-hours'));
    await page.click('[data-testid=modal-close]');
    await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });

    // A pair in different zones whose working days overlap, one reading English and the other Swedish.
    const people = (conv: { members: string[] }) => conv.members.map((id) => running.sandbox.standIn.user(id)!).filter((user) => !user.isBot);
    const conversation = running.sandbox.standIn
      .listConversations()
      .filter((conv) => conv.kind === 'mpim')
      .find((conv) => {
        const [a, b] = people(conv);
        return a && b && a.tz !== b.tz && a.locale !== b.locale && suggestSlots({ zones: [a.tz, b.tz], now: running.sandbox.now(), endsBefore: new Date('2027-01-01') }).length === 3;
      });
    expect(conversation).toBeDefined();
    const viewer = people(conversation!).find((user) => user.locale === 'en-US')!;
    const partnerUser = people(conversation!).find((user) => user.id !== viewer.id)!;
    const partner = partnerUser.id;

    await beUser(viewer.id);
    await page.locator(`.conv[data-conv-id=${conversation!.id}]`).click();
    const intro = await waitForMessage(/reverse-mentoring partner|partner i omvänt|Möt/);
    await intro.locator('button[data-action-id=meeting_book]').click();
    const booking = await modal('meeting_book');
    const options = await booking.locator('[data-block=suggested] option').allInnerTexts();
    // In the viewer's own time, weekdays only.
    const suggestions = options.filter((text) => /\d/.test(text));
    expect(suggestions.length).toBeGreaterThan(0);
    for (const text of suggestions) expect(text).toMatch(/^(Mon|Tue|Wed|Thu|Fri), /);
    shots.push(await shot(`02-book-modal-${viewer.tz.split('/')[1]?.toLowerCase()}-en`));
    await booking.locator('[data-block=suggested] select').selectOption({ index: 1 });
    await booking.locator('[data-block=where] input').fill('Zoom: https://zoom.example.com/j/123');
    await page.click('[data-testid=modal-submit]');
    await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });
    await waitForMessage(/booked a meeting|har bokat ett möte/);
    const file = page.locator('[data-testid=messages] .file').filter({ hasText: 'meeting.ics' }).last();
    await file.waitFor(WAIT);
    expect(await file.locator('a[download]').getAttribute('download')).toBe('meeting.ics');
    const href = await file.locator('a[download]').getAttribute('href');
    const downloaded = await (await fetch(href!)).text();
    expect(downloaded).toContain('BEGIN:VCALENDAR');
    expect(downloaded).toContain('METHOD:REQUEST');
    shots.push(await shot('03-booking-and-ics'));

    // The partner sees the times that suit both in their own zone and language.
    await beUser(partner);
    await page.locator(`.conv[data-conv-id=${conversation!.id}]`).click();
    const introAgain = await waitForMessage(/reverse-mentoring partner|partner i omvänt|Möt/);
    await introAgain.locator('button[data-action-id=meeting_book]').click();
    const theirs = await modal('meeting_book');
    const theirOptions = (await theirs.locator('[data-block=suggested] option').allInnerTexts()).filter((text) => /\d/.test(text));
    expect(theirOptions).toHaveLength(suggestions.length);
    shots.push(await shot(`04-book-modal-${partnerUser.tz.split('/')[1]?.toLowerCase()}-${partnerUser.locale.slice(0, 2)}`));
    await page.click('[data-testid=modal-close]');
    await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });

    // The clock moves an hour at a time until the reminder, then the follow-up.
    const meeting = reader().prepare('SELECT starts_at, minutes FROM meetings ORDER BY id DESC LIMIT 1').get() as { starts_at: string; minutes: number };
    const reminderAt = Date.parse(meeting.starts_at) - 60 * 60 * 1000;
    for (let guard = 0; guard < 24 * 8 && running.sandbox.now().getTime() < reminderAt; guard += 1) await advance('hour');
    await waitForMessage(/starts in an hour|börjar om en timme/);
    shots.push(await shot('05-reminder'));
    await advance('hour');
    await advance('hour');
    const followup = await waitForMessage(/Did you meet|Blev det av/);
    shots.push(await shot('06-follow-up'));
    await followup.locator('button[data-action-id=meeting_held][data-value=yes]').click();
    await waitForMessage(/recorded that you met|noterat att ni har träffats/);
    shots.push(await shot('07-follow-up-answered'));

    // A mentor's preparation DM, read with Got it; the organizer's Home tab shows counts.
    const mentor = running.sandbox.standIn.listUsers().find((user) => findParticipant(reader(), user.id)?.role === 'mentor' && user.locale === 'sv-SE')!;
    await beUser(mentor.id);
    await page.locator('.conv').filter({ hasText: /Reverse Mentor/ }).first().click();
    const prep = await waitForMessage(/Så går ett möte i omvänt mentorskap till/);
    shots.push(await shot('08-preparation-sv'));
    await prep.locator('button[data-action-id=prep_ack]').click();
    await waitForMessage(/Uppfattat. Tack för att du läste./);
    const englishMentor = running.sandbox.standIn.listUsers().find((user) => findParticipant(reader(), user.id)?.role === 'mentor' && user.locale === 'en-US')!;
    await beUser(englishMentor.id);
    await page.locator('.conv').filter({ hasText: /Reverse Mentor/ }).first().click();
    await waitForMessage(/How a reverse-mentoring session runs/);
    shots.push(await shot('09-preparation-en'));
    await command('/reverse-mentor guide mentee');
    await waitForMessage(/The mentee guide/);
    shots.push(await shot('10-guide-mentee-en'));
    // A Swedish pair books with `/reverse-mentor book`: the modal, the booking and the invitation in Swedish.
    const swedishPair = running.sandbox.standIn
      .listConversations()
      .find((conv) => conv.kind === 'mpim' && people(conv).length === 2 && people(conv).every((user) => user.locale === 'sv-SE'));
    expect(swedishPair).toBeDefined();
    const swede = people(swedishPair!)[0]!;
    await beUser(swede.id);
    await page.locator(`.conv[data-conv-id=${swedishPair!.id}]`).click();
    await command('/reverse-mentor book');
    const swedishModal = await modal('meeting_book');
    const swedishOptions = (await swedishModal.locator('[data-block=suggested] option').allInnerTexts()).filter((text) => /\d/.test(text));
    for (const text of swedishOptions) expect(text).toMatch(/^(mån|tis|ons|tors|fre) \d+ \S+ kl\. \d\d\.\d\d$/);
    shots.push(await shot('12-book-modal-sv'));
    await swedishModal.locator('[data-block=suggested] select').selectOption({ index: 2 });
    await swedishModal.locator('[data-block=where] input').fill('Rum Kungsholmen, plan 4');
    await page.click('[data-testid=modal-submit]');
    await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });
    await waitForMessage(/har bokat ett möte för er/);
    await page.locator('[data-testid=messages] .file').filter({ hasText: 'meeting.ics' }).last().waitFor(WAIT);
    shots.push(await shot('13-booking-sv'));

    await beUser(SANDBOX_ORGANIZER.id);
    await page.locator('[data-testid=home]').filter({ hasText: /Meetings in Slack: 2 booked, 1 held/ }).waitFor(WAIT);
    shots.push(await shot('11-organizer-home-counts'));

    for (const path of shots) expect(statSync(path).size).toBeGreaterThan(10_000);
  });
});
