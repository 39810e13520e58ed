/** The workspace and bot the stand-in pretends to be, and the methods that say so. */
import { ok, type MethodTable } from './wire';

/** The fixed identity of the workspace and bot the fake pretends to be. */
export const FAKE_TEAM = {
  teamId: 'T1',
  teamName: 'Acme',
  teamDomain: 'acme',
  url: 'https://acme.slack.com/',
  botUserId: 'UBOT',
  botId: 'BBOT',
  botName: 'reverse-mentor',
  appId: 'A0REVMENTOR',
} as const;

/** `api.test` and `auth.test`: who the token belongs to. */
export function teamMethods(): MethodTable {
  return {
    'api.test': (args) => ok({ args }),
    'auth.test': () =>
      ok({
        url: FAKE_TEAM.url,
        team: FAKE_TEAM.teamName,
        user: FAKE_TEAM.botName,
        team_id: FAKE_TEAM.teamId,
        user_id: FAKE_TEAM.botUserId,
        bot_id: FAKE_TEAM.botId,
        is_enterprise_install: false,
      }),
  };
}
