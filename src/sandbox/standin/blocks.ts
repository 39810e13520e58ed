/**
 * Finding the interactive elements in Block Kit blocks. Slack tells a clicked element by its block's `block_id`
 * and its `action_id`, which is unique only within its block: a message with one "Vote" button per topic has many
 * `topic_vote` elements, one per block. (Slack gives every block an id; where a block has none here, a button's
 * `value` tells same-named buttons apart.)
 */
import { isRecord } from './wire';

/** Which of the elements with an action id: the one in this block, and (for buttons) with this value. */
export interface ElementWhere {
  blockId?: string | undefined;
  /** Compared with the `value` of elements that carry one (buttons); elements without a value pass. */
  value?: string | undefined;
}

export interface FoundElement {
  blockId: string | undefined;
  element: Record<string, unknown>;
}

function elementsOf(block: Record<string, unknown>): unknown[] {
  const candidates: unknown[] = [];
  if (Array.isArray(block.elements)) candidates.push(...block.elements);
  if (block.accessory !== undefined) candidates.push(block.accessory);
  if (block.element !== undefined) candidates.push(block.element);
  return candidates;
}

/**
 * Finds the interactive element with `actionId` in blocks (actions/input elements, section accessories): the
 * first one, or the one `where` names by block id and value.
 */
export function findElement(blocks: readonly unknown[] | undefined, actionId: string, where: ElementWhere = {}): FoundElement | undefined {
  for (const block of blocks ?? []) {
    if (!isRecord(block)) continue;
    const blockId = typeof block.block_id === 'string' ? block.block_id : undefined;
    if (where.blockId !== undefined && blockId !== where.blockId) continue;
    for (const el of elementsOf(block)) {
      if (!isRecord(el) || el.action_id !== actionId) continue;
      if (where.value !== undefined && typeof el.value === 'string' && el.value !== where.value) continue;
      return { blockId, element: el };
    }
  }
  return undefined;
}

/** `block_id/action_id` of every interactive element, for saying what is there when a lookup fails. */
export function elementIds(blocks: readonly unknown[] | undefined): string[] {
  const ids: string[] = [];
  for (const block of blocks ?? []) {
    if (!isRecord(block)) continue;
    for (const el of elementsOf(block)) {
      if (isRecord(el) && typeof el.action_id === 'string') ids.push(`${String(block.block_id ?? '?')}/${el.action_id}`);
    }
  }
  return ids;
}
