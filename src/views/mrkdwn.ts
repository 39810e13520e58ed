/**
 * Slack mrkdwn treats `<…>` as links and mentions (`<!channel>`, `<@U…>`) and `&` as the start of an entity.
 * Escaping these three in anything a person typed means nobody can ping a channel or forge a link through us.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A mention Slack renders with the person's current name. */
export function mention(userId: string): string {
  return `<@${userId}>`;
}

/**
 * A date and time every reader sees in their own time zone and language. `format` is Slack's tokens: a date alone
 * (`{date_long}`), or the catalog's `dateTimeFormat` ("{date_long} at {time}", "{date_long} kl. {time}"). The fallback
 * (UTC) is shown where Slack cannot format it.
 * Token reference: https://api.slack.com/reference/surfaces/formatting#date-formatting
 */
export function slackDate(at: Date, format: string): string {
  const seconds = Math.floor(at.getTime() / 1000);
  return `<!date^${seconds}^${format}|${at.toISOString().replace('T', ' ').slice(0, 16)} UTC>`;
}

/** Slack's text limits (Block Kit reference); builders cut to these so a long value never breaks a view. */
export const SLACK_LIMITS = {
  sectionText: 3000,
  plainTextOption: 75,
  modalTitle: 24,
  buttonText: 75,
  headerText: 150,
  /** Input block labels and hints. */
  inputLabel: 2000,
  inputHint: 2000,
  /** A confirmation dialog's title, text and each of its two buttons. */
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  blocksPerMessage: 50,
  blocksPerView: 100,
} as const;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
