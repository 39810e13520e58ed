import type { Cohort } from '../../src/db/repositories/cohorts';
import { messagesFor } from '../../src/i18n';
import { cohortFormDefaults, cohortStartsAt, isCohortTimeZone, type CohortOverview } from '../../src/services/cohorts';
import { COHORT_TIME_ZONES, cohortCreateModal } from '../../src/views/cohort-modal';
import { ACTION, CALLBACK, COHORT_CREATE } from '../../src/views/ids';
import { cohortCloseQuestion, cohortCreatedMessage, cohortListMessage, organizerListMessage } from '../../src/views/organizer-messages';

const en = messagesFor('en');
const sv = messagesFor('sv');
const NOW = new Date('2026-11-27T10:00:00Z');

type AnyBlock = { type: string; block_id?: string; element?: Record<string, unknown>; text?: { text: string }; elements?: Array<Record<string, unknown>> };
type Option = { text: { text: string }; value: string };

function cohort(overrides: Partial<Cohort> = {}): CohortOverview {
  const value: Cohort = {
    id: 3,
    name: 'Spring <!channel> & co',
    startDate: '2027-01-04',
    weeks: 12,
    cadence: 'weekly',
    nudgeDay: 'mon',
    nudgeTime: '09:00',
    timezone: 'Europe/Stockholm',
    summaryChannel: 'C0SUMMARY1',
    capacity: 2,
    status: 'enrolling',
    createdBy: 'U0ORG',
    createdAt: NOW.toISOString(),
    completedAt: null,
    ...overrides,
  };
  return { cohort: value, enrolled: 5, startsAt: cohortStartsAt(value) };
}

describe('cohort_create modal', () => {
  const element = (view: { blocks: unknown[] }, id: string) => (view.blocks as AnyBlock[]).find((b) => b.block_id === id)!.element as Record<string, unknown>;

  it('carries the stable ids with block_id = action_id, pre-set to the usual choices', () => {
    const view = cohortCreateModal(en, cohortFormDefaults(NOW, 'Europe/Stockholm'));
    expect(view.callback_id).toBe(CALLBACK.cohortCreate);
    const inputs = (view.blocks as AnyBlock[]).filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.block_id)).toEqual(Object.values(COHORT_CREATE));
    for (const block of inputs) expect(block.element?.action_id).toBe(block.block_id);
    expect(element(view, COHORT_CREATE.startDate)).toMatchObject({ type: 'datepicker', initial_date: '2026-12-07' });
    expect(element(view, COHORT_CREATE.weeks)).toMatchObject({ type: 'number_input', initial_value: '12', min_value: '1', max_value: '52' });
    expect((element(view, COHORT_CREATE.cadence).initial_option as Option).value).toBe('weekly');
    expect((element(view, COHORT_CREATE.nudgeDay).options as Option[]).map((o) => o.value)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect((element(view, COHORT_CREATE.nudgeDay).initial_option as Option).value).toBe('mon');
    expect(element(view, COHORT_CREATE.nudgeTime)).toMatchObject({ type: 'timepicker', initial_time: '09:00' });
    expect((element(view, COHORT_CREATE.timezone).initial_option as Option).value).toBe('Europe/Stockholm');
    expect(element(view, COHORT_CREATE.summaryChannel)).toMatchObject({
      type: 'conversations_select',
      filter: { include: ['public', 'private'], exclude_bot_users: true },
    });
    expect((element(view, COHORT_CREATE.capacity).options as Option[]).map((o) => o.value)).toEqual(['1', '2', '3']);
    expect((element(view, COHORT_CREATE.capacity).initial_option as Option).value).toBe('1');
    expect(element(view, COHORT_CREATE.name)).toMatchObject({ max_length: 80 });
    // The channel's hint warns that shared reflections are quoted there (PRODUCT.md §7), in both languages.
    const hint = (messages: typeof en) =>
      (cohortCreateModal(messages, cohortFormDefaults(NOW, 'Europe/Stockholm')).blocks as Array<{ block_id?: string; hint?: { text: string } }>).find(
        (block) => block.block_id === COHORT_CREATE.summaryChannel,
      )?.hint?.text;
    expect(hint(en)).toContain('quote the reflections people choose to share');
    expect(hint(sv)).toContain('citerar reflektioner som deltagarna väljer att dela');
  });

  it('offers only zones the app accepts, within Block Kit limits, in both languages', () => {
    for (const messages of [en, sv]) {
      const view = cohortCreateModal(messages, cohortFormDefaults(NOW, 'Europe/Stockholm'));
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      const zones = element(view, COHORT_CREATE.timezone).options as Option[];
      expect(zones.length).toBeLessThanOrEqual(100);
      for (const zone of zones) {
        expect(isCohortTimeZone(zone.value)).toBe(true);
        expect(zone.text.text.length).toBeLessThanOrEqual(75);
      }
    }
    expect(new Set(COHORT_TIME_ZONES).size).toBe(COHORT_TIME_ZONES.length);
  });

  it('adds and selects a configured default zone that is not in the list', () => {
    const view = cohortCreateModal(sv, cohortFormDefaults(NOW, 'America/Regina'));
    expect((element(view, COHORT_CREATE.timezone).initial_option as Option).value).toBe('America/Regina');
    expect((element(view, COHORT_CREATE.capacity).options as Option[]).map((o) => o.text.text)).toEqual(['1 adept', '2 adepter', '3 adepter']);
  });
});

