/**
 * The wire format `@slack/web-api` 8 speaks to the stand-in: url-encoded, JSON or multipart bodies in, Slack's
 * `{ ok, error }` envelopes out. Shared by every room that answers a Web API method.
 */
import type { FakeCall, SlackRule } from './types';

/** What a Web API method answers: a status, a body (JSON, or text for the upload URL) and extra headers. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The rule of Slack's this call broke, when that is why it is refused (rules.ts). */
  rule?: SlackRule;
}

/** One Web API method: the parsed arguments in, the answer out (the call is recorded before it is answered). */
export type Handler = (args: Record<string, unknown>, call: FakeCall) => Reply;

/** The methods a room answers, by Web API method name (`chat.postMessage`). */
export type MethodTable = Record<string, Handler>;

export const ok = (body: Record<string, unknown> = {}): Reply => ({ status: 200, body: { ok: true, ...body } });
export const err = (error: string, extra: Record<string, unknown> = {}): Reply => ({
  status: 200,
  body: { ok: false, error, ...extra },
});

/** A refusal because the call broke one of Slack's rules (recorded on the call as `brokeRule`). */
export const refuse = (rule: SlackRule, error: string, extra: Record<string, unknown> = {}): Reply => ({ ...err(error, extra), rule });

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isTrue(v: unknown): boolean {
  return v === true || v === 1 || v === 'true' || v === '1';
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Top-level form fields that carry free text and must never be JSON-parsed. */
const TEXT_FIELDS = new Set([
  'text',
  'markdown_text',
  'initial_comment',
  'title',
  'alt_text',
  'filename',
  'private_metadata',
  'ts',
  'thread_ts',
  'message_ts',
  'token',
]);

function coerceFormValue(key: string, value: string): unknown {
  if (TEXT_FIELDS.has(key)) return value;
  const t = value.trim();
  if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

function parseForm(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(text)) out[k] = coerceFormValue(k, v);
  return out;
}

export interface MultipartPart {
  name?: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** Minimal multipart/form-data parser (enough for undici's FormData and curl). */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundaryText = (m?.[1] ?? m?.[2])?.trim();
  if (!boundaryText) return [];
  const delimiter = Buffer.from(`--${boundaryText}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    let start = pos + delimiter.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break; // closing "--"
    if (body[start] === 0x0d && body[start + 1] === 0x0a) start += 2;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    let end = next;
    if (body[end - 2] === 0x0d && body[end - 1] === 0x0a) end -= 2;
    const raw = body.subarray(start, end);
    const headerEnd = raw.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = raw.subarray(0, headerEnd).toString('utf8');
      const part: MultipartPart = { data: Buffer.from(raw.subarray(headerEnd + 4)) };
      const name = /\bname="([^"]*)"/i.exec(headers)?.[1];
      const filename = /\bfilename="([^"]*)"/i.exec(headers)?.[1];
      const type = /^content-type:\s*(.+)$/im.exec(headers)?.[1];
      if (name !== undefined) part.name = name;
      if (filename !== undefined) part.filename = filename;
      if (type !== undefined) part.contentType = type.trim();
      parts.push(part);
    }
    pos = next;
  }
  return parts;
}

/** A request body as the arguments of a call: multipart, JSON, or url-encoded (JSON-looking fields parsed). */
export function parseBody(body: Buffer, contentType: string): Record<string, unknown> {
  if (body.length === 0) return {};
  if (contentType.startsWith('multipart/form-data')) {
    const out: Record<string, unknown> = {};
    for (const part of parseMultipart(body, contentType)) {
      if (part.name === undefined) continue;
      out[part.name] =
        part.filename !== undefined ? part.data : coerceFormValue(part.name, part.data.toString('utf8'));
    }
    return out;
  }
  const text = body.toString('utf8');
  const looksJson = /^\s*[{[]/.test(text) && !contentType.startsWith('application/x-www-form-urlencoded');
  if (contentType.startsWith('application/json') || looksJson) {
    try {
      const parsed: unknown = JSON.parse(text);
      return isRecord(parsed) ? parsed : { _json: parsed };
    } catch {
      return { _raw: text };
    }
  }
  return parseForm(text);
}
