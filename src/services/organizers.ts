import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import {
  addOrganizer,
  countOrganizersInTable,
  isOrganizerInTable,
  listOrganizerIds,
  listOrganizerRecords,
  removeOrganizer,
} from '../db/repositories/organizers';

/** Organizer rights: the configured ids plus the organizers table (PRODUCT.md §3). Checked on every request. */
export function isOrganizer(db: Db, configured: readonly string[], userId: string): boolean {
  return configured.includes(userId) || isOrganizerInTable(db, userId);
}

export function allOrganizerIds(db: Db, configured: readonly string[]): string[] {
  return [...new Set([...configured, ...listOrganizerIds(db)])].sort();
}

export type OrganizerEntry =
  | { userId: string; source: 'configured' }
  | { userId: string; source: 'added'; addedBy: string; addedAt: string };

/** Everyone with organizer rights: the configured ones first (as configured), then those added in Slack. */
export function listOrganizers(db: Db, configured: readonly string[]): OrganizerEntry[] {
  const fromConfig: OrganizerEntry[] = [...new Set(configured)].map((userId) => ({ userId, source: 'configured' }));
  const added: OrganizerEntry[] = listOrganizerRecords(db)
    .filter((record) => !configured.includes(record.userId))
    .map((record) => ({ userId: record.userId, source: 'added', addedBy: record.addedBy, addedAt: record.addedAt }));
  return [...fromConfig, ...added];
}

export type AddOrganizerResult = 'added' | 'already_organizer';

export function grantOrganizer(db: Db, configured: readonly string[], userId: string, addedBy: string, now: Date): AddOrganizerResult {
  return inTransaction(db, () => {
    if (isOrganizer(db, configured, userId)) return 'already_organizer';
    addOrganizer(db, userId, addedBy, now);
    return 'added';
  });
}

/**
 * `configured`: rights that come from ORGANIZER_USER_IDS cannot be taken away in Slack.
 * `last_organizer`: without configured organizers the table is the only source, and it never becomes empty —
 * otherwise nobody could run the programme or add anyone back.
 */
export type RemoveOrganizerResult = 'removed' | 'not_organizer' | 'configured' | 'last_organizer';

export function revokeOrganizer(db: Db, configured: readonly string[], userId: string): RemoveOrganizerResult {
  return inTransaction(db, () => {
    if (configured.includes(userId)) return 'configured';
    if (!isOrganizerInTable(db, userId)) return 'not_organizer';
    if (configured.length === 0 && countOrganizersInTable(db) <= 1) return 'last_organizer';
    removeOrganizer(db, userId);
    return 'removed';
  });
}
