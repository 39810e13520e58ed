import type { ViewStateValue } from '@slack/bolt';
import type { StateValues } from './standin/requests';

/**
 * What the sandbox page sends when a person fills in a modal (block id → action id → the raw value of a form
 * control) turned into `view.state.values` exactly as Slack builds it from the same view: every input block is
 * present, empty ones as null, selections carry the option objects the app rendered. A value the view does not
 * offer (an option that is not there, an input that does not exist) is dropped, as Slack's client could not
 * send it.
 */

export type RawValue = string | string[] | null | undefined;
export type RawForm = Record<string, Record<string, RawValue>>;

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every option of a select, radio group or checkbox group, option groups flattened. */
export function optionsOf(element: Json): Json[] {
  const direct = Array.isArray(element.options) ? element.options.filter(isRecord) : [];
  const grouped = Array.isArray(element.option_groups)
    ? element.option_groups.filter(isRecord).flatMap((group) => (Array.isArray(group.options) ? group.options.filter(isRecord) : []))
    : [];
  return [...direct, ...grouped];
}

const single = (raw: RawValue): string | null => {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && value !== '' ? value : null;
};

const many = (raw: RawValue): string[] => (Array.isArray(raw) ? raw : typeof raw === 'string' && raw !== '' ? [raw] : []);

function pickOptions(element: Json, values: string[]): Json[] {
  const options = optionsOf(element);
  return values.flatMap((value) => options.filter((candidate) => candidate.value === value).slice(0, 1));
}

/** One element's state from its raw value, in the shape Slack reports for that element type. */
export function elementState(element: Json, raw: RawValue): ViewStateValue | undefined {
  const type = typeof element.type === 'string' ? element.type : '';
  switch (type) {
    case 'plain_text_input':
    case 'number_input':
    case 'email_text_input':
    case 'url_text_input':
      return { type, value: single(raw) } as ViewStateValue;
    case 'static_select':
    case 'external_select':
    case 'radio_buttons': {
      const [chosen] = pickOptions(element, many(raw).slice(0, 1));
      return { type, selected_option: chosen ?? null } as ViewStateValue;
    }
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return { type, selected_options: pickOptions(element, many(raw)) } as unknown as ViewStateValue;
    case 'users_select':
      return { type, selected_user: single(raw) } as ViewStateValue;
    case 'multi_users_select':
      return { type, selected_users: many(raw) } as ViewStateValue;
    case 'conversations_select':
      return { type, selected_conversation: single(raw) } as ViewStateValue;
    case 'multi_conversations_select':
      return { type, selected_conversations: many(raw) } as ViewStateValue;
    case 'channels_select':
      return { type, selected_channel: single(raw) } as ViewStateValue;
    case 'multi_channels_select':
      return { type, selected_channels: many(raw) } as ViewStateValue;
    case 'datepicker': {
      const date = single(raw);
      return { type, selected_date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null } as ViewStateValue;
    }
    case 'timepicker': {
      const time = single(raw);
      const state: Json = { type, selected_time: time && /^\d{2}:\d{2}$/.test(time) ? time : null };
      if (typeof element.timezone === 'string') state.timezone = element.timezone;
      return state as unknown as ViewStateValue;
    }
    case 'datetimepicker': {
      const seconds = Number(single(raw));
      return { type, selected_date_time: Number.isFinite(seconds) && single(raw) !== null ? seconds : null } as ViewStateValue;
    }
    default:
      return undefined;
  }
}

/** What an element shows before anyone touches it (its `initial_*`), as a raw value. */
export function initialValue(element: Json): RawValue {
  const value = (key: string) => (typeof element[key] === 'string' ? (element[key] as string) : undefined);
  const optionValue = (option: unknown) => (isRecord(option) && typeof option.value === 'string' ? option.value : undefined);
  const list = (key: string): string[] =>
    Array.isArray(element[key]) ? (element[key] as unknown[]).flatMap((item) => (typeof item === 'string' ? [item] : (optionValue(item) ?? []))) : [];
  switch (element.type) {
    case 'static_select':
    case 'external_select':
    case 'radio_buttons':
      return optionValue(element.initial_option) ?? null;
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return list('initial_options');
    case 'users_select':
      return value('initial_user') ?? null;
    case 'multi_users_select':
      return list('initial_users');
    case 'conversations_select':
      return value('initial_conversation') ?? null;
    case 'multi_conversations_select':
      return list('initial_conversations');
    case 'channels_select':
      return value('initial_channel') ?? null;
    case 'multi_channels_select':
      return list('initial_channels');
    case 'datepicker':
      return value('initial_date') ?? null;
    case 'timepicker':
      return value('initial_time') ?? null;
    case 'datetimepicker':
      return typeof element.initial_date_time === 'number' ? String(element.initial_date_time) : null;
    default:
      return value('initial_value') ?? null;
  }
}

/**
 * `view.state.values` for a modal's blocks from what the person entered. An input the form leaves out keeps what
 * the view started with (its initial value), as it does in Slack when nobody touches it; `null` empties it.
 */
export function stateFromForm(blocks: readonly unknown[], form: RawForm): StateValues {
  const values: StateValues = {};
  for (const block of blocks) {
    if (!isRecord(block) || block.type !== 'input' || typeof block.block_id !== 'string' || !isRecord(block.element)) continue;
    const element = block.element;
    if (typeof element.action_id !== 'string') continue;
    const given = form[block.block_id]?.[element.action_id];
    const state = elementState(element, given === undefined ? initialValue(element) : given);
    if (state) values[block.block_id] = { [element.action_id]: state };
  }
  return values;
}

/**
 * The fields Slack puts on a block action for an element that was used with `raw` (a select's choice, a date…);
 * buttons need none (their value comes from the element itself).
 */
export function actionFields(element: Json, raw: RawValue): Json {
  const state = elementState(element, raw) as Json | undefined;
  if (!state) return {};
  const { type: _type, value: _value, ...fields } = state;
  // A text input's action carries its value as `value`; the client puts `opts.value` there.
  return fields;
}
