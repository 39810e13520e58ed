import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';

/**
 * The only reader of the environment. Everything else receives the parsed `Config`.
 * Settings are described in README.md; the shape follows PRODUCT.md §9.
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** True for a zone name Intl understands (IANA, e.g. Europe/Stockholm). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());

const userIdList = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part.length > 0)
      : [],
  z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'each id must be a Slack user id such as U012ABCDEF')),
);

/** Settings every command needs: where the database is and how much to log. */
const storageShape = {
  DATABASE_PATH: z.preprocess(emptyToUndefined, z.string().default('./data/reverse-mentor.db')),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(LOG_LEVELS).default('info')),
};

const environmentSchema = z
  .object({
    ...storageShape,
    SLACK_BOT_TOKEN: z.preprocess(
      emptyToUndefined,
      z.string({ error: 'is required (the Bot User OAuth Token, xoxb-…)' }).startsWith('xoxb-', 'must start with xoxb-'),
    ),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: z.preprocess(emptyToUndefined, z.string().startsWith('xapp-', 'must start with xapp-').optional()),
    SLACK_API_URL: z.preprocess(emptyToUndefined, z.url('must be a URL such as https://slack.com/api/').optional()),
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
    ORGANIZER_USER_IDS: userIdList,
    DEFAULT_TIMEZONE: z.preprocess(
      emptyToUndefined,
      z.string().default('Europe/Stockholm').refine(isTimeZone, 'must be an IANA time zone such as Europe/Stockholm'),
    ),
    DEFAULT_LOCALE: z.preprocess(emptyToUndefined, z.enum(['en', 'sv'], { error: 'must be en or sv' }).default('en')),
    REFLECTION_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).default(365)),
  });

/** Checks across settings, made on the raw values so they are reported together with every other problem. */
function crossSettingProblems(env: NodeJS.ProcessEnv): string[] {
  const blank = (value: string | undefined) => value === undefined || value.trim() === '';
  return blank(env.SLACK_APP_TOKEN) && blank(env.SLACK_SIGNING_SECRET)
    ? [
        'SLACK_APP_TOKEN is required for Socket Mode, which manifest.yml sets up (an app-level token, xapp-…, with connections:write). ' +
          'Running in HTTP mode behind a public URL instead? Then set SLACK_SIGNING_SECRET.',
      ]
    : [];
}

const storageSchema = z.object(storageShape);

export type Locale = 'en' | 'sv';

export interface Config {
  slack: {
    botToken: string;
    signingSecret: string | undefined;
    appToken: string | undefined;
    /** Web API base URL ending in a slash; undefined = Slack's own. */
    apiUrl: string | undefined;
    mode: 'socket' | 'http';
  };
  port: number;
  databasePath: string;
  organizerUserIds: readonly string[];
  defaultTimezone: string;
  defaultLocale: Locale;
  reflectionRetentionDays: number;
  logLevel: (typeof LOG_LEVELS)[number];
}

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly problems: readonly string[]) {
    super(formatConfigProblems(problems));
    this.name = 'ConfigError';
  }
}

export function formatConfigProblems(problems: readonly string[]): string {
  return [
    'Reverse Mentor cannot start: the configuration is incomplete.',
    '',
    ...problems.map((problem) => `  - ${problem}`),
    '',
    'Set these in the environment or in a .env file next to package.json (see .env.example).',
    '',
    'No Slack app yet? Create one from the manifest (it uses Socket Mode: no public URL needed):',
    '  1. Open https://api.slack.com/apps → Create New App → From a manifest, pick your workspace.',
    '  2. Paste manifest.yml from this repository and create the app.',
    '  3. Install it to the workspace; copy the Bot User OAuth Token (xoxb-…) into SLACK_BOT_TOKEN.',
    '  4. Basic Information → App-Level Tokens → generate one with the connections:write scope; put it (xapp-…)',
    '     into SLACK_APP_TOKEN.',
    '  5. Put your own Slack user id in ORGANIZER_USER_IDS, run `npm start` again, and type /reverse-mentor help in Slack.',
    '',
    'HTTP mode instead (only with a public URL): set socket_mode_enabled to false in the manifest, replace its three',
    'request URLs with yours, leave SLACK_APP_TOKEN empty and put the Signing Secret into SLACK_SIGNING_SECRET.',
    '',
    'Just want to look first? `npm run sandbox` (or `reverse-mentor sandbox`) runs the whole programme in your',
    'browser at http://localhost:3000/ with a made-up workspace: no Slack app, no settings, nothing leaves this machine.',
  ].join('\n');
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
}

/** Parses the environment into a Config, or throws one ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const result = environmentSchema.safeParse(env);
  const problems = [...(result.success ? [] : problemsOf(result.error)), ...crossSettingProblems(env)];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const parsed = result.data;
  return {
    slack: {
      botToken: parsed.SLACK_BOT_TOKEN,
      signingSecret: parsed.SLACK_SIGNING_SECRET,
      appToken: parsed.SLACK_APP_TOKEN,
      apiUrl: parsed.SLACK_API_URL && (parsed.SLACK_API_URL.endsWith('/') ? parsed.SLACK_API_URL : `${parsed.SLACK_API_URL}/`),
      mode: parsed.SLACK_APP_TOKEN ? 'socket' : 'http',
    },
    port: parsed.PORT,
    databasePath: parsed.DATABASE_PATH,
    organizerUserIds: parsed.ORGANIZER_USER_IDS,
    defaultTimezone: parsed.DEFAULT_TIMEZONE,
    defaultLocale: parsed.DEFAULT_LOCALE,
    reflectionRetentionDays: parsed.REFLECTION_RETENTION_DAYS,
    logLevel: parsed.LOG_LEVEL,
  };
}

export type StorageConfig = Pick<Config, 'databasePath' | 'logLevel'>;

/** What `migrate` and `backup` need: no Slack settings, so they work before the Slack app exists. */
export function loadStorageConfig(env: NodeJS.ProcessEnv): StorageConfig {
  const result = storageSchema.safeParse(env);
  if (!result.success) throw new ConfigError(problemsOf(result.error));
  return { databasePath: result.data.DATABASE_PATH, logLevel: result.data.LOG_LEVEL };
}

/**
 * The process environment with a `.env` file (when present) filling in what the environment leaves unset.
 * Real environment variables win, as with dotenv's default.
 */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env, dotenvPath = '.env'): NodeJS.ProcessEnv {
  if (!existsSync(dotenvPath)) return { ...env };
  const fromFile = parseDotenv(readFileSync(dotenvPath));
  return { ...fromFile, ...env };
}
