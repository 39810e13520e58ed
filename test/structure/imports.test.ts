/**
 * The structure drawn from the imports, checked on every `npm test`: no import cycle in src/, repositories never
 * import from services, services never import Bolt, listeners import no repository beyond the ones older than
 * the rule (.dependency-cruiser-known-violations.json), and zone arithmetic lives in src/services/calendar.ts.
 * The import rules are dependency-cruiser's (.dependency-cruiser.cjs); each is also shown failing on a small tree
 * with the violation planted, so a rule that stopped matching anything would be noticed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const KNOWN = join(ROOT, '.dependency-cruiser-known-violations.json');
const CLI = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

jest.setTimeout(60_000);

interface Violation {
  rule: string;
  from: string;
  to: string;
  cycle?: string[];
}

/** Runs dependency-cruiser over `src` in `cwd` and returns the rule violations it reports. */
function cruise(cwd: string, ignoreKnown: boolean): Violation[] {
  const args = [CLI, '--config', CONFIG, '--output-type', 'json', ...(ignoreKnown ? ['--ignore-known', KNOWN] : []), 'src'];
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  let report: { summary: { violations: Array<{ rule: { name: string; severity: string }; from: string; to: string; cycle?: Array<string | { name: string }> }> } };
  try {
    report = JSON.parse(run.stdout) as typeof report;
  } catch {
    throw new Error(`dependency-cruiser gave no report (exit ${String(run.status)}): ${run.stderr}`);
  }
  // With --ignore-known, the known ones are still listed, at severity "ignore".
  return report.summary.violations.filter((v) => v.rule.severity !== 'ignore').map((v) => ({
    rule: v.rule.name,
    from: v.from,
    to: v.to,
    ...(v.cycle ? { cycle: v.cycle.map((step) => (typeof step === 'string' ? step : step.name)) } : {}),
  }));
}

const describeViolation = (v: Violation) => `${v.rule}: ${v.from} → ${v.cycle ? v.cycle.join(' → ') : v.to}`;

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Where a file sets Intl's `timeZone` option (an object literal property named timeZone): "file:line". */
function zoneOptionsIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      ts.isObjectLiteralExpression(node.parent) &&
      node.name.getText(source) === 'timeZone'
    ) {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The one home of zone arithmetic; config.ts only checks a zone's name, and the sandbox's stand-in plays Slack. */
const ZONE_HOME = 'src/services/calendar.ts';
const ZONE_EXEMPT = [/^src\/config\.ts$/, /^src\/sandbox\//];

function zoneArithmeticOutsideCalendar(files: Array<{ path: string; text: string }>): string[] {
  return files
    .filter(({ path }) => path !== ZONE_HOME && !ZONE_EXEMPT.some((pattern) => pattern.test(path)))
    .flatMap(({ path, text }) => zoneOptionsIn(path, text));
}

describe('the structure of src/', () => {
  it('has no import cycle, no repository importing services, no Bolt in services, no new repository import in listeners', () => {
    const violations = cruise(ROOT, true);
    expect(violations.map(describeViolation)).toEqual([]);
  });

  it('does zone arithmetic (Intl with a timeZone) only in src/services/calendar.ts', () => {
    const files = sourceFiles(join(ROOT, 'src')).map((path) => ({ path: relative(ROOT, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
    expect(files.some(({ path }) => path === ZONE_HOME)).toBe(true);
    expect(zoneOptionsIn(ZONE_HOME, readFileSync(join(ROOT, ZONE_HOME), 'utf8')).length).toBeGreaterThan(0);
    expect(zoneArithmeticOutsideCalendar(files)).toEqual([]);
  });
});

describe('the structure checks catch what they forbid', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rm-structure-'));
    writeTree(dir, {
      // The circle item 5 of issue 19 found: the index imports each handler, a handler imports a type back.
      'src/scheduler/deliveries/index.ts': "import { nudgeHandler } from './nudge';\nexport interface DeliveryDeps { db: string }\nexport const handlers = [nudgeHandler];\n",
      'src/scheduler/deliveries/nudge.ts': "import type { DeliveryDeps } from './index';\nexport const nudgeHandler = (deps: DeliveryDeps) => deps.db;\n",
      // The storage floor reaching up to the rules (item 7).
      'src/services/matching/types.ts': 'export type MatchReason = { code: string };\n',
      'src/db/repositories/pairs.ts': "import type { MatchReason } from '../../services/matching/types';\nexport const reasons: MatchReason[] = [];\n",
      'src/db/repositories/participants.ts': 'export interface Participant { id: string }\nexport function findParticipant(id: string): Participant { return { id }; }\n',
      'src/services/enrollment.ts': "import { App } from '@slack/bolt';\nexport const app = App;\n",
      'src/listeners/join.ts': "import { findParticipant } from '../db/repositories/participants';\nexport const who = findParticipant('U1');\n",
      // Allowed: a listener naming the type of a stored row.
      'src/listeners/status.ts': "import type { Participant } from '../db/repositories/participants';\nexport const shown: Participant[] = [];\n",
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each planted violation under its rule, and nothing else', () => {
    const violations = cruise(dir, false);
    expect(violations.find((v) => v.rule === 'no-circular')?.cycle).toEqual(['src/scheduler/deliveries/nudge.ts', 'src/scheduler/deliveries/index.ts']);
    expect(violations.map((v) => `${v.rule}: ${v.from} → ${v.to}`).sort()).toEqual([
      'listeners-not-repositories: src/listeners/join.ts → src/db/repositories/participants.ts',
      'no-circular: src/scheduler/deliveries/index.ts → src/scheduler/deliveries/nudge.ts',
      'repositories-not-services: src/db/repositories/pairs.ts → src/services/matching/types.ts',
      'services-not-bolt: src/services/enrollment.ts → @slack/bolt',
    ]);
  });

  it('finds a second zonedInstant doing its own Intl arithmetic beside calendar.ts', () => {
    const planted = [
      { path: ZONE_HOME, text: "new Intl.DateTimeFormat('en-US', { timeZone: zone });" },
      { path: 'src/config.ts', text: "new Intl.DateTimeFormat('en-US', { timeZone: zone });" },
      {
        path: 'src/services/cohorts.ts',
        text: "export function zonedInstant(date: string, time: string, zone: string): Date {\n  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric' });\n  return new Date();\n}\n",
      },
      { path: 'src/services/matching/workingHours.ts', text: "const timeZone = 'UTC';\nnew Intl.DateTimeFormat('en-US', {\n  timeZone,\n});\n" },
    ];
    expect(zoneArithmeticOutsideCalendar(planted)).toEqual(['src/services/cohorts.ts:2', 'src/services/matching/workingHours.ts:3']);
  });
});
