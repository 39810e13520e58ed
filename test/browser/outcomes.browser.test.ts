/**
 * From goals to outcomes in the sandbox page (issue 18), in a real browser, with the clock: the kickoff agreement
 * (the modal, its inline error, the agreement in the group message, the prompt that waits for the other part, the
 * Home tab), the midpoint check-in (direct message and modal, the note in the organizers' digests), the final
 * evaluation (direct message, modal, the waiting list), the final report and its private part, the next cohort's
 * notice, the 30-day follow-up and the addendum — each new screen in English and in Swedish where a person reads it
 * in their language (a channel reads DEFAULT_LOCALE). Screenshots go to test-output/outcomes/ (and $SHOTS_DIR).
 * No request leaves loopback; no dialog opens.
 */
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { listPairs, type Pair } from '../../src/db/repositories/pairs';
import { listCohorts } from '../../src/db/repositories/cohorts';
import type { RunningSandbox } from '../../src/sandbox';
import { useSandboxPage } from './sandbox-page';
import { SANDBOX_ORGANIZER } from '../../src/sandbox/workspace';

const SHOTS = join(__dirname, '..', '..', 'test-output', 'outcomes');
const KARIN = 'U0SBKAR001';
const WAIT = { timeout: 20_000 };

jest.setTimeout(600_000);

const shots: string[] = [];
// A Tuesday morning in Europe.
const sandbox = useSandboxPage({ name: 'outcomes', startAt: new Date('2026-12-01T09:30:00Z'), viewport: { width: 1440, height: 1400 }, shotsDir: SHOTS, waitMs: 20_000 });
const { beUser, command, modal, waitForMessage, advance } = sandbox;
let running: RunningSandbox;
let page: Page;
beforeAll(() => {
  ({ running, page } = sandbox);
});

async function shot(name: string, target?: Locator): Promise<void> {
  const path = join(SHOTS, `${name}.png`);
  if (target) await target.scrollIntoViewIfNeeded();
  await page.screenshot({ path });
  const extra = process.env.SHOTS_DIR;
  if (extra) {
    mkdirSync(extra, { recursive: true });
    copyFileSync(path, join(extra, `${name}.png`));
  }
  shots.push(path);
}




async function submitModal(): Promise<void> {
  await page.click('[data-testid=modal-submit]');
  await page.locator('[data-testid=modal]').waitFor({ state: 'detached', ...WAIT });
}

async function openConversation(id: string): Promise<void> {
  await page.locator(`.conv[data-conv-id=${id}]`).click();
}

async function openDm(): Promise<void> {
  await page.locator('.conv').filter({ hasText: 'Reverse Mentor' }).first().click();
}



const localeOf = (userId: string) => running.sandbox.standIn.user(userId)!.locale.slice(0, 2);

