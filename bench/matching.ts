/**
 * Matching benchmark: random cohorts of 500, 2,000 and 5,000 participants (half mentors), timed end to end
 * (validation, per-person preparation, scoring every pair, assignment, reasons), against the greedy baseline.
 * Each case runs in a child process so its peak RSS is its own. Run: `npx tsx bench/matching.ts`.
 */
import { fork } from 'node:child_process';
import {
  greedyMatch,
  matchCohort,
  type MatchCandidate,
  type MatchInput,
  type MatchResult,
  type MeetingPreference,
  type Role,
  type SeniorityBand,
} from '../src/services/matching';
import { prepareCohort, scoreAllPairs } from '../src/services/matching/cohort';
import { chooseStrategy } from '../src/services/matching/solver';
import { mulberry32 } from '../test/helpers/random';

interface BenchCase {
  participants: number;
  capacity: number;
}

const CASES: BenchCase[] = [
  { participants: 500, capacity: 1 },
  { participants: 2_000, capacity: 1 },
  { participants: 2_000, capacity: 3 },
  { participants: 5_000, capacity: 1 },
];

const RUNS = 3;

const DEPARTMENTS = ['Engineering', 'Sales', 'Marketing', 'Finance', 'HR', 'Legal', 'Operations', 'Support',
  'Product', 'Design', 'Data', 'Procurement'];
const TOPICS = Array.from({ length: 15 }, (_, i) => `topic-${String(i + 1).padStart(2, '0')}`);
const ZONES: Array<[string | null, number]> = [
  ['Europe/Stockholm', 0.45], ['Europe/London', 0.12], ['America/New_York', 0.12], ['Asia/Kolkata', 0.06],
  ['Asia/Tokyo', 0.05], ['America/Sao_Paulo', 0.05], [null, 0.15],
];
const MEETINGS: Array<MeetingPreference | null> = ['video', 'in_person', 'either', null];
const BANDS: SeniorityBand[] = ['0-2', '3-5', '6-10', '11-20', '20+'];

export function randomCohort(participants: number, capacity: number, seed: number): MatchInput {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const weighted = <T>(items: Array<[T, number]>): T => {
    let x = random();
    for (const [item, weight] of items) if ((x -= weight) < 0) return item;
    return (items[items.length - 1] as [T, number])[0];
  };
  const half = Math.floor(participants / 2);
  const person = (role: Role, i: number): MatchCandidate => {
    const topics = new Set<string>();
    const wanted = 1 + Math.floor(random() * 5);
    // Skewed popularity: low topic numbers are chosen more often, as in a real catalogue.
    while (topics.size < wanted) topics.add(TOPICS[Math.floor(random() ** 1.6 * TOPICS.length)] as string);
    // Mentors are mostly early-career, mentees mostly senior, with some overlap (seniority-forbidden pairs).
    const band = role === 'mentor' ? Math.floor(random() ** 2 * 3) : 4 - Math.floor(random() ** 2 * 3);
    return {
      userId: `U${role === 'mentor' ? 'R' : 'E'}${String(i).padStart(6, '0')}`,
      role,
      department: pick(DEPARTMENTS),
      seniority: BANDS[band] as SeniorityBand,
      topics: [...topics],
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

/** Wall time, and CPU time of this process (which other work on a shared machine does not inflate as much). */
function timed<T>(run: () => T): { result: T; ms: number; cpuMs: number } {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000 };
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** One case, in this process: meant to run in a child of its own so that its peak RSS is its own. */
function runCase({ participants, capacity }: BenchCase): void {
  const input = randomCohort(participants, capacity, 20250303 + participants + capacity);
  const rssBefore = process.memoryUsage().rss;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let optimal: MatchResult | undefined;
  let heapPeak = 0;
  for (let run = 0; run < RUNS; run++) {
    const { result, ms, cpuMs } = timed(() => matchCohort(input));
    cpuTimes.push(cpuMs);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    times.push(ms);
    optimal = result;
  }
  const scoring = timed(() => scoreAllPairs(prepareCohort(input)));
  const greedy = timed(() => greedyMatch(input));
  if (!optimal) return;
  const strategy = chooseStrategy(input.mentees.length, input.mentors.length * capacity);
  const gain = ((optimal.totalScore / greedy.result.totalScore - 1) * 100).toFixed(1);
  console.log(
    [
      `${participants} participants (${input.mentors.length} mentors x ${input.mentees.length} mentees, capacity ${capacity}, solver ${strategy}):`,
      `  time      scoring + assignment: first ${times[0]?.toFixed(0)} ms, best ${Math.min(...times).toFixed(0)} ms ` +
        `(CPU ${cpuTimes[0]?.toFixed(0)} / ${Math.min(...cpuTimes).toFixed(0)} ms; ` +
        `scoring every pair ${scoring.ms.toFixed(0)} ms of it)`,
      `  memory    peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} (${mib(rssBefore)} before matching), ` +
        `JS heap used ${mib(heapPeak)}`,
      `  optimal   ${optimal.pairs.length} pairs, total score ${optimal.totalScore}, ` +
        `${optimal.unmatchedMentors.length} mentors / ${optimal.unmatchedMentees.length} mentees unmatched`,
      `  greedy    ${greedy.result.pairs.length} pairs, total score ${greedy.result.totalScore} ` +
        `(${greedy.ms.toFixed(0)} ms); optimal is ${gain}% higher`,
    ].join('\n'),
  );
}

function runCaseInChild(benchCase: BenchCase): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--case', `${benchCase.participants}:${benchCase.capacity}`], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench case exited with ${code}`))));
  });
}

export async function runMatchingBench(): Promise<void> {
  console.log(
    `matching bench: node ${process.version}, ${RUNS} runs per case (the first includes JIT warm-up), ` +
      `each case in its own process`,
  );
  for (const benchCase of CASES) await runCaseInChild(benchCase);
}

if (require.main === module) {
  const at = process.argv.indexOf('--case');
  if (at >= 0) {
    const [participants, capacity] = (process.argv[at + 1] ?? '').split(':').map(Number);
    runCase({ participants: participants ?? 0, capacity: capacity ?? 1 });
  } else {
    void runMatchingBench();
  }
}
