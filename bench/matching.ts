/**
 * Matching benchmark: random cohorts of 500, 2,000 and 5,000 participants (half mentors), timed end to end
 * (validation, per-person preparation, scoring every pair, assignment, reasons), against the greedy baseline.
 * Each case runs in a child process so its peak RSS is its own. Run: `npx tsx bench/matching.ts`.
 */
import { fork } from 'node:child_process';
import { greedyMatch, matchCohort, type MatchResult } from '../src/services/matching';
import { prepareCohort, scoreAllPairs } from '../src/services/matching/cohort';
import { chooseStrategy } from '../src/services/matching/solver';
import { randomCohort } from '../test/helpers/cohorts';

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
