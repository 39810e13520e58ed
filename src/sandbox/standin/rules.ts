/**
 * Slack's rules that the stand-in plays by default, each with where Slack documents it, and the Block Kit checks.
 * A kindness here hides a class of bug (an app that reuses a trigger, posts a 51st block or a duplicate block_id
 * passes against a stand-in that accepts it), so every rule is on unless a test relaxes it (`relax` option).
 */
import type { SlackRule } from './types';
import { isRecord, refuse, type Reply } from './wire';

/** The token the stand-in's workspace gives its bot unless told another (`botToken`). */
export const STANDIN_BOT_TOKEN = 'xoxb-standin-bot-token';

/**
 * "Triggers expire in three seconds … Triggers may only be used once" (https://api.slack.com/docs/triggers).
 * views.open / views.push name the errors `expired_trigger_id`, `exchanged_trigger_id` and `invalid_trigger_id`
 * (https://docs.slack.dev/reference/methods/views.push/, its errors table).
 */
export const TRIGGER_LIFE_MS = 3_000;

/**
 * "After a modal is opened, the app is limited to pushing 2 additional views" — three in the stack; past that
 * `push_limit_reached`, "Currently the limit is 3" (https://docs.slack.dev/reference/methods/views.push/).
 */
export const VIEW_STACK_LIMIT = 3;

/**
 * A response_url takes "up to 5 times in 30 minutes" (Slack's interactivity docs, "Handling responses to
 * interactions"; as apps quote it: https://cdn.jsdelivr.net/npm/claudia-bot-builder@4.5.0/docs/SLACK_DELAYED_REPLY_BUILDER.md,
 * https://www.sapotacorp.vn/blog/slack-slash-commands). Slack does not publish what it answers past that; it is a
 * 404 whose text names it (`used_url`, `expired_url`), which is what the stand-in answers.
 */
export const RESPONSE_URL_POSTS = 5;
export const RESPONSE_URL_LIFE_MS = 30 * 60_000;

/**
 * "You can include up to 50 blocks in each message, and 100 blocks in modals or Home tabs"
 * (https://docs.slack.dev/reference/block-kit/blocks). A section's text: "Maximum length for the text in this
 * field is 3000 characters" (https://api.slack.com/reference/block-kit/blocks#section), and a context block's
 * text elements are held to the same. block_id: "should be unique for each message and each iteration of a
 * message" — Slack refuses a message or view with two blocks of the same id.
 */
export const MESSAGE_BLOCK_LIMIT = 50;
export const VIEW_BLOCK_LIMIT = 100;
export const TEXT_LIMIT = 3_000;

export class SlackRules {
  private readonly relaxed: ReadonlySet<SlackRule>;

  constructor(relax: readonly SlackRule[] = []) {
    this.relaxed = new Set(relax);
  }

  /** Whether the stand-in plays this rule (every rule unless relaxed). */
  on(rule: SlackRule): boolean {
    return !this.relaxed.has(rule);
  }
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isRecord(value) && typeof value.text === 'string' ? value.text : undefined;
}

/**
 * What is wrong with blocks by Block Kit's limits (`surface` picks the block limit), as the messages Slack puts in
 * `response_metadata.messages` with `invalid_blocks`; empty when they pass.
 */
export function blockKitProblems(blocks: unknown, surface: 'message' | 'view'): string[] {
  if (!Array.isArray(blocks)) return [];
  const problems: string[] = [];
  const limit = surface === 'message' ? MESSAGE_BLOCK_LIMIT : VIEW_BLOCK_LIMIT;
  if (blocks.length > limit) problems.push(`[ERROR] must be less than ${limit + 1} items [json-pointer:/blocks]`);
  const ids = new Set<string>();
  blocks.forEach((block, i) => {
    if (!isRecord(block)) return;
    if (typeof block.block_id === 'string') {
      if (ids.has(block.block_id)) problems.push(`[ERROR] duplicate block_id ${block.block_id} [json-pointer:/blocks/${i}/block_id]`);
      ids.add(block.block_id);
    }
    const texts: Array<[string, string | undefined]> = [];
    if (block.type === 'section') texts.push([`/blocks/${i}/text/text`, textOf(block.text)]);
    if (block.type === 'context' && Array.isArray(block.elements)) {
      block.elements.forEach((el, j) => texts.push([`/blocks/${i}/elements/${j}/text`, isRecord(el) && el.type !== 'image' ? textOf(el) : undefined]));
    }
    for (const [pointer, text] of texts) {
      if (text !== undefined && text.length > TEXT_LIMIT) problems.push(`[ERROR] must be less than ${TEXT_LIMIT + 1} characters [json-pointer:${pointer}]`);
    }
  });
  return problems;
}

/** `invalid_blocks` for blocks Block Kit refuses on this surface, unless the `blockKit` rule is relaxed. */
export function blockKitRefusal(rules: SlackRules, blocks: unknown, surface: 'message' | 'view'): Reply | undefined {
  const problems = rules.on('blockKit') ? blockKitProblems(blocks, surface) : [];
  return problems.length > 0 ? refuse('blockKit', 'invalid_blocks', { response_metadata: { messages: problems } }) : undefined;
}
