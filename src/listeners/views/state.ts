import { z } from 'zod';

/**
 * Reading `view.state.values` the way Slack sends it: values[block_id][action_id] = { type, …value }.
 * Schemas pick what they need and let unknown fields through (STYLE.md principle 2).
 */
const option = z.looseObject({ value: z.string() });
const element = z
  .looseObject({
    type: z.string().optional(),
    value: z.string().nullish(),
    selected_option: option.nullish(),
    selected_options: z.array(option).nullish(),
    selected_user: z.string().nullish(),
    selected_conversation: z.string().nullish(),
    selected_channel: z.string().nullish(),
    selected_date: z.string().nullish(),
    selected_time: z.string().nullish(),
    selected_date_time: z.number().nullish(),
  });

export const stateValues = z.record(z.string(), z.record(z.string(), element));
export type StateValues = z.infer<typeof stateValues>;

/** The one element in block `blockId` whose action id is the same (our convention: block_id = action_id). */
function read(values: StateValues, id: string) {
  return values[id]?.[id];
}

export function textValue(values: StateValues, id: string): string | undefined {
  return read(values, id)?.value ?? undefined;
}

export function selectedValue(values: StateValues, id: string): string | undefined {
  return read(values, id)?.selected_option?.value;
}

export function selectedValues(values: StateValues, id: string): string[] {
  return read(values, id)?.selected_options?.map((selected) => selected.value) ?? [];
}

export function selectedUser(values: StateValues, id: string): string | undefined {
  return read(values, id)?.selected_user ?? undefined;
}

export function selectedConversation(values: StateValues, id: string): string | undefined {
  const element = read(values, id);
  return element?.selected_conversation ?? element?.selected_channel ?? undefined;
}

export function selectedDate(values: StateValues, id: string): string | undefined {
  return read(values, id)?.selected_date ?? undefined;
}

/** A datetimepicker's value: unix seconds. */
export function selectedDateTime(values: StateValues, id: string): number | undefined {
  return read(values, id)?.selected_date_time ?? undefined;
}

export function selectedTime(values: StateValues, id: string): string | undefined {
  return read(values, id)?.selected_time ?? undefined;
}

/** Cleaning typed text lives with the rest of the app's text rules (display names from Slack are cleaned the same way). */
export { cleanText, textLength } from '../../text';
