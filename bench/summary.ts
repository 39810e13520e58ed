/**
 * Summary and export benchmark (PRODUCT.md §8): one cohort of 5,000 participants (2,500 pairs) over 12 weekly
 * cycles, every prompt posted through a ledger row, most people reflecting most weeks (ratings, shared and private
 * texts), a fifth of the pairs pressing "We met". Measures, on a real SQLite file with the real migrations:
 *
 * - the summary: the channel's figures (buildCohortSummary) and the organizer's private part, then the Block Kit
 *   message and the chart (PNG) drawn from them — budget 300 ms for the figures;
 * - the export: one row per pair per cycle, written as CSV — budget 2 s;
 * - the organizer's App Home: the programme at a glance (every pair's risk, the sessions so far, what did not
 *   arrive) and its Block Kit view — budget 500 ms: it is built every time an organizer opens the tab.
 *
 * Each is run RUNS times; the first run includes JIT warm-up and cold statement caches. Run: `npx tsx bench/summary.ts`
 * (`BENCH_PAIRS=500` for a quick run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../src/db/migrate';
import { inTransaction, openDatabase, type Db } from '../src/db/open';
import { findCohort, type Cohort } from '../src/db/repositories/cohorts';
import { messagesFor } from '../src/i18n';
import { buildCohortSummary, buildExportRows, buildPrivateSummary } from '../src/services/summaries';
import { buildProgrammeOverview } from '../src/services/programme-overview';
import { exportCsv } from '../src/views/export-csv';
import { homeView } from '../src/views/home';
import { chartTitle, privateSummaryMessage, summaryMessage } from '../src/views/summary';
import { renderRatesChart } from '../src/views/summary-chart';
import { mulberry32 } from '../test/helpers/random';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 2500);
const CYCLES = 12;
const RUNS = 5;
const SUMMARY_BUDGET_MS = 300;
const EXPORT_BUDGET_MS = 2000;
const HOME_BUDGET_MS = 500;
const TOPICS = ['digital-tools', 'next-generation', 'challenging-assumptions', 'leadership-feedback', 'ai-at-work', 'hybrid-work'];
/** Tuesday of week 12: the summary of the last cycle, with everything in. */
const NOW = new Date('2026-06-02T10:00:00Z');

/** Monday 09:00 in Stockholm of cycle k (summer time from week 3 on). */
function cycleDue(cycle: number): string {
  const at = Date.UTC(2026, 2, 16 + 7 * (cycle - 1), cycle >= 3 ? 7 : 8);
  return new Date(at).toISOString();
}

