import { actionFields, stateFromForm } from '../../src/sandbox/forms';
import { cohortCreateModal } from '../../src/views/cohort-modal';
import { messagesFor } from '../../src/i18n';
import { COHORT_CREATE } from '../../src/views/ids';

const option = (value: string) => ({ text: { type: 'plain_text', text: `Label ${value}` }, value });

describe('sandbox forms: what the page typed, as Slack reports it in view.state.values', () => {
  const blocks = [
    { type: 'section', text: { type: 'mrkdwn', text: 'intro' } },
    { type: 'input', block_id: 'name', element: { type: 'plain_text_input', action_id: 'name' } },
    { type: 'input', block_id: 'goals', optional: true, element: { type: 'plain_text_input', action_id: 'goals', multiline: true } },
    { type: 'input', block_id: 'role', element: { type: 'radio_buttons', action_id: 'role', options: [option('mentor'), option('mentee')] } },
    { type: 'input', block_id: 'topics', element: { type: 'multi_static_select', action_id: 'topics', options: [option('a'), option('b'), option('c')] } },
    { type: 'input', block_id: 'agree', element: { type: 'checkboxes', action_id: 'agree', options: [option('agree')] } },
    { type: 'input', block_id: 'manager', element: { type: 'users_select', action_id: 'manager' } },
    { type: 'input', block_id: 'channel', element: { type: 'conversations_select', action_id: 'channel' } },
    { type: 'input', block_id: 'day', element: { type: 'datepicker', action_id: 'day' } },
    { type: 'input', block_id: 'time', element: { type: 'timepicker', action_id: 'time', timezone: 'Europe/Stockholm' } },
    { type: 'input', block_id: 'weeks', element: { type: 'number_input', action_id: 'weeks', is_decimal_allowed: false } },
  ];

  it('builds every input block, with the option objects the view offered', () => {
    const values = stateFromForm(blocks, {
      name: { name: 'Marketing' },
      role: { role: 'mentee' },
      topics: { topics: ['c', 'a'] },
      agree: { agree: ['agree'] },
      manager: { manager: 'U0SBKAR001' },
      channel: { channel: 'C0SBSUMMARY' },
      day: { day: '2027-01-04' },
      time: { time: '09:00' },
      weeks: { weeks: '12' },
    });
    expect(values).toEqual({
      name: { name: { type: 'plain_text_input', value: 'Marketing' } },
      goals: { goals: { type: 'plain_text_input', value: null } },
      role: { role: { type: 'radio_buttons', selected_option: option('mentee') } },
      topics: { topics: { type: 'multi_static_select', selected_options: [option('c'), option('a')] } },
      agree: { agree: { type: 'checkboxes', selected_options: [option('agree')] } },
      manager: { manager: { type: 'users_select', selected_user: 'U0SBKAR001' } },
      channel: { channel: { type: 'conversations_select', selected_conversation: 'C0SBSUMMARY' } },
      day: { day: { type: 'datepicker', selected_date: '2027-01-04' } },
      time: { time: { type: 'timepicker', selected_time: '09:00', timezone: 'Europe/Stockholm' } },
      weeks: { weeks: { type: 'number_input', value: '12' } },
    });
  });

  it('drops what the view does not offer: unknown options, inputs and malformed dates', () => {
    const values = stateFromForm(blocks, {
      role: { role: 'boss' },
      topics: { topics: ['a', 'zzz'] },
      day: { day: 'tomorrow' },
      invented: { invented: 'x' },
      name: { name: '' },
    });
    expect(values.role?.role).toEqual({ type: 'radio_buttons', selected_option: null });
    expect(values.topics?.topics).toEqual({ type: 'multi_static_select', selected_options: [option('a')] });
    expect(values.day?.day).toEqual({ type: 'datepicker', selected_date: null });
    expect(values.name?.name).toEqual({ type: 'plain_text_input', value: null });
    expect(values).not.toHaveProperty('invented');
  });

  it("reads the app's own cohort modal", () => {
    const modal = cohortCreateModal(messagesFor('en'), {
      startDate: '2027-01-04',
      weeks: 12,
      cadence: 'weekly',
      nudgeDay: 'mon',
      nudgeTime: '09:00',
      timezone: 'Europe/Stockholm',
      capacity: 1,
    });
    const values = stateFromForm(modal.blocks, {
      [COHORT_CREATE.cadence]: { [COHORT_CREATE.cadence]: 'biweekly' },
      [COHORT_CREATE.startDate]: { [COHORT_CREATE.startDate]: null },
    });
    expect(Object.keys(values).sort()).toEqual(Object.values(COHORT_CREATE).sort());
    expect(values[COHORT_CREATE.cadence]?.[COHORT_CREATE.cadence]).toMatchObject({ selected_option: { value: 'biweekly' } });
    // Left out: what the view started with, as in Slack when nobody touches it; null: emptied.
    expect(values[COHORT_CREATE.nudgeTime]?.[COHORT_CREATE.nudgeTime]).toMatchObject({ selected_time: '09:00' });
    expect(values[COHORT_CREATE.weeks]?.[COHORT_CREATE.weeks]).toMatchObject({ value: '12' });
    expect(values[COHORT_CREATE.timezone]?.[COHORT_CREATE.timezone]).toMatchObject({ selected_option: { value: 'Europe/Stockholm' } });
    expect(values[COHORT_CREATE.startDate]?.[COHORT_CREATE.startDate]).toEqual({ type: 'datepicker', selected_date: null });
    expect(values[COHORT_CREATE.summaryChannel]?.[COHORT_CREATE.summaryChannel]).toEqual({ type: 'conversations_select', selected_conversation: null });
  });

  it('gives a select action its selected option, and a button nothing extra', () => {
    expect(actionFields({ type: 'static_select', options: [option('a')] }, 'a')).toEqual({ selected_option: option('a') });
    expect(actionFields({ type: 'users_select' }, 'U1')).toEqual({ selected_user: 'U1' });
    expect(actionFields({ type: 'button' }, 'x')).toEqual({});
  });
});
