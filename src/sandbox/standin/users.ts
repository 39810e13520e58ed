/** `users.*`: the people of the workspace, with their time zone and language as Slack reports them. */
import { BASE_TS_SECONDS, type WorkspaceState } from './state';
import { FAKE_TEAM } from './team';
import type { FakeUser, FakeUserInput } from './types';
import { err, isTrue, ok, str, type MethodTable } from './wire';

/** Current UTC offset (seconds) and long name of an IANA zone, as Slack reports `tz_offset` / `tz_label`. */
export function tzInfo(tz: string, at: Date = new Date()): { offset: number; label: string } {
  const offsetName =
    new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{1,2}):?(\d{2})?/.exec(offsetName);
  const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60) : 0;
  const label =
    new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'long' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? tz;
  return { offset, label };
}

export function addUser(state: WorkspaceState, input: FakeUserInput): FakeUser {
  const tz = input.tz ?? 'Europe/Stockholm';
  tzInfo(tz); // throws RangeError early for an invalid zone
  const user: FakeUser = {
    id: input.id,
    name: input.name,
    realName: input.realName ?? input.name,
    displayName: input.displayName ?? input.name,
    tz,
    locale: input.locale ?? 'en-US',
    deleted: input.deleted ?? false,
    isBot: input.isBot ?? false,
  };
  if (input.email !== undefined) user.email = input.email;
  state.users.set(user.id, user);
  return user;
}

/** The app's own bot user, which every workspace has. */
export function addBotUser(state: WorkspaceState): void {
  addUser(state, { id: FAKE_TEAM.botUserId, name: FAKE_TEAM.botName, realName: 'Reverse Mentor', isBot: true });
}

function userObject(u: FakeUser, includeLocale: boolean): Record<string, unknown> {
  const { offset, label } = tzInfo(u.tz);
  const profile: Record<string, unknown> = {
    real_name: u.realName,
    real_name_normalized: u.realName,
    display_name: u.displayName,
    display_name_normalized: u.displayName,
    team: FAKE_TEAM.teamId,
    image_72: `https://avatars.example/${u.id}_72.png`,
  };
  if (u.email !== undefined) profile.email = u.email;
  if (u.isBot) profile.bot_id = u.id === FAKE_TEAM.botUserId ? FAKE_TEAM.botId : `B${u.id.slice(1)}`;
  const obj: Record<string, unknown> = {
    id: u.id,
    team_id: FAKE_TEAM.teamId,
    name: u.name,
    deleted: u.deleted,
    color: '9f69e7',
    real_name: u.realName,
    tz: u.tz,
    tz_label: label,
    tz_offset: offset,
    profile,
    is_admin: false,
    is_owner: false,
    is_primary_owner: false,
    is_restricted: false,
    is_ultra_restricted: false,
    is_bot: u.isBot,
    is_app_user: false,
    updated: BASE_TS_SECONDS,
  };
  if (includeLocale) obj.locale = u.locale;
  return obj;
}

export function usersMethods(state: WorkspaceState): MethodTable {
  return {
    'users.info': (args) => {
      const user = state.users.get(str(args.user) ?? '');
      if (!user) return err('user_not_found');
      return ok({ user: userObject(user, isTrue(args.include_locale)) });
    },
    'users.list': (args) =>
      ok({
        members: [...state.users.values()].map((u) => userObject(u, isTrue(args.include_locale))),
        cache_ts: Math.floor(Date.now() / 1000),
        response_metadata: { next_cursor: '' },
      }),
  };
}
