import type { Db } from '../../src/db/open';
import type { MatchCandidate, MatchInput, MeetingPreference, Role, SeniorityBand } from '../../src/services/matching';
import { seedCohort, seedPerson } from './programme';
import { mulberry32 } from './random';

const DEPARTMENTS = ['Engineering', 'Sales', 'Marketing', 'Finance', 'HR', 'Legal', 'Operations', 'Support',
  'Product', 'Design', 'Data', 'Procurement'];
const TOPICS = Array.from({ length: 15 }, (_, i) => `topic-${String(i + 1).padStart(2, '0')}`);
const ZONES: Array<[string | null, number]> = [
  ['Europe/Stockholm', 0.45], ['Europe/London', 0.12], ['America/New_York', 0.12], ['Asia/Kolkata', 0.06],
  ['Asia/Tokyo', 0.05], ['America/Sao_Paulo', 0.05], [null, 0.15],
];
const MEETINGS: Array<MeetingPreference | null> = ['video', 'in_person', 'either', null];
const BANDS: SeniorityBand[] = ['0-2', '3-5', '6-10', '11-20', '20+'];

/**
 * A cohort like a large workplace's, the same for a seed: half mentors, departments, skewed topic popularity
 * (drawn from `topics`), seniority bands that overlap a little (some pairs forbidden), managers among the people,
 * time zones weighted towards Europe, and earlier pairs. The matching bench times the engine on it; the
 * matching-thread test stores one in the database.
 */
export function randomCohort(participants: number, capacity: number, seed: number, topics: readonly string[] = TOPICS): MatchInput {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const weighted = <T>(items: Array<[T, number]>): T => {
    let x = random();
    for (const [item, weight] of items) if ((x -= weight) < 0) return item;
    return (items[items.length - 1] as [T, number])[0];
  };
  const half = Math.floor(participants / 2);
  const person = (role: Role, i: number): MatchCandidate => {
    const chosen = new Set<string>();
    const wanted = 1 + Math.floor(random() * 5);
    // Skewed popularity: low topic numbers are chosen more often, as in a real catalogue.
    while (chosen.size < wanted) chosen.add(topics[Math.floor(random() ** 1.6 * topics.length)] as string);
    // Mentors are mostly early-career, mentees mostly senior, with some overlap (seniority-forbidden pairs).
    const band = role === 'mentor' ? Math.floor(random() ** 2 * 3) : 4 - Math.floor(random() ** 2 * 3);
    return {
      userId: `U${role === 'mentor' ? 'R' : 'E'}${String(i).padStart(6, '0')}`,
      role,
      department: pick(DEPARTMENTS),
      seniority: BANDS[band] as SeniorityBand,
      topics: [...chosen],
      managerId: null,
      timezone: weighted(ZONES),
      meeting: pick(MEETINGS),
    };
  };
  const mentors = Array.from({ length: half }, (_, i) => person('mentor', i));
  const mentees = Array.from({ length: participants - half }, (_, i) => person('mentee', i));
  // Some mentees manage mentors; some mentees report to other mentees.
  for (const m of mentors) if (random() < 0.2) m.managerId = pick(mentees).userId;
  for (const e of mentees) if (random() < 0.3) e.managerId = pick(mentees).userId;
  const previousPairs = Array.from({ length: Math.floor(participants / 10) }, () => ({
    mentorId: pick(mentors).userId,
    menteeId: pick(mentees).userId,
  }));
  return {
    mentors,
    mentees,
    capacity,
    previousPairs,
    cohortTimezone: 'Europe/Stockholm',
    referenceDate: new Date('2025-03-03T12:00:00Z'),
  };
}

/** Topics of the catalogue the migrations install (participants stored in the database need topics that exist). */
export const CATALOGUE = ['digital-tools', 'next-generation', 'challenging-assumptions', 'leadership-feedback', 'attracting-talent', 'ai-at-work', 'social-media', 'hybrid-work', 'diversity-inclusion', 'sustainability', 'learning-and-growth', 'customers-of-tomorrow', 'wellbeing-and-balance'];

/**
 * 5,000 people like a large workplace's, enrolled in an enrolling cohort (one transaction: seconds, not minutes).
 * The matching-thread test and the match-press bench both match it. `someone` is a mentee; `people` is everyone,
 * mentors first.
 */
export function seedLargeCohort(db: Db): { someone: string; people: string[] } {
  const input = randomCohort(5_000, 1, 20250303, CATALOGUE);
  const everyone = [...input.mentors, ...input.mentees];
  db.transaction(() => {
    const cohort = seedCohort(db, { name: 'Everyone 2027' });
    for (const person of everyone) {
      seedPerson(
        db,
        {
          userId: person.userId,
          role: person.role,
          department: person.department,
          seniority: person.seniority,
          topics: person.topics,
          managerId: person.managerId,
          timezone: person.timezone,
          meetingPref: person.meeting,
        },
        cohort.id,
      );
    }
  })();
  return { someone: (input.mentees[0] as { userId: string }).userId, people: everyone.map((person) => person.userId) };
}
