import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError, loadConfig } from '../../src/config';
import { startHarness } from '../e2e/harness';

/**
 * One story from start to Slack (PRODUCT.md §9): the manifest ships Socket Mode, so the start-up guidance, the README
 * and .env.example ask for the app-level token first and treat HTTP mode as the exception; and what the README says
 * /healthz answers is exactly what it answers.
 */

const ROOT = join(__dirname, '..', '..');
const read = (name: string) => readFileSync(join(ROOT, name), 'utf8');

function guidance(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('start-up guidance, README, .env.example and manifest: Socket Mode first', () => {
  it('the manifest ships Socket Mode', () => {
    const manifest = parseYaml(read('manifest.yml')) as { settings: { socket_mode_enabled: boolean } };
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('`npm start` without settings asks for the bot token and the app-level token, and HTTP mode comes after, as the exception', () => {
    const text = guidance({});
    expect(text).toContain('SLACK_BOT_TOKEN is required');
    expect(text).toContain('SLACK_APP_TOKEN is required for Socket Mode, which manifest.yml sets up');
    expect(text).not.toMatch(/SLACK_SIGNING_SECRET is required/);
    const steps = text.slice(text.indexOf('No Slack app yet?'));
    expect(steps).toContain('it uses Socket Mode: no public URL needed');
    expect(steps.indexOf('App-Level Tokens')).toBeGreaterThan(-1);
    expect(steps.indexOf('App-Level Tokens')).toBeLessThan(steps.indexOf('HTTP mode instead'));
    expect(steps.indexOf('SLACK_SIGNING_SECRET')).toBeGreaterThan(steps.indexOf('HTTP mode instead'));
    // With the bot token and the app-level token it starts in Socket Mode, no signing secret needed.
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack.mode).toBe('socket');
  });

  it('.env.example asks for the app-level token and leaves the signing secret for HTTP mode', () => {
    const example = read('.env.example');
    expect(example).toMatch(/^SLACK_APP_TOKEN=xapp-/m);
    expect(example).toMatch(/^SLACK_SIGNING_SECRET=$/m);
    expect(example.indexOf('SLACK_APP_TOKEN=')).toBeLessThan(example.indexOf('SLACK_SIGNING_SECRET='));
  });

  it('the README tells the same story: the app-level token is a step, HTTP mode an exception after the steps', () => {
    const readme = read('README.md');
    const create = readme.slice(readme.indexOf('## Create the Slack app'), readme.indexOf('## Settings'));
    expect(create).toMatch(/4\. Basic Information → App-Level Tokens/);
    expect(create).toContain('That is **Socket Mode**, what the manifest sets up');
    expect(create.indexOf('**HTTP mode instead**')).toBeGreaterThan(create.indexOf('5. '));
    expect(readme).toContain('fill in SLACK_BOT_TOKEN and SLACK_APP_TOKEN');
  });
});

describe('/healthz and the README agree', () => {
  const readme = read('README.md');
  const monitoring = readme.slice(readme.indexOf('- **Monitoring**'));
  const documented = (status: number) => JSON.parse(new RegExp('`' + status + '` with `(\\{[^`]+\\})`').exec(monitoring.replace(/\n\s+/g, ' '))?.[1] ?? 'null') as unknown;

  it('answers exactly the documented body while the database answers, and the documented 503 when it does not', async () => {
    expect(documented(200)).toEqual({ status: 'ok', database: 'ok' });
    expect(documented(503)).toEqual({ status: 'unavailable', database: 'error' });
    const h = await startHarness();
    try {
      const up = await fetch(`http://127.0.0.1:${h.app.port}/healthz`);
      expect(up.status).toBe(200);
      expect(await up.json()).toEqual(documented(200));
      h.db.close();
      const down = await fetch(`http://127.0.0.1:${h.app.port}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual(documented(503));
    } finally {
      await h.close();
    }
  });
});
