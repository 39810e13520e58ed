/**
 * `files.*`: Slack's two-step upload (`files.getUploadURLExternal`, the bytes to the `upload_url`, then
 * `files.completeUploadExternal`, which shares the file in a channel), and each file's bytes at its `url_private`.
 */
import type { ServerResponse } from 'node:http';
import { storeMessage } from './chat';
import { resolveChannel } from './conversations';
import type { WorkspaceState } from './state';
import { FAKE_TEAM } from './team';
import type { FakeFile, StoredMessage } from './types';
import { err, isRecord, ok, refuse, str, type MethodTable, type Reply } from './wire';

function guessMime(filename: string): string {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    svg: 'image/svg+xml',
    csv: 'text/csv',
    ics: 'text/calendar',
    txt: 'text/plain',
    json: 'application/json',
    pdf: 'application/pdf',
  };
  return types[ext] ?? 'application/octet-stream';
}

/** `GET` URL of an uploaded file's bytes on the stand-in. */
export function fileUrl(state: WorkspaceState, fileId: string): string {
  const file = state.files.get(fileId);
  return `${state.baseUrl}/files/${encodeURIComponent(fileId)}/${encodeURIComponent(file?.filename ?? 'file')}`;
}

function completeUpload(state: WorkspaceState, args: Record<string, unknown>): Reply {
  const list = args.files;
  if (!Array.isArray(list) || list.length === 0) return err('invalid_arguments');
  const channelArg = str(args.channel_id) ?? str(args.channels);
  const channel = channelArg ? resolveChannel(state, channelArg) : undefined;
  const now = Math.floor(Date.now() / 1000);
  const out: Array<Record<string, unknown>> = [];
  const files: FakeFile[] = [];
  for (const entry of list) {
    const id = isRecord(entry) ? str(entry.id) : undefined;
    const file = id !== undefined ? state.files.get(id) : undefined;
    if (!file || !file.bytes) return err('file_not_found');
    // files.getUploadURLExternal takes the file's `length` "in bytes" and the upload is to be that file
    // (https://docs.slack.dev/reference/methods/files.getUploadURLExternal); Slack does not publish the error for
    // an upload of another size, so the stand-in answers with the one for a file it cannot complete.
    if (state.rules.on('uploadLength') && file.bytes.length !== file.length) {
      return refuse('uploadLength', 'file_not_found', { response_metadata: { messages: [`[ERROR] uploaded ${file.bytes.length} bytes, announced ${file.length}`] } });
    }
    files.push(file);
    const title = (isRecord(entry) ? str(entry.title) : undefined) ?? file.filename;
    file.title = title;
    file.completed = true;
    if (channel !== undefined) file.channelId = channel;
    const comment = str(args.initial_comment);
    if (comment !== undefined) file.initialComment = comment;
    const thread = str(args.thread_ts);
    if (thread !== undefined) file.threadTs = thread;
    const mimetype = guessMime(file.filename);
    out.push({
      id: file.id,
      created: now,
      timestamp: now,
      name: file.filename,
      title,
      mimetype,
      filetype: file.filename.includes('.') ? (file.filename.split('.').pop() ?? '') : 'binary',
      pretty_type: mimetype,
      user: FAKE_TEAM.botUserId,
      user_team: FAKE_TEAM.teamId,
      editable: false,
      size: file.bytes.length,
      mode: 'hosted',
      is_external: false,
      is_public: false,
      public_url_shared: false,
      display_as_bot: false,
      url_private: fileUrl(state, file.id),
      url_private_download: fileUrl(state, file.id),
      permalink: `${FAKE_TEAM.url}files/${FAKE_TEAM.botUserId}/${file.id}/${file.filename}`,
      channels: [],
      groups: [],
      ims: [],
      comments_count: 0,
    });
  }
  if (channel !== undefined) {
    const msg: StoredMessage = {
      type: 'message',
      subtype: 'file_share',
      channel,
      ts: state.nextTs(channel),
      text: str(args.initial_comment) ?? '',
      user: FAKE_TEAM.botUserId,
      bot_id: FAKE_TEAM.botId,
      app_id: FAKE_TEAM.appId,
      team: FAKE_TEAM.teamId,
      files: files.map((f) => ({ id: f.id, name: f.filename, title: f.title ?? f.filename })),
    };
    const thread = str(args.thread_ts);
    if (thread !== undefined) msg.thread_ts = thread;
    storeMessage(state, msg);
  }
  return ok({ files: out });
}

export function filesMethods(state: WorkspaceState): MethodTable {
  return {
    'files.getUploadURLExternal': (args) => {
      const filename = str(args.filename);
      const length = Number(args.length);
      if (!filename || !Number.isFinite(length)) return err('invalid_arguments');
      const id = state.nextId('F');
      const file: FakeFile = { id, filename, length, completed: false };
      const alt = str(args.alt_text);
      if (alt !== undefined) file.altText = alt;
      state.files.set(id, file);
      return ok({ upload_url: `${state.baseUrl}/upload/${id}`, file_id: id });
    },
    'files.completeUploadExternal': (args) => completeUpload(state, args),
  };
}

/** The bytes posted to a file's `upload_url` (Slack answers `OK - <length>` as text). */
export function receiveUpload(state: WorkspaceState, fileId: string, bytes: Buffer, contentType: string): Reply {
  const file = state.files.get(fileId);
  if (!file) return { status: 404, body: 'file not found' };
  file.bytes = bytes;
  file.contentType = contentType;
  return { status: 200, body: `OK - ${bytes.length}` };
}

/** An uploaded file, as Slack serves `url_private`; `view` shows text files as text instead of a download. */
export function serveFile(state: WorkspaceState, res: ServerResponse, fileId: string, view: boolean): void {
  const file = state.files.get(fileId);
  if (!file?.bytes) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('file not found');
    return;
  }
  const mime = guessMime(file.filename);
  const textual = mime.startsWith('text/') || mime === 'application/json';
  const safeName = file.filename.replace(/[^\w.-]+/g, '_');
  res.writeHead(200, {
    'content-type': textual ? `${view ? 'text/plain' : mime}; charset=utf-8` : mime,
    'content-length': String(file.bytes.length),
    'content-disposition': `${view || !textual ? 'inline' : 'attachment'}; filename="${safeName}"`,
    // Whatever was uploaded is shown as what it says it is, never run as a page.
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    'cache-control': 'no-store',
  });
  res.end(file.bytes);
}
