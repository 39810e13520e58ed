/**
 * Final report benchmark (PRODUCT.md §12.5, issue 18): one completed cohort of 5,000 participants (2,500 pairs) over
 * 12 weekly sessions with everything answered — the summary bench's prompts and reflections, plus both parts of
 * every kickoff agreement, every member's check-in (a note from a fifth of them), every member's final evaluation
 * (at every sharing level, with the waiting list) and every mentee's 30-day follow-up. Measures, on a real SQLite
 * file with the real migrations:
 *
 * - the final report: its figures (buildFinalReport: the closing summary's and the outcomes', under the anonymity
 *   rules) and its Block Kit message — budget 500 ms;
 * - the organizers' private part (who never met or answered, every check-in note) and its message;
 * - the addendum thirty days on.
 *
 * Each is run RUNS times; the first run includes JIT warm-up and cold statement caches. Peak RSS is the process's
 * high-water mark (getrusage), seeding included. Run: `npm run bench -- final-report` (`BENCH_PAIRS=500` for a quick run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../src/db/migrate';
import { inTransaction, openDatabase, type Db } from '../src/db/open';
import { findCohort, type Cohort } from '../src/db/repositories/cohorts';
import { messagesFor } from '../src/i18n';
import { buildFinalPrivate } from '../src/services/final-private';
import { buildFinalReport, prepareFinalAddendum } from '../src/services/final-report';
import { finalReportMessage } from '../src/views/final-report';
import { addendumMessage, finalPrivateMessage } from '../src/views/final-report-outcomes';
import { mulberry32 } from '../test/helpers/random';
import { seedBenchCohort } from './summary';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 2500);
const RUNS = 5;
const REPORT_BUDGET_MS = 500;
/** Two days after the cohort completed. */
const NOW = new Date('2026-06-10T10:00:00Z');
const COMPLETED = '2026-06-08T07:00:00.000Z';

