/**
 * `views.*`: modals opened, pushed and updated, App Home tabs published; and what Slack's client does with them —
 * each person's stack of open modals, and a view submission's answer (update, push, clear, errors or close).
 */
import { blockKitRefusal, VIEW_STACK_LIMIT } from './rules';
import { stripSeq, type KeptView, type WorkspaceState } from './state';
import { FAKE_TEAM } from './team';
import type { StoredView, ViewSubmissionOutcome } from './types';
import { err, isRecord, ok, refuse, str, type MethodTable, type Reply } from './wire';

export interface ViewFilter {
  callbackId?: string;
  userId?: string;
  type?: string;
}

function viewArg(args: Record<string, unknown>): Record<string, unknown> | undefined {
  return isRecord(args.view) ? args.view : undefined;
}

/**
 * Why Slack would refuse this trigger id (rules.ts: made up, already exchanged, or past its 3 s), or nothing.
 */
function triggerRefusal(state: WorkspaceState, trigger: string): Reply | undefined {
  const { rules } = state;
  const issuedAt = state.triggerIssuedAt.get(trigger);
  if (rules.on('triggerReuse')) {
    if (issuedAt === undefined) return refuse('triggerReuse', 'invalid_trigger_id');
    if (state.triggersUsed.has(trigger)) return refuse('triggerReuse', 'exchanged_trigger_id');
  }
  if (rules.on('triggerLife') && issuedAt !== undefined && state.clock() - issuedAt > state.triggerLifeMs) return refuse('triggerLife', 'expired_trigger_id');
  return undefined;
}

function buildView(state: WorkspaceState, given: Record<string, unknown>, base: Partial<StoredView> & { id: string }): KeptView {
  const type = str(given.type) ?? base.type ?? 'modal';
  const view = {
    team_id: FAKE_TEAM.teamId,
    app_installed_team_id: FAKE_TEAM.teamId,
    app_id: FAKE_TEAM.appId,
    bot_id: FAKE_TEAM.botId,
    type,
    blocks: [],
    private_metadata: '',
    callback_id: '',
    external_id: '',
    state: { values: {} },
    title: { type: 'plain_text', text: type === 'home' ? 'View Title' : '', emoji: true },
    close: null,
    submit: null,
    clear_on_close: false,
    notify_on_close: false,
    previous_view_id: null,
    root_view_id: base.id,
    ...base,
    ...given,
    id: base.id,
    hash: state.nextHash(),
    seq: state.viewSeq,
  };
  return view as unknown as KeptView;
}

/** The most recently opened/updated view matching the filter. */
export function latestView(state: WorkspaceState, filter: ViewFilter = {}): StoredView | undefined {
  let best: KeptView | undefined;
  for (const v of state.views.values()) {
    if (filter.callbackId !== undefined && v.callback_id !== filter.callbackId) continue;
    if (filter.userId !== undefined && v.user_id !== filter.userId) continue;
    if (filter.type !== undefined && v.type !== filter.type) continue;
    if (!best || v.seq > best.seq) best = v;
  }
  return best ? stripSeq(best) : undefined;
}

export function viewById(state: WorkspaceState, viewId: string): StoredView | undefined {
  const v = state.views.get(viewId);
  return v ? stripSeq(v) : undefined;
}

/** Latest published App Home view of a user. */
export function homeOf(state: WorkspaceState, userId: string): StoredView | undefined {
  const id = state.homes.get(userId);
  const v = id !== undefined ? state.views.get(id) : undefined;
  return v ? stripSeq(v) : undefined;
}

function openView(state: WorkspaceState, args: Record<string, unknown>, push: boolean): Reply {
  const trigger = str(args.trigger_id);
  if (!trigger) return err('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing required field: trigger_id'] } });
  const given = viewArg(args);
  if (!given) return err('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing required field: view'] } });
  if (str(given.type) !== 'modal') return err('invalid_arguments', { response_metadata: { messages: ['[ERROR] must be a modal view'] } });
  const refused = blockKitRefusal(state.rules, given.blocks, 'view') ?? triggerRefusal(state, trigger);
  if (refused) return refused;
  const userId = state.triggers.get(trigger);
  if (push && userId !== undefined && state.rules.on('pushLimit') && (state.stacks.get(userId)?.length ?? 0) >= VIEW_STACK_LIMIT) {
    return refuse('pushLimit', 'push_limit_reached');
  }
  state.triggersUsed.add(trigger);
  const id = state.nextId('V');
  const base: Partial<StoredView> & { id: string } = { id };
  if (userId !== undefined) base.user_id = userId;
  if (push) {
    const parent = latestView(state, userId !== undefined ? { userId, type: 'modal' } : { type: 'modal' });
    if (parent) {
      base.previous_view_id = parent.id;
      base.root_view_id = parent.root_view_id ?? parent.id;
    }
  }
  const view = buildView(state, given, base);
  state.views.set(id, view);
  if (userId !== undefined) {
    // views.open starts a new stack (what Slack shows replaces any modal left open); views.push adds to it.
    state.stacks.set(userId, push ? [...(state.stacks.get(userId) ?? []), id] : [id]);
  }
  return ok({ view: stripSeq(view) });
}