describe('organizer messages', () => {
  it('the creation DM escapes the name and uses Slack date formatting and a channel link', () => {
    const message = cohortCreatedMessage(en, cohort());
    const text = JSON.stringify(message);
    expect(message.text).toBe('*Spring &lt;!channel&gt; &amp; co* is open for enrolment. 5 people who were waiting are enrolled.');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('<!date^');
    expect(text).toContain('<#C0SUMMARY1>');
    expect(text).toContain('Monday at 9:00 AM (Europe/Stockholm)');
    expect(text).toContain('*Length:* 12 weeks, 12 sessions');
    expect(JSON.stringify(cohortCreatedMessage(sv, cohort()))).toContain('måndag kl. 09.00 (Europe/Stockholm)');
  });

  it('the list shows the newest cohorts first and stays within 50 blocks', () => {
    const many = Array.from({ length: 60 }, (_, i) => cohort({ id: i + 1, name: `Cohort ${i + 1}` }));
    const message = cohortListMessage(en, many);
    expect(message.blocks!.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks![1])).toContain('#60 Cohort 60');
    expect(JSON.stringify(message.blocks!.at(-1))).toContain('Showing the 40 newest of 60 cohorts.');
    expect(cohortListMessage(en, []).text).toContain('No cohorts yet');
  });

  it('the close question carries the cohort id on both buttons, and the wording follows the status', () => {
    const enrolling = JSON.stringify(cohortCloseQuestion(en, cohort()));
    expect(enrolling).toContain(`"action_id":"${ACTION.cohortCloseConfirm}","value":"3"`);
    expect(enrolling).toContain(`"action_id":"${ACTION.cohortCloseCancel}","value":"3"`);
    expect(enrolling).toContain('waits for the next cohort');
    expect(JSON.stringify(cohortCloseQuestion(en, cohort({ status: 'active' })))).toContain('no more prompts');
  });

  it('the organizer list tells configured from added ones, with mentions', () => {
    const text = JSON.stringify(
      organizerListMessage(en, [
        { userId: 'U0CONF', source: 'configured' },
        { userId: 'U0NEW', source: 'added', addedBy: 'U0CONF', addedAt: NOW.toISOString() },
      ]),
    );
    expect(text).toContain("<@U0CONF> — from the app's settings");
    expect(text).toContain('<@U0NEW> — added by <@U0CONF> on <!date^');
  });
});
