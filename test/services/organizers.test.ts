import type { Db } from '../../src/db/open';
import { grantOrganizer, isOrganizer, listOrganizers, revokeOrganizer } from '../../src/services/organizers';
import { freshDatabase } from '../helpers/db';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('organizer rights', () => {
  let db: Db;
  beforeEach(() => {
    db = freshDatabase().db;
  });
  afterEach(() => db.close());

  it('adds someone once; a configured organizer is already one', () => {
    expect(grantOrganizer(db, ['U0CONF'], 'U0NEW', 'U0CONF', NOW)).toBe('added');
    expect(isOrganizer(db, ['U0CONF'], 'U0NEW')).toBe(true);
    expect(grantOrganizer(db, ['U0CONF'], 'U0NEW', 'U0CONF', NOW)).toBe('already_organizer');
    expect(grantOrganizer(db, ['U0CONF'], 'U0CONF', 'U0NEW', NOW)).toBe('already_organizer');
    expect(listOrganizers(db, ['U0CONF'])).toEqual([
      { userId: 'U0CONF', source: 'configured' },
      { userId: 'U0NEW', source: 'added', addedBy: 'U0CONF', addedAt: NOW.toISOString() },
    ]);
  });

  it('never removes a configured organizer', () => {
    expect(revokeOrganizer(db, ['U0CONF'], 'U0CONF')).toBe('configured');
    expect(isOrganizer(db, ['U0CONF'], 'U0CONF')).toBe(true);
  });

  it('removes an added organizer, and says when someone is not one', () => {
    grantOrganizer(db, ['U0CONF'], 'U0NEW', 'U0CONF', NOW);
    expect(revokeOrganizer(db, ['U0CONF'], 'U0NEW')).toBe('removed');
    expect(isOrganizer(db, ['U0CONF'], 'U0NEW')).toBe(false);
    expect(revokeOrganizer(db, ['U0CONF'], 'U0NEW')).toBe('not_organizer');
  });

  it('never leaves zero organizers when the table is the only source', () => {
    grantOrganizer(db, [], 'U0ONE', 'U0SEED', NOW);
    expect(revokeOrganizer(db, [], 'U0ONE')).toBe('last_organizer');
    expect(isOrganizer(db, [], 'U0ONE')).toBe(true);
    grantOrganizer(db, [], 'U0TWO', 'U0ONE', NOW);
    expect(revokeOrganizer(db, [], 'U0ONE')).toBe('removed');
    expect(revokeOrganizer(db, [], 'U0TWO')).toBe('last_organizer');
    // With a configured organizer the last added one may go.
    expect(revokeOrganizer(db, ['U0CONF'], 'U0TWO')).toBe('removed');
  });
});