describe('from goals to outcomes in the sandbox', () => {
  it('plays the whole arc with the clock, from the kickoff agreement to the 30-day addendum, in English and Swedish', async () => {
    await page.click('[data-testid=join-everyone]');
    await page.locator('[data-testid=who] optgroup[label=Mentees] option').first().waitFor({ state: 'attached', ...WAIT });
    await beUser(SANDBOX_ORGANIZER.id);
    await command('/reverse-mentor cohort new');
    const cohortModal = await modal('cohort_create');
    await cohortModal.locator('[data-block=name] input').fill('Spring 2027');
    await cohortModal.locator('[data-block=weeks] input').fill('4');
    await cohortModal.locator('[data-block=summary_channel] select').selectOption('C0SBSUMMARY');
    await submitModal();
    await command('/reverse-mentor match');
    const confirm = page.locator('[data-testid=messages] [data-testid=message] button[data-action-id=match_confirm]');
    await confirm.waitFor(WAIT);
    await confirm.click();
    // Slack asks before anyone is messaged.
    await page.locator('.confirm[role=dialog]').waitFor(WAIT);
    await page.click('[data-testid=confirm-yes]');
    await waitForMessage(/all \d+ pairs introduced/);
    await command(`/reverse-mentor organizers add <@${KARIN}>`);
    await waitForMessage(/Karin/);

    // Two pairs to follow: one whose group message is in English, one in Swedish (a pair reads its mentor's language).
    const pairs = listPairs(running.sandbox.database, listCohorts(running.sandbox.database, ['active'])[0]!.id);
    const english = pairs.find((pair) => localeOf(pair.mentorId) === 'en' && localeOf(pair.menteeId) === 'en' && pair.menteeId !== KARIN)!;
    const swedish = pairs.find((pair) => localeOf(pair.mentorId) === 'sv' && pair.menteeId !== KARIN) ?? pairs.find((pair) => localeOf(pair.mentorId) === 'sv')!;
    expect(english).toBeDefined();
    expect(swedish).toBeDefined();

    // ---- The kickoff agreement -------------------------------------------------------------------------------------
    const writePart = async (pair: Pair, userId: string, name: string, part: { goals?: string; hopes?: string; error?: boolean }) => {
      await beUser(userId);
      await openConversation(pair.channelId!);
      const intro = await waitForMessage(/Start with an agreement|Börja med en överenskommelse/);
      await intro.locator('button[data-action-id=kickoff_open]').click();
      const kickoff = await modal('kickoff');
      if (part.error) {
        await shot(name);
        await kickoff.locator('[data-block=goals] textarea').fill('');
        await kickoff.locator('[data-block=norms] input[value=notice]').check();
        await page.click('[data-testid=modal-submit]');
        await kickoff.locator('[data-testid=input-error]').first().waitFor(WAIT);
        await shot(`${name}-error`);
      }
      if (part.goals !== undefined) await kickoff.locator('[data-block=goals] textarea').fill(part.goals);
      if (part.hopes !== undefined) await kickoff.locator('[data-block=hopes] textarea').fill(part.hopes);
      await kickoff.locator('[data-block=norms] input[value=confidential]').check();
      await kickoff.locator('[data-block=norms] input[value=candour]').check();
      if (!part.error) await shot(name);
      await submitModal();
    };
    await writePart(english, english.menteeId, '01-kickoff-modal-mentee-en', {
      goals: 'Use AI tools in my weekly planning\nHear honest feedback on how I run meetings',
      error: true,
    });
    await writePart(english, english.mentorId, '02-kickoff-modal-mentor-en', { hopes: 'See how decisions are made at the top, and practise giving feedback.' });
    await beUser(english.mentorId);
    await openConversation(english.channelId!);
    await shot('03-agreement-en', await waitForMessage('Our agreement'));
    await writePart(swedish, swedish.menteeId, '04-kickoff-modal-mentee-sv', { goals: 'Förstå hur yngre kollegor använder AI\nBli bättre på att lyssna' });
    await beUser(swedish.mentorId);
    await openConversation(swedish.channelId!);
    await shot('05-introduction-waiting-sv', await waitForMessage(/Börja med en överenskommelse/));

    // Session 1: the Swedish pair's prompt asks the mentor again, and says who is awaited.
    await advance('next');
    await beUser(swedish.mentorId);
    await openConversation(swedish.channelId!);
    const waiting = await waitForMessage(/Vi väntar på/);
    await shot('06-prompt-waits-for-the-other-part-sv', waiting);
    await waiting.locator('button[data-action-id=kickoff_open]').click();
    const mentorPart = await modal('kickoff');
    await mentorPart.locator('[data-block=hopes] textarea').fill('Få en inblick i hur ledningen tänker kring digitalisering.');
    await mentorPart.locator('[data-block=cadence] input[value=biweekly]').check();
    await mentorPart.locator('[data-block=norms] input[value=confidential]').check();
    await shot('07-kickoff-modal-mentor-sv');
    await submitModal();
    await shot('08-agreement-sv', await waitForMessage('Vår överenskommelse'));
    // Their Home tabs show it.
    await beUser(swedish.menteeId);
    await page.click('#refresh-home');
    await page.locator('[data-testid=home]').filter({ hasText: 'Din överenskommelse' }).waitFor(WAIT);
    await shot('09-home-agreement-sv');
    await beUser(english.menteeId);
    await page.click('#refresh-home');
    await page.locator('[data-testid=home]').filter({ hasText: 'Your agreement with' }).waitFor(WAIT);
    await shot('10-home-agreement-en');

    // ---- The midpoint check-in (session 2 of 4) ------------------------------------------------------------------
    await advance('next');
    const checkIn = async (userId: string, name: string, relationship: string, note?: string) => {
      await beUser(userId);
      await openDm();
      const dm = await waitForMessage(/halfway through|Halva/);
      if (name) await shot(`${name}-dm`, dm);
      await dm.locator('button[data-action-id=checkin_open]').click();
      const form = await modal('checkin');
      await form.locator(`[data-block=relationship] input[value="${relationship}"]`).check();
      await form.locator('[data-block=progress] input[value=some]').check();
      if (note) await form.locator('[data-block=organizers] textarea').fill(note);
      if (name) await shot(`${name}-modal`);
      await submitModal();
    };
    await checkIn(english.mentorId, '11-checkin-en', '2', 'We keep moving our meetings; could someone help us find a regular slot?');
    await checkIn(swedish.menteeId, '12-checkin-sv', '4', 'Det går bra, men vi skulle vilja ha ett rum på kontoret.');
    await checkIn(english.menteeId, '', '4');
    // The organizers' next digests, in their own language, carry the notes (and the low score's pair).
    await advance('next');
    await beUser(SANDBOX_ORGANIZER.id);
    await openDm();
    await shot('13-digest-checkin-note-en', await waitForMessage(/note for you from the check-in|notes for you from the check-in/));
    await beUser(KARIN);
    await openDm();
    await shot('14-digest-checkin-note-sv', await waitForMessage(/från avstämningen/));
    await page.click('#refresh-home');
    await page.locator('[data-testid=home]').filter({ hasText: 'Avstämningar' }).waitFor(WAIT);
    await shot('15-organizer-home-counts-sv');
    await beUser(SANDBOX_ORGANIZER.id);
    await page.click('#refresh-home');
    await page.locator('[data-testid=home]').filter({ hasText: 'Check-ins:' }).waitFor(WAIT);
    await shot('16-organizer-home-counts-en');

    // ---- The final evaluation (session 4 of 4) --------------------------------------------------------------------
    await advance('next');
    const evaluate = async (userId: string, name: string, changed: string, sharing: string, recommend: string, again?: string) => {
      await beUser(userId);
      await openDm();
      const dm = await waitForMessage(/last session of|sista träffen i/);
      if (name) await shot(`${name}-dm`, dm);
      await dm.locator('button[data-action-id=final_open]').click();
      const form = await modal('final');
      await form.locator('[data-block=goals_met] input[value="4"]').check();
      await form.locator('[data-block=changed] textarea').fill(changed);
      await form.locator(`[data-block=sharing] input[value=${sharing}]`).check();
      await form.locator('[data-block=recommend] select').selectOption(recommend);
      if (again) await form.locator(`[data-block=again] input[value=${again}]`).check();
      if (name) await shot(`${name}-modal`);
      await submitModal();
      if (name) await shot(`${name}-saved`, await waitForMessage(/final evaluation|slututvärdering/));
    };
    await evaluate(english.menteeId, '17-final-mentee-en', 'Ask my team what they already use before I buy a new tool.', 'anonymous', '9', 'mentee');
    await evaluate(swedish.menteeId, '18-final-mentee-sv', 'Fråga mina medarbetare först, och lyssna färdigt.', 'named', '10', 'mentor');
    await evaluate(english.mentorId, '19-final-mentor-en', 'Leaders want to be challenged, kindly and with facts.', 'named', '8');
    await evaluate(swedish.mentorId, '', 'Att ställa frågor är också att leda.', 'private', '7', 'no');
    for (const pair of pairs.filter((candidate) => candidate !== english && candidate !== swedish).slice(0, 2)) {
      await evaluate(pair.menteeId, '', 'Block time for learning each week.', 'private', '6');
    }

    // ---- The end: the final report, its private part; the next cohort ---------------------------------------------
    await advance(8);
    await beUser(SANDBOX_ORGANIZER.id);
    await openConversation('C0SBSUMMARY');
    await shot('20-final-report-en', await waitForMessage('has come to an end'));
    await openDm();
    await shot('21-final-private-part-en', await waitForMessage('for organizers only'));
    await beUser(KARIN);
    await openDm();
    await shot('22-final-private-part-sv', await waitForMessage('bara för programansvariga'));
    await beUser(SANDBOX_ORGANIZER.id);
    await command('/reverse-mentor cohort new');
    const next = await modal('cohort_create');
    await next.locator('[data-block=name] input').fill('Autumn 2027');
    await next.locator('[data-block=summary_channel] select').selectOption('C0SBSUMMARY');
    await submitModal();
    await beUser(swedish.menteeId);
    await openDm();
    await shot('23-next-cohort-notice-sv', await waitForMessage('Du är anmäld till'));
    await beUser(english.menteeId);
    await openDm();
    await shot('24-next-cohort-notice-en', await waitForMessage("You're enrolled in"));

    // ---- Thirty days on: the follow-up; a week later, the addendum ------------------------------------------------
    await advance(30);
    await beUser(english.menteeId);
    await openDm();
    const followup = await waitForMessage('thirty days since');
    await shot('25-followup-en', followup);
    await followup.locator('button[data-action-id=followup_partly]').click();
    await shot('26-followup-answered-en', await waitForMessage('You answered'));
    await beUser(swedish.menteeId);
    await openDm();
    const uppfoljning = await waitForMessage('trettio dagar sedan');
    await shot('27-followup-sv', uppfoljning);
    await uppfoljning.locator('button[data-action-id=followup_done]').click();
    await shot('28-followup-answered-sv', await waitForMessage('Du svarade'));
    await advance(8);
    await beUser(SANDBOX_ORGANIZER.id);
    await openConversation('C0SBSUMMARY');
    await shot('29-addendum-en', await waitForMessage('thirty days on'));

    for (const path of shots) expect(statSync(path).size).toBeGreaterThan(10_000);
  });
});