function updateView(state: WorkspaceState, args: Record<string, unknown>): Reply {
  const given = viewArg(args);
  if (!given) return err('invalid_arguments');
  const refused = blockKitRefusal(state.rules, given.blocks, 'view');
  if (refused) return refused;
  const viewId = str(args.view_id);
  const externalId = str(args.external_id);
  if (!viewId && !externalId) return err('invalid_arguments');
  const current = viewId
    ? state.views.get(viewId)
    : [...state.views.values()].find((v) => v.external_id === externalId);
  if (!current) return err('not_found');
  const hash = str(args.hash);
  if (hash !== undefined && hash !== current.hash) return err('hash_conflict');
  // views.update replaces the whole view; only its identity carries over.
  const base: Partial<StoredView> & { id: string } = {
    id: current.id,
    type: current.type,
    previous_view_id: current.previous_view_id,
    root_view_id: current.root_view_id,
  };
  if (current.user_id !== undefined) base.user_id = current.user_id;
  const view = buildView(state, given, base);
  state.views.set(view.id, view);
  return ok({ view: stripSeq(view) });
}

function publishView(state: WorkspaceState, args: Record<string, unknown>): Reply {
  const userId = str(args.user_id);
  if (!userId) return err('invalid_arguments');
  const user = state.users.get(userId);
  if (user?.deleted) return err('user_not_found');
  const given = viewArg(args);
  if (!given || str(given.type) !== 'home') return err('invalid_arguments');
  const refused = blockKitRefusal(state.rules, given.blocks, 'view');
  if (refused) return refused;
  const existingId = state.homes.get(userId);
  const existing = existingId !== undefined ? state.views.get(existingId) : undefined;
  const hash = str(args.hash);
  if (existing && hash !== undefined && hash !== existing.hash) return err('hash_conflict');
  const id = existingId ?? state.nextId('V');
  const view = buildView(state, given, { id, user_id: userId, type: 'home' });
  state.views.set(id, view);
  state.homes.set(userId, id);
  return ok({ view: stripSeq(view) });
}

/** The modals a person has open, bottom first. */
export function openModalsOf(state: WorkspaceState, userId: string): StoredView[] {
  return (state.stacks.get(userId) ?? []).flatMap((id) => {
    const view = state.views.get(id);
    return view ? [stripSeq(view)] : [];
  });
}

/** The person closed a modal (and the ones stacked on it); `all` closes the whole stack. */
export function closeModal(state: WorkspaceState, userId: string, viewId: string, all = false): void {
  const stack = state.stacks.get(userId) ?? [];
  const at = stack.indexOf(viewId);
  if (all || at <= 0) state.stacks.delete(userId);
  else state.stacks.set(userId, stack.slice(0, at));
}

/** Applies the app's answer to a view submission as Slack does: update, push, clear, errors, or close. */
export function applyViewSubmission(state: WorkspaceState, userId: string, viewId: string, answer: unknown): ViewSubmissionOutcome {
  const body = isRecord(answer) ? answer : {};
  const stack = state.stacks.get(userId) ?? [];
  const action = str(body.response_action);
  const given = viewArg(body);
  let errors: Record<string, string> | undefined;
  if (action === 'errors') {
    errors = Object.fromEntries(Object.entries(isRecord(body.errors) ? body.errors : {}).map(([block, text]) => [block, str(text) ?? '']));
  } else if (action === 'update' && given) {
    const current = state.views.get(viewId);
    if (current) {
      const base: Partial<StoredView> & { id: string } = {
        id: current.id,
        type: 'modal',
        previous_view_id: current.previous_view_id,
        root_view_id: current.root_view_id,
        user_id: userId,
      };
      state.views.set(current.id, buildView(state, given, base));
    }
  } else if (action === 'push' && given) {
    const id = state.nextId('V');
    const root = state.views.get(viewId);
    state.views.set(id, buildView(state, given, { id, user_id: userId, type: 'modal', previous_view_id: viewId, root_view_id: root?.root_view_id ?? viewId }));
    state.stacks.set(userId, [...stack, id]);
  } else if (action === 'clear') {
    state.stacks.delete(userId);
  } else {
    // An empty acknowledgement closes the view that was submitted.
    const at = stack.indexOf(viewId);
    if (at <= 0) state.stacks.delete(userId);
    else state.stacks.set(userId, stack.slice(0, at));
  }
  return { ...(errors ? { errors } : {}), open: [...(state.stacks.get(userId) ?? [])] };
}

export function viewsMethods(state: WorkspaceState): MethodTable {
  return {
    'views.open': (args) => openView(state, args, false),
    'views.push': (args) => openView(state, args, true),
    'views.update': (args) => updateView(state, args),
    'views.publish': (args) => publishView(state, args),
  };
}
