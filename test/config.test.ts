import { ConfigError, formatConfigProblems, loadConfig, loadStorageConfig, readEnvironment } from '../src/config';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const valid = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'shh' };

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies the documented defaults in HTTP mode', () => {
    const config = loadConfig(valid);
    expect(config.slack.mode).toBe('http');
    expect(config.port).toBe(3000);
    expect(config.databasePath).toBe('./data/reverse-mentor.db');
    expect(config.defaultTimezone).toBe('Europe/Stockholm');
    expect(config.defaultLocale).toBe('en');
    expect(config.reflectionRetentionDays).toBe(365);
    expect(config.organizerUserIds).toEqual([]);
    expect(config.slack.apiUrl).toBeUndefined();
  });

  it('uses Socket Mode when SLACK_APP_TOKEN is set, without needing a signing secret', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A-1-abc' });
    expect(config.slack.mode).toBe('socket');
  });

  it('reads organizers, the API URL (with a trailing slash) and the other settings', () => {
    const config = loadConfig({
      ...valid,
      ORGANIZER_USER_IDS: 'U0AAA, U0BBB ,',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      PORT: '8080',
      DEFAULT_TIMEZONE: 'America/New_York',
      DEFAULT_LOCALE: 'sv',
      REFLECTION_RETENTION_DAYS: '30',
      LOG_LEVEL: 'debug',
    });
    expect(config.organizerUserIds).toEqual(['U0AAA', 'U0BBB']);
    expect(config.slack.apiUrl).toBe('http://127.0.0.1:9999/api/');
    expect(config.port).toBe(8080);
    expect(config.defaultTimezone).toBe('America/New_York');
    expect(config.defaultLocale).toBe('sv');
    expect(config.reflectionRetentionDays).toBe(30);
    expect(config.logLevel).toBe('debug');
  });

  it('lists every problem at once, naming each setting', () => {
    const found = problems({
      PORT: 'eighty',
      DEFAULT_TIMEZONE: 'Mars/Olympus',
      DEFAULT_LOCALE: 'de',
      ORGANIZER_USER_IDS: 'not-an-id',
      SLACK_API_URL: 'nope',
    });
    const keys = found.map((problem) => problem.split(' ')[0]);
    expect(keys).toEqual(
      expect.arrayContaining(['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'PORT', 'DEFAULT_TIMEZONE', 'DEFAULT_LOCALE', 'SLACK_API_URL']),
    );
    expect(found.some((problem) => problem.startsWith('ORGANIZER_USER_IDS'))).toBe(true);
    expect(found).toHaveLength(7);
  });

  it('explains how to create the Slack app from manifest.yml', () => {
    try {
      loadConfig({});
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('manifest.yml');
      expect(message).toContain('SLACK_BOT_TOKEN is required');
      expect(message).toContain('.env');
    }
  });

  it('points at the sandbox for trying the app without a Slack workspace', () => {
    const message = formatConfigProblems(['SLACK_BOT_TOKEN is required']);
    expect(message).toContain('npm run sandbox');
    expect(message).toContain('reverse-mentor sandbox');
    expect(message).toContain('http://localhost:3000/');
    // The way to run it for real comes first; the sandbox is the last paragraph.
    expect(message.indexOf('manifest.yml')).toBeLessThan(message.indexOf('npm run sandbox'));
  });

  it('refuses a bot token of the wrong kind', () => {
    expect(problems({ ...valid, SLACK_BOT_TOKEN: 'xoxp-user-token' })).toEqual(['SLACK_BOT_TOKEN must start with xoxb-']);
  });

  it('storage commands need no Slack settings', () => {
    expect(loadStorageConfig({ DATABASE_PATH: '/tmp/x.db' })).toEqual({ databasePath: '/tmp/x.db', logLevel: 'info' });
  });
});

describe('readEnvironment', () => {
  it('fills unset variables from .env while the real environment wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rm-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'SLACK_BOT_TOKEN=xoxb-from-file\nPORT=4000\n');
    const env = readEnvironment({ PORT: '5000' }, file);
    expect(env.SLACK_BOT_TOKEN).toBe('xoxb-from-file');
    expect(env.PORT).toBe('5000');
  });

  it('works without a .env file', () => {
    expect(readEnvironment({ A: '1' }, '/nonexistent/.env')).toEqual({ A: '1' });
  });
});
