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

export function selectedTime(values: StateValues, id: string): string | undefined {
  return read(values, id)?.selected_time ?? undefined;
}

/**
 * Text as people type it, made safe to store: Unicode normalised, control characters removed (a newline stays
 * where `multiline`), surrounding space trimmed. Length limits are checked on the result.
 */
export function cleanText(raw: string | undefined, multiline = false): string {
  if (raw === undefined) return '';
  const withoutControls = multiline
    ? raw.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    : raw.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ');
  return withoutControls.normalize('NFC').trim();
}

/** Length as a person counts it (code points, not UTF-16 units), so an emoji counts once. */
export function textLength(text: string): number {
  return [...text].length;
}
