/**
 * Slash command text arrives with typed @mentions escaped as `<@U123ABC|name>` (or `<@U123ABC>`), because the
 * manifest sets `should_escape`. Used by `organizers add|remove @user`, `pair @mentor @mentee` and `unpair @user`.
 */
const USER_MENTION = /<@([UW][A-Z0-9]{2,})(?:\|[^<>]*)?>/g;

export interface ParsedMentions {
  /** The user ids mentioned, in the order typed (a repeated mention is kept, so callers can refuse it). */
  userIds: string[];
  /** What is left of the text once the mentions are taken out, with spaces collapsed: words that were not mentions. */
  rest: string;
}

export function parseUserMentions(text: string): ParsedMentions {
  const userIds = [...text.matchAll(USER_MENTION)].map((match) => match[1] as string);
  const rest = text.replace(USER_MENTION, ' ').replace(/\s+/g, ' ').trim();
  return { userIds, rest };
}

/** Exactly one mention and nothing else (`organizers add @ada`); undefined otherwise. */
export function parseSingleUserMention(text: string): string | undefined {
  const { userIds, rest } = parseUserMentions(text);
  return userIds.length === 1 && rest === '' ? userIds[0] : undefined;
}
