import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';

/**
 * The README's Docker recipe, as written:
 *
 *   cp .env.example .env   (then fill in the Slack settings)
 *   docker build -t reverse-mentor .
 *   docker run -d --name reverse-mentor --env-file .env -v reverse-mentor-data:/data -p 3000:3000 reverse-mentor
 *
 * Docker does not run on the test machine, so this checks what the recipe depends on, each part as Docker does it:
 * the environment the container gets (the image's ENV, then --env-file over it), and the image's start-up: the
 * compiled app in a root-owned /app it cannot write, run as an unprivileged user, with only the /data folder
 * writable. Everything lives under a temporary root standing in for the container's "/".
 */

const ROOT = join(__dirname, '..', '..');
const NOBODY = 65534;
const read = (name: string) => readFileSync(join(ROOT, name), 'utf8');

/** The Dockerfile's runtime stage: its ENV (with line continuations), WORKDIR, USER and VOLUME. */
function runtimeStage(dockerfile: string): { env: Record<string, string>; workdir: string; user: string; volumes: string[]; cmd: string[] } {
  const stage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const lines = stage.replace(/\\\n\s*/g, ' ').split('\n');
  const env: Record<string, string> = {};
  let workdir = '/';
  let user = 'root';
  const volumes: string[] = [];
  let cmd: string[] = [];
  for (const line of lines) {
    const [instruction, ...rest] = line.trim().split(/\s+/);
    const args = rest.join(' ');
    if (instruction === 'ENV') for (const [, key, value] of args.matchAll(/(\w+)=(\S+)/g)) env[key as string] = value as string;
    if (instruction === 'WORKDIR') workdir = args;
    if (instruction === 'USER') user = args;
    if (instruction === 'VOLUME') volumes.push(args);
    if (instruction === 'CMD') cmd = JSON.parse(args) as string[];
  }
  return { env, workdir, user, volumes, cmd };
}

/**
 * `docker run --env-file`: one VAR=VALUE a line, taken literally (no quotes, no expansion); lines starting with # and
 * blank lines are skipped; an empty value is still set (and so overrides the image's).
 */
function dockerEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const at = line.indexOf('=');
    if (at > 0) env[line.slice(0, at).trim()] = line.slice(at + 1);
  }
  return env;
}

/** The port the app says it bound (it is started on port 0: the system picks a free one, no clash to race). */
function boundPort(output: string): number | undefined {
  for (const line of output.split('\n')) {
    if (!line.includes('Reverse Mentor is running')) continue;
    const port = (JSON.parse(line) as { port?: number }).port;
    if (port) return port;
  }
  return undefined;
}

