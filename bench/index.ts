/**
 * `npm run bench`: every benchmark part that exists, in order; `npm run bench -- matching` runs only the parts
 * named. Each part prints its own report. Parts for delivery dispatch and summaries are added here as they land.
 */
import { runDispatchBench } from './dispatch';
import { runJoinsBench } from './joins';
import { runLoadBench } from './load';
import { runMatchPressBench } from './match-press';
import { runMatchingBench } from './matching';
import { runMeetingsBench } from './meetings';
import { runSummaryBench } from './summary';
import { runFinalReportBench } from './final-report';

const PARTS: Record<string, () => Promise<void>> = {
  matching: runMatchingBench,
  'match-press': runMatchPressBench,
  summary: runSummaryBench,
  'final-report': runFinalReportBench,
  dispatch: runDispatchBench,
  joins: runJoinsBench,
  meetings: runMeetingsBench,
  load: async () => {
    await runLoadBench();
  },
};

async function main(names: string[]): Promise<void> {
  const unknown = names.filter((name) => !(name in PARTS));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown benchmark part: ${unknown.join(', ')}. Parts: ${Object.keys(PARTS).join(', ')}\n`);
    process.exit(2);
  }
  for (const name of names.length > 0 ? names : Object.keys(PARTS)) {
    await (PARTS[name] as () => Promise<void>)();
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`benchmark failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
