import pino, { type Logger as PinoLogger } from 'pino';
// @slack/logger (what Bolt and the Web API client log through), not Bolt: the scheduler's thread loads this
// module and has no use for the rest of Bolt (~20 MiB).
import { LogLevel, type Logger as SlackLogger } from '@slack/logger';

export type Logger = PinoLogger;

/**
 * Paths that must never reach a log line. Personal text (goals, reflection texts) is kept out by the callers,
 * who log ids and codes only; these paths are the backstop for objects passed by mistake.
 */
const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'config.slack',
  'slack.botToken',
  'slack.appToken',
  'slack.signingSecret',
  'headers.authorization',
  'headers["x-slack-signature"]',
  '*.token',
  '*.goals',
  '*.learned',
  '*.nextStep',
  '*.text',
];

export interface LoggerOptions {
  level: string;
  /** Where lines go; defaults to stdout. Tests pass a stream to read what was logged. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { app: 'reverse-mentor' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}

/** One child per area of the app (`config`, `db`, `slack`, `scheduler`, …). */
export function childLogger(root: Logger, name: string): Logger {
  return root.child({ area: name });
}

const SECRET_PATTERN = /\b(xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+)/g;
/** Bolt and the Web API client log whole request and response bodies at debug level: those carry user text. */
const PAYLOAD_PATTERN = /^\s*[[{]|^http request (body|result|headers)|^Request arguments|^Malformed request body/;

function scrub(part: unknown): unknown {
  if (typeof part === 'string') {
    if (PAYLOAD_PATTERN.test(part)) return `[payload omitted, ${part.length} chars]`;
    return part.replace(SECRET_PATTERN, '[redacted]');
  }
  if (part instanceof Error) {
    const data = (part as Error & { data?: { error?: string } }).data;
    return {
      type: part.name,
      message: part.message.replace(SECRET_PATTERN, '[redacted]'),
      code: (part as Error & { code?: string }).code,
      slackError: data?.error,
    };
  }
  if (part && typeof part === 'object') return '[object omitted]';
  return part;
}

const TO_PINO: Record<LogLevel, 'debug' | 'info' | 'warn' | 'error'> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/**
 * The logger Bolt (and its Web API client) writes to. Bolt logs free-form strings and sometimes whole payloads,
 * so every part is scrubbed: payload dumps are dropped, tokens masked, objects never serialised.
 */
export function boltLogger(root: Logger): SlackLogger {
  let logger = childLogger(root, 'bolt');
  let level: LogLevel = (Object.entries(TO_PINO).find(([, pinoLevel]) => pinoLevel === root.level)?.[0] as LogLevel) ?? LogLevel.INFO;
  const write = (method: 'debug' | 'info' | 'warn' | 'error', parts: unknown[]) => {
    // The Web API client logs several lines per call; below the configured level they cost nothing more.
    if (!logger.isLevelEnabled(method)) return;
    const scrubbed = parts.map(scrub);
    const errorPart = scrubbed.find((part) => part && typeof part === 'object');
    const message = scrubbed.filter((part) => typeof part !== 'object').map(String).join(' ');
    if (errorPart) logger[method]({ err: errorPart }, message);
    else logger[method](message);
  };
  return {
    debug: (...parts: unknown[]) => write('debug', parts),
    info: (...parts: unknown[]) => write('info', parts),
    warn: (...parts: unknown[]) => write('warn', parts),
    error: (...parts: unknown[]) => write('error', parts),
    // Bolt calls setLevel with its own default; the root logger's level stays the one configured.
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (name: string) => {
      logger = root.child({ area: 'bolt', component: name });
    },
  };
}
