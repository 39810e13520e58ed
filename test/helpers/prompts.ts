import { loadConfig, type Config } from '../../src/config';
import type { Db } from '../../src/db/open';
import { insertCohort, type Cohort, type CohortWrite } from '../../src/db/repositories/cohorts';
import { insertPair, type Pair } from '../../src/db/repositories/pairs';
import { setParticipantStatus, upsertProfile } from '../../src/db/repositories/participants';
import { createLogger, type Logger } from '../../src/logger';
import { createLedgerGateway } from '../../src/slack/gateway';
import type { TickDeps } from '../../src/scheduler/tick';
import type { FakeSlack } from '../support/fake-slack';

/**
 * Programme fixtures for the weekly prompts' tests: cohorts, participants and pairs written straight to the
 * database (the match flow is tested on its own), and tick dependencies that talk to a fake Slack.
 */

const CREATED = new Date('2026-01-05T10:00:00Z');

export function addCohort(db: Db, overrides: Partial<CohortWrite> = {}, status: Cohort['status'] = 'active'): Cohort {
  const cohort = insertCohort(
    db,
    {
      name: 'Spring 2026',
      startDate: '2026-03-16',
      weeks: 3,
      cadence: 'weekly',
      nudgeDay: 'mon',
      nudgeTime: '09:00',
      timezone: 'Europe/Stockholm',
      summaryChannel: 'C0SUMMARY1',
      capacity: 1,
      createdBy: 'U0ORGANIZER',
      ...overrides,
    },
    CREATED,
  );
  db.prepare('UPDATE cohorts SET status = ? WHERE id = ?').run(status, cohort.id);
  return { ...cohort, status };
}

export interface PersonInput {
  userId: string;
  role: 'mentor' | 'mentee';
  timezone?: string | null;
  locale?: string | null;
  topics?: string[];
}

export function addPerson(db: Db, person: PersonInput): void {
  upsertProfile(
    db,
    {
      userId: person.userId,
      role: person.role,
      department: person.role === 'mentor' ? 'Marketing' : 'Finance',
      seniority: person.role === 'mentor' ? '0-2' : '20+',
      managerId: null,
      goals: null,
      meetingPref: null,
      topics: person.topics ?? [],
      displayName: person.userId.toLowerCase(),
      timezone: person.timezone === undefined ? 'Europe/Stockholm' : person.timezone,
      locale: person.locale === undefined ? 'en-US' : person.locale,
    },
    CREATED,
  );
}

export interface PairInput {
  cohort: Cohort;
  mentor: PersonInput | string;
  mentee: PersonInput | string;
  channelId?: string | null;
  createdAt?: Date;
}

/** Adds the people (unless given by id) and their pair; `channelId` is the group DM the introduction opened. */
export function addPair(db: Db, input: PairInput): Pair {
  const mentor = typeof input.mentor === 'string' ? input.mentor : (addPerson(db, input.mentor), input.mentor.userId);
  const mentee = typeof input.mentee === 'string' ? input.mentee : (addPerson(db, input.mentee), input.mentee.userId);
  const pair = insertPair(
    db,
    { cohortId: input.cohort.id, mentorId: mentor, menteeId: mentee, score: 10, reasons: [], source: 'matched', createdBy: 'U0ORGANIZER' },
    input.createdAt ?? CREATED,
  );
  const channelId = input.channelId === undefined ? `G${String(pair.id).padStart(8, '0')}` : input.channelId;
  if (channelId) db.prepare('UPDATE pairs SET channel_id = ? WHERE id = ?').run(channelId, pair.id);
  return { ...pair, channelId };
}

export function pause(db: Db, userId: string, until: Date): void {
  setParticipantStatus(db, userId, 'paused', until, CREATED);
}

/** The bot token of these tests' app: start the fake Slack with `botToken: PROMPTS_TOKEN`. */
export const PROMPTS_TOKEN = 'xoxb-test-prompts';

export function testConfig(fake: FakeSlack, databasePath: string): Config {
  return loadConfig({
    SLACK_BOT_TOKEN: PROMPTS_TOKEN,
    SLACK_SIGNING_SECRET: 'secret',
    SLACK_API_URL: fake.apiUrl,
    DATABASE_PATH: databasePath,
    LOG_LEVEL: 'silent',
  });
}

/**
 * What `tick` gets in production: a Web API client with no retries of its own, against the fake. By default a
 * pass does not wait for retries (`waitHorizonMs: 0`): tests move time on with the next tick instead.
 */
export function tickDeps(db: Db, fake: FakeSlack, databasePath: string, dispatch: TickDeps['dispatch'] = { waitHorizonMs: 0 }): TickDeps {
  const logger: Logger = createLogger({ level: 'silent' });
  const slack = createLedgerGateway({ token: PROMPTS_TOKEN, apiUrl: fake.apiUrl, logger });
  return { config: testConfig(fake, databasePath), db, logger, slack, dispatch };
}

export function rows<T>(db: Db, sql: string, ...params: unknown[]): T[] {
  return db.prepare(sql).all(...params) as T[];
}