async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `node /app/dist/cli.js <command>` as the unprivileged user (setpriv, as the image's USER does), from `cwd`. */
function runAsNobody(command: string, cwd: string, env: Record<string, string>, app: string): Run {
  const child = spawn('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, join(app, 'dist', 'cli.js'), command], {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

const canSwitchUser = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;

describe('the README Docker recipe', () => {
  const dockerfile = runtimeStage(read('Dockerfile'));
  const envFile = dockerEnvFile(read('.env.example'));

  it('the README gives the recipe this test follows', () => {
    const readme = read('README.md');
    expect(readme).toContain('docker build -t reverse-mentor .');
    expect(readme).toContain('docker run -d --name reverse-mentor --env-file .env -v reverse-mentor-data:/data -p 3000:3000 reverse-mentor');
    expect(dockerfile).toMatchObject({ workdir: '/app', user: 'node', volumes: ['/data'], cmd: ['node', 'dist/cli.js', 'start'] });
    expect(dockerfile.env.DATABASE_PATH).toBe('/data/reverse-mentor.db');
  });

  it('the documented .env.example, passed with --env-file, keeps the database on the /data volume', () => {
    // --env-file wins over the image's ENV: whatever the file sets, the container gets.
    const container = { ...dockerfile.env, ...envFile };
    expect(container.DATABASE_PATH).toBe('/data/reverse-mentor.db');
    expect(Object.keys(envFile)).not.toContain('DATABASE_PATH');
    // Socket Mode is the story: the file asks for the app-level token, and leaves the signing secret for HTTP mode.
    expect(envFile.SLACK_APP_TOKEN).toMatch(/^xapp-/);
    expect(envFile.SLACK_SIGNING_SECRET).toBe('');
  });

  describe('start-up as the image does it: an unprivileged user, a read-only /app, only /data writable', () => {
    let fake: FakeSlack;
    let root: string;
    let app: string;
    let data: string;

    beforeAll(() => {
      if (!canSwitchUser) throw new Error('this test switches to an unprivileged user with setpriv, so it runs as root (as the CI does)');
      // The container's "/": /app as the image builds it (package.json, node_modules, dist, migrations), owned by root.
      root = mkdtempSync(join(tmpdir(), 'rm-docker-'));
      chmodSync(root, 0o755);
      app = join(root, 'app');
      mkdirSync(app);
      cpSync(join(ROOT, 'package.json'), join(app, 'package.json'));
      cpSync(join(ROOT, 'migrations'), join(app, 'migrations'), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'));
      const built = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(app, 'dist')], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(built.stderr + built.stdout).toBe('');
      // The volume: owned by the app's user (the image chowns /data before declaring it).
      data = join(root, 'data');
      mkdirSync(data);
      chownSync(data, NOBODY, NOBODY);
    }, 120_000);

    beforeEach(async () => {
      fake = await startFakeSlack({ botToken: 'xoxb-test-docker' });
    });
    afterEach(() => fake.close());
    afterAll(() => {
      if (root) rmSync(root, { recursive: true, force: true });
    });

    /** The container's environment, with the image's paths under the stand-in root, and the Slack app a local fake. */
    async function containerEnv(fromFile: Record<string, string>): Promise<Record<string, string>> {
      const env: Record<string, string> = { ...dockerfile.env, ...fromFile };
      if (env.DATABASE_PATH?.startsWith('/')) env.DATABASE_PATH = join(root, env.DATABASE_PATH);
      return {
        ...env,
        SLACK_BOT_TOKEN: 'xoxb-test-docker',
        // Socket Mode would connect out to Slack itself; here the same start-up runs in HTTP mode against the fake.
        SLACK_APP_TOKEN: '',
        SLACK_SIGNING_SECRET: 'docker-test-secret',
        SLACK_API_URL: fake.apiUrl,
        PORT: '0',
      };
    }

    it.each([
      ['/app, the image WORKDIR', () => app],
      ['another working directory', () => root],
    ])('starts from %s, answers /healthz, and writes only the database on the volume', async (_where, cwd) => {
      const env = await containerEnv(envFile);
      const run = runAsNobody('start', cwd(), env, app);
      try {
        const port = await waitFor(async () => boundPort(run.output()), 30_000);
        const body = await waitFor(async () => {
          const response = await fetch(`http://127.0.0.1:${port}/healthz`);
          return response.status === 200 ? ((await response.json()) as unknown) : undefined;
        }, 30_000);
        expect(body).toEqual({ status: 'ok', database: 'ok' });
        const database = join(data, 'reverse-mentor.db');
        expect(existsSync(database)).toBe(true);
        expect(statSync(database).uid).toBe(NOBODY);
        // Nothing written under /app (it stays as built), nor in the working directory.
        expect(readdirSync(app).sort()).toEqual(['dist', 'migrations', 'node_modules', 'package.json']);
        expect(readdirSync(root).sort()).toEqual(['app', 'data']);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${run.output()}`);
      } finally {
        run.child.kill('SIGTERM');
        expect(await run.exited).toBe(0);
      }
    }, 60_000);

    it('the old .env.example (DATABASE_PATH=./data/…) would override the volume and fail: why the file leaves it unset', async () => {
      const env = await containerEnv({ ...envFile, DATABASE_PATH: './data/reverse-mentor.db' });
      const run = runAsNobody('migrate', app, env, app);
      expect(await run.exited).not.toBe(0);
      expect(run.output()).toMatch(/EACCES/);
      expect(existsSync(join(app, 'data'))).toBe(false);
    }, 60_000);
  });
});
