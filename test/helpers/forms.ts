import { COHORT_CREATE, JOIN } from '../../src/views/ids';
import { input, type StateValues } from '../support/slack-requests';

/** One input's state as Slack sends it, for our convention block_id = action_id. */
export function field(id: string, value: unknown): StateValues {
  return { [id]: { [id]: value } } as StateValues;
}

/** A valid `cohort_create` submission; change any field with `overrides` (values as `input.*` builds them). */
export function cohortForm(overrides: { name?: string; startDate?: string; weeks?: number; channel?: string } = {}): StateValues {
  return {
    ...field(COHORT_CREATE.name, input.plain(overrides.name ?? 'Autumn 2027')),
    ...field(COHORT_CREATE.startDate, input.datepicker(overrides.startDate ?? '2027-01-04')),
    ...field(COHORT_CREATE.weeks, input.number(overrides.weeks ?? 12)),
    ...field(COHORT_CREATE.cadence, input.staticSelect('weekly')),
    ...field(COHORT_CREATE.nudgeDay, input.staticSelect('mon')),
    ...field(COHORT_CREATE.nudgeTime, input.timepicker('09:00')),
    ...field(COHORT_CREATE.timezone, input.staticSelect('Europe/Stockholm')),
    ...field(COHORT_CREATE.summaryChannel, input.conversationsSelect(overrides.channel ?? 'C0SUMMARY')),
    ...field(COHORT_CREATE.capacity, input.staticSelect('1')),
  };
}

/** A valid `join` submission (a mentor in Marketing); change any field with `overrides`, keyed as in JOIN. */
export function joinForm(overrides: Partial<Record<keyof typeof JOIN, unknown>> = {}, managerId = 'U0BOSS0001'): StateValues {
  const values: Record<string, unknown> = {
    [JOIN.role]: input.radio('mentor'),
    [JOIN.department]: input.plain('Marketing'),
    [JOIN.seniority]: input.staticSelect('0-2'),
    [JOIN.topics]: input.multiStaticSelect(['digital-tools', 'ai-at-work']),
    [JOIN.manager]: input.usersSelect(managerId),
    [JOIN.goals]: input.plain('Help my leader understand TikTok'),
    [JOIN.meeting]: input.staticSelect('video'),
    [JOIN.confidentiality]: input.checkboxes(['agree']),
    ...Object.fromEntries(Object.entries(overrides).map(([key, value]) => [JOIN[key as keyof typeof JOIN], value])),
  };
  return Object.fromEntries(Object.entries(values).map(([block, value]) => [block, { [block]: value }])) as StateValues;
}
