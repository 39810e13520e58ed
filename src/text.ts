/**
 * Text from people, made safe to store and to show: typed text (modals, commands) and names Slack gives us
 * (display names). Pure functions; no Slack, no database.
 */

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

/**
 * A display name from Slack's users.info as it is stored: one line, without control, invisible or
 * bidirectional-override characters (a name with `\r=2+2` or U+202E cannot split a CSV row or read backwards
 * anywhere it is shown). Null when nothing readable is left.
 */
export function cleanDisplayName(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const cleaned = cleanText(raw);
  return cleaned === '' ? null : cleaned;
}
