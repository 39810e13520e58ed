/** Finding the interactive elements in Block Kit blocks, as Slack's client knows what was clicked. */
import { isRecord } from './wire';

/** Finds the interactive element with `actionId` in blocks (actions/input elements, section accessories). */
export function findElement(
  blocks: readonly unknown[] | undefined,
  actionId: string,
): { blockId: string | undefined; element: Record<string, unknown> } | undefined {
  for (const block of blocks ?? []) {
    if (!isRecord(block)) continue;
    const blockId = typeof block.block_id === 'string' ? block.block_id : undefined;
    const candidates: unknown[] = [];
    if (Array.isArray(block.elements)) candidates.push(...block.elements);
    if (block.accessory !== undefined) candidates.push(block.accessory);
    if (block.element !== undefined) candidates.push(block.element);
    for (const el of candidates) {
      if (isRecord(el) && el.action_id === actionId) return { blockId, element: el };
    }
  }
  return undefined;
}