/** Writes the cohort in one transaction with statements prepared once. Returns counts for the report. */
export function seedBenchCohort(db: Db, pairCount: number): { cohortId: number; reflections: number; prompts: number } {
  const random = mulberry32(5000);
  const created = '2026-03-01T10:00:00.000Z';
  let reflections = 0;
  let prompts = 0;
  const cohortId = inTransaction(db, () => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO cohorts (name, start_date, weeks, cadence, nudge_day, nudge_time, timezone, summary_channel, capacity, status,
             created_by, created_at)
           VALUES ('Bench 2026', '2026-03-16', ${CYCLES}, 'weekly', 'mon', '09:00', 'Europe/Stockholm', 'C0SUMMARY1', 1, 'active', 'U0ORGANIZER', ?)`,
        )
        .run(created).lastInsertRowid,
    );
    const person = db.prepare(
      `INSERT INTO participants (user_id, role, department, seniority, goals, display_name, timezone, locale, status, agreed_at, created_at, updated_at)
       VALUES (?, ?, 'Dept', ?, 'private goals', ?, 'Europe/Stockholm', 'en-US', ?, ?, ?, ?)`,
    );
    const enrol = db.prepare('INSERT INTO enrollments (cohort_id, user_id, enrolled_at) VALUES (?, ?, ?)');
    const pair = db.prepare(
      `INSERT INTO pairs (cohort_id, mentor_id, mentee_id, score, reasons, source, status, channel_id, created_by, created_at)
       VALUES (?, ?, ?, 10, '[]', 'matched', 'active', ?, 'U0ORGANIZER', ?)`,
    );
    const delivery = db.prepare(
      `INSERT INTO deliveries (kind, dedupe_key, cohort_id, subject_id, due_at, status, attempts, next_attempt_at, channel_id, message_ts,
         created_at, updated_at, sent_at)
       VALUES ('nudge', ?, ?, NULL, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
    );
    const prompt = db.prepare(
      `INSERT INTO prompts (pair_id, cohort_id, cycle, due_at, delivery_id, topic_id, locale, questions, channel_id, message_ts, posted_at,
         reminders_planned_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'en', '[]', ?, ?, ?, ?, ?, ?)`,
    );
    const response = db.prepare(`INSERT INTO prompt_responses (prompt_id, user_id, kind, at) VALUES (?, ?, ?, ?)`);
    const reflection = db.prepare(
      `INSERT INTO reflections (prompt_id, pair_id, cohort_id, cycle, user_id, role, met, rating, topic_id, learned, next_step, sharing,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < pairCount; i += 1) {
      const mentor = `U0R${String(i).padStart(7, '0')}`;
      const mentee = `U0E${String(i).padStart(7, '0')}`;
      const status = i % 50 === 0 ? 'paused' : i % 97 === 0 ? 'left' : 'active';
      person.run(mentor, 'mentor', '0-2', `Mentor ${i}`, status, created, created, created);
      person.run(mentee, 'mentee', '20+', `Mentee ${i}`, 'active', created, created, created);
      enrol.run(id, mentor, created);
      enrol.run(id, mentee, created);
      const channel = `G${String(i + 1).padStart(9, '0')}`;
      const pairId = Number(pair.run(id, mentor, mentee, channel, created).lastInsertRowid);
      for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
        const due = cycleDue(cycle);
        const failed = random() < 0.01;
        const ts = `${1773648000 + cycle * 604800}.${String(i).padStart(6, '0')}`;
        const deliveryId = Number(
          delivery.run(`nudge:pair:${pairId}:cycle:${cycle}`, id, due, failed ? 'failed' : 'sent', due, failed ? null : channel, failed ? null : ts, due, due, failed ? null : due)
            .lastInsertRowid,
        );
        const promptId = Number(
          prompt.run(pairId, id, cycle, due, deliveryId, TOPICS[(i + cycle) % TOPICS.length], failed ? null : channel, failed ? null : ts, failed ? null : due, due, due, due)
            .lastInsertRowid,
        );
        prompts += 1;
        if (failed) continue;
        if (random() < 0.2) response.run(promptId, mentor, 'met', due);
        for (const [userId, role] of [
          [mentor, 'mentor'],
          [mentee, 'mentee'],
        ] as const) {
          if (random() < 0.2) continue;
          const met = random() < 0.75 ? 'yes' : 'no';
          const roll = random();
          const sharing = roll < 0.6 ? 'private' : roll < 0.8 ? 'anonymous' : 'named';
          reflection.run(promptId, pairId, id, cycle, userId, role, met, met === 'yes' ? 1 + Math.floor(random() * 5) : null, TOPICS[cycle % TOPICS.length],
            `What I learned in week ${cycle}, pair ${i}`, random() < 0.5 ? 'Try something new' : null, sharing, due, due);
          reflections += 1;
        }
      }
    }
    return id;
  });
  db.pragma('optimize');
  return { cohortId, reflections, prompts };
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function describe(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  return `median ${median.toFixed(1)} ms (first ${samples[0]?.toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms)`;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export async function runSummaryBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rm-bench-summary-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    migrate(db);
    const seeded = time(() => seedBenchCohort(db, PAIRS));
    const cohort = findCohort(db, seeded.value.cohortId) as Cohort;
    const messages = messagesFor('en');
    console.log(
      `summary bench: node ${process.version}, ${2 * PAIRS} participants in ${PAIRS} pairs, ${CYCLES} cycles: ` +
        `${seeded.value.prompts} prompts, ${seeded.value.reflections} reflections (seeded in ${(seeded.ms / 1000).toFixed(1)} s)`,
    );

    const figures: number[] = [];
    const privates: number[] = [];
    const renders: number[] = [];
    const charts: number[] = [];
    const exports: number[] = [];
    const homes: number[] = [];
    let homeBlocks = 0;
    let messageBytes = 0;
    let privateBytes = 0;
    let pngBytes = 0;
    let csvBytes = 0;
    let rows = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const summary = time(() => buildCohortSummary(db, cohort, 'en', NOW));
      figures.push(summary.ms);
      const mine = time(() => buildPrivateSummary(db, cohort, NOW));
      privates.push(mine.ms);
      const rendered = time(() => [summaryMessage(messages, summary.value), privateSummaryMessage(messages, mine.value, 'lead')]);
      renders.push(rendered.ms);
      messageBytes = JSON.stringify(rendered.value[0]).length;
      privateBytes = JSON.stringify(rendered.value[1]).length;
      const chart = await timeAsync(() => renderRatesChart(messages, { title: chartTitle(messages, summary.value), perCycle: summary.value.perCycle }));
      charts.push(chart.ms);
      pngBytes = chart.value.length;
      const csv = await timeAsync(async () => {
        const exportRows = buildExportRows(db, cohort);
        rows = exportRows.length;
        return exportCsv(messages, exportRows);
      });
      exports.push(csv.ms);
      csvBytes = csv.value.length;
      const home = time(() => homeView(messages, { status: undefined, organizer: { overview: buildProgrammeOverview(db, 'U0ORGANIZER', NOW), showAll: false, now: NOW } }));
      homes.push(home.ms);
      homeBlocks = home.value.blocks.length;
    }
    const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number;
    console.log(
      [
        `  summary figures   ${describe(figures)}  [budget ${SUMMARY_BUDGET_MS} ms: ${median(figures) <= SUMMARY_BUDGET_MS ? 'ok' : 'OVER'}]`,
        `  private part      ${describe(privates)}`,
        `  Block Kit         ${describe(renders)}; message ${kib(messageBytes)}, private part ${kib(privateBytes)}`,
        `  chart (PNG)       ${describe(charts)}; ${kib(pngBytes)}`,
        `  export (CSV)      ${describe(exports)}; ${rows} rows, ${kib(csvBytes)}  [budget ${EXPORT_BUDGET_MS} ms: ${median(exports) <= EXPORT_BUDGET_MS ? 'ok' : 'OVER'}]`,
        `  organizer Home    ${describe(homes)}; ${homeBlocks} blocks  [budget ${HOME_BUDGET_MS} ms: ${median(homes) <= HOME_BUDGET_MS ? 'ok' : 'OVER'}]`,
      ].join('\n'),
    );
    if (median(figures) > SUMMARY_BUDGET_MS || median(exports) > EXPORT_BUDGET_MS || median(homes) > HOME_BUDGET_MS) process.exitCode = 1;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void runSummaryBench();