/** Adds every outcome answer to the seeded cohort and completes it. Returns how many rows were written. */
function seedOutcomes(db: Db, cohortId: number): number {
  const random = mulberry32(18);
  let rows = 0;
  inTransaction(db, () => {
    db.prepare("UPDATE cohorts SET status = 'completed', completed_at = ? WHERE id = ?").run(COMPLETED, cohortId);
    const pairs = db.prepare('SELECT id, mentor_id, mentee_id FROM pairs WHERE cohort_id = ?').all(cohortId) as Array<{ id: number; mentor_id: string; mentee_id: string }>;
    const part = db.prepare(
      `INSERT INTO agreement_parts (pair_id, role, user_id, goals, hopes, cadence, norms, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const checkin = db.prepare(
      `INSERT INTO checkins (pair_id, cohort_id, cycle, user_id, role, relationship, progress, note, created_at, updated_at) VALUES (?, ?, 6, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const final = db.prepare(
      `INSERT INTO final_evaluations (pair_id, cohort_id, user_id, role, goals_met, changed, sharing, recommend, again, followup, followup_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const invitation = db.prepare(
      `INSERT INTO deliveries (kind, dedupe_key, cohort_id, subject_id, user_id, due_at, status, attempts, next_attempt_at, created_at, updated_at, sent_at)
       VALUES (?, ?, ?, ?, ?, ?, 'sent', 1, ?, ?, ?, ?)`,
    );
    const progress = ['not_started', 'some', 'on_track', 'achieved'];
    const sharing = ['private', 'anonymous', 'named'];
    const again = [null, 'mentor', 'mentee', 'no'];
    const followups = [null, 'done', 'partly', 'not_yet'];
    const at = '2026-04-20T08:00:00.000Z';
    for (const pair of pairs) {
      part.run(pair.id, 'mentee', pair.mentee_id, 'Use AI tools every day\nHear honest feedback', null, 'weekly', '["confidential","notice"]', at, at);
      part.run(pair.id, 'mentor', pair.mentor_id, null, 'See how strategy is made', 'biweekly', '["confidential","candour"]', at, at);
      rows += 2;
      for (const [userId, role] of [
        [pair.mentor_id, 'mentor'],
        [pair.mentee_id, 'mentee'],
      ] as const) {
        invitation.run('checkin', `checkin:pair:${pair.id}:user:${userId}`, cohortId, pair.id, userId, at, at, at, at, at);
        invitation.run('final_evaluation', `final_eval:pair:${pair.id}:user:${userId}`, cohortId, pair.id, userId, at, at, at, at, at);
        checkin.run(pair.id, cohortId, userId, role, 1 + Math.floor(random() * 5), progress[Math.floor(random() * 4)], random() < 0.2 ? `A note for the organizers about pair ${pair.id}` : null, at, at);
        const followup = role === 'mentee' ? followups[Math.floor(random() * 4)] : null;
        final.run(
          pair.id,
          cohortId,
          userId,
          role,
          1 + Math.floor(random() * 5),
          `What will change for ${userId}`,
          sharing[Math.floor(random() * 3)],
          Math.floor(random() * 11),
          again[Math.floor(random() * 4)],
          followup,
          followup ? at : null,
          COMPLETED,
          COMPLETED,
        );
        if (role === 'mentee') invitation.run('commitment_followup', `commitment:pair:${pair.id}:user:${userId}`, cohortId, pair.id, userId, at, at, at, at, at);
        rows += 4;
      }
    }
  });
  db.pragma('optimize');
  return rows;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function describe(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  return `median ${median.toFixed(1)} ms (first ${samples[0]?.toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms)`;
}

function mib(kib: number): string {
  return `${(kib / 1024).toFixed(0)} MiB`;
}

export async function runFinalReportBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rm-bench-final-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    migrate(db);
    const seeded = time(() => {
      const cohort = seedBenchCohort(db, PAIRS);
      return { ...cohort, outcomes: seedOutcomes(db, cohort.cohortId) };
    });
    const cohort = findCohort(db, seeded.value.cohortId) as Cohort;
    const messages = messagesFor('en');
    console.log(
      `final report bench: node ${process.version}, ${2 * PAIRS} participants in ${PAIRS} pairs, completed after 12 sessions: ` +
        `${seeded.value.prompts} prompts, ${seeded.value.reflections} reflections, ${seeded.value.outcomes} agreement parts, check-ins, ` +
        `final evaluations and invitations (seeded in ${(seeded.ms / 1000).toFixed(1)} s)`,
    );
    const reports: number[] = [];
    const privates: number[] = [];
    const addenda: number[] = [];
    let blocks = 0;
    let bytes = 0;
    let privateBytes = 0;
    let nps: number | null = null;
    for (let run = 0; run < RUNS; run += 1) {
      const report = time(() => {
        const figures = buildFinalReport(db, cohort, 'en', NOW);
        return { figures, message: finalReportMessage(messages, figures) };
      });
      reports.push(report.ms);
      blocks = report.value.message.blocks?.length ?? 0;
      bytes = JSON.stringify(report.value.message).length;
      nps = report.value.figures.outcomes.final.nps.score;
      const part = time(() => finalPrivateMessage(messages, buildFinalPrivate(db, cohort, 'U0ORGANIZER')));
      privates.push(part.ms);
      privateBytes = JSON.stringify(part.value).length;
      addenda.push(
        time(() => {
          const prepared = prepareFinalAddendum(db, { dedupeKey: `addendum:cohort:${cohort.id}` });
          return 'skipped' in prepared ? undefined : addendumMessage(messages, prepared.addendum);
        }).ms,
      );
    }
    const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number;
    const peak = process.resourceUsage().maxRSS;
    console.log(
      [
        `  final report      ${describe(reports)}; ${blocks} blocks, ${(bytes / 1024).toFixed(1)} KiB, NPS ${nps}  [budget ${REPORT_BUDGET_MS} ms: ${median(reports) <= REPORT_BUDGET_MS ? 'ok' : 'OVER'}]`,
        `  private part      ${describe(privates)}; ${(privateBytes / 1024).toFixed(1)} KiB`,
        `  addendum          ${describe(addenda)}`,
        `  peak RSS          ${mib(peak)}`,
      ].join('\n'),
    );
    if (median(reports) > REPORT_BUDGET_MS) process.exitCode = 1;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void runFinalReportBench();
