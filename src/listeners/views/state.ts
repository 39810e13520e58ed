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

/**
 * Invisible characters that can only mislead a reader: C0/C1 controls, zero-width and joiner characters, the
 * bidirectional marks, embeddings, overrides and isolates (which can make text read backwards), the BOM,
 * interlinear annotation marks and lone UTF-16 surrogates.
 */
const INVISIBLE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** The zero-width joiner is kept only where it joins two emoji (👩‍💻); anywhere else it hides something. */
const STRAY_JOINER = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/**
 * Text as people type it, made safe to store: Unicode normalised, invisible and control characters removed (a
 * newline stays where `multiline`; elsewhere line breaks become spaces), surrounding space trimmed. Length
 * limits are checked on the result.
 */
export function cleanText(raw: string | undefined, multiline = false): string {
  if (raw === undefined) return '';
  const withoutControls = multiline
    ? raw.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(INVISIBLE, '').replace(STRAY_JOINER, '')
    : raw.replace(/[\n\r\u2028\u2029]/g, ' ').replace(INVISIBLE, ' ').replace(STRAY_JOINER, ' ').replace(/\s+/g, ' ');
  return withoutControls.normalize('NFC').trim();
}

/** Length as a person counts it (code points, not UTF-16 units), so an emoji counts once. */
export function textLength(text: string): number {
  return [...text].length;
}
