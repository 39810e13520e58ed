import type { Db } from '../db/open';
import { isOrganizerInTable, listOrganizerIds } from '../db/repositories/organizers';

/** Organizer rights: the configured ids plus the organizers table (PRODUCT.md §3). Checked on every request. */
export function isOrganizer(db: Db, configured: readonly string[], userId: string): boolean {
  return configured.includes(userId) || isOrganizerInTable(db, userId);
}

export function allOrganizerIds(db: Db, configured: readonly string[]): string[] {
  return [...new Set([...configured, ...listOrganizerIds(db)])].sort();
}
