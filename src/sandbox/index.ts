import { resolve } from 'node:path';
import { z } from 'zod';
import { createLogger, type Logger } from '../logger';
import { Sandbox, SandboxError } from './sandbox';
import { startSandboxServer, type SandboxServer } from './server';

/**
 * `reverse-mentor sandbox`: the whole programme in a browser, without a Slack workspace. Reads only its own
 * settings (SANDBOX_PORT, SANDBOX_DATABASE_PATH, LOG_LEVEL) from the environment it is given; every Slack
 * setting is made up in-process, so nothing in `.env` can point it at the real Slack or the real database.
 */

export const DEFAULT_SANDBOX_DATABASE = './data/sandbox.db';

export interface SandboxSettings {
  port: number;
  databasePath: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const settingsSchema = z.object({
  port: z.preprocess(blank, z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000)),
  databasePath: z.preprocess(blank, z.string().default(DEFAULT_SANDBOX_DATABASE)),
  logLevel: z.preprocess(blank, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn')),
});

export class SandboxSettingsError extends Error {
  readonly code = 'sandbox_settings';
}

/** `--port N` (or SANDBOX_PORT), SANDBOX_DATABASE_PATH; refuses the production DATABASE_PATH. */
export function sandboxSettings(env: NodeJS.ProcessEnv, args: readonly string[]): SandboxSettings {
  const portAt = args.indexOf('--port');
  const portArg = portAt === -1 ? undefined : args[portAt + 1];
  if (portAt !== -1 && (portArg === undefined || portArg.startsWith('--'))) throw new SandboxSettingsError('--port needs a number, e.g. --port 4000');
  const result = settingsSchema.safeParse({
    port: portArg ?? env.SANDBOX_PORT,
    databasePath: env.SANDBOX_DATABASE_PATH,
    logLevel: env.LOG_LEVEL,
  });
  if (!result.success) {
    throw new SandboxSettingsError(result.error.issues.map((issue) => `${issue.path[0] === 'port' ? '--port / SANDBOX_PORT' : String(issue.path[0])} ${issue.message}`).join('; '));
  }
  const production = resolve(blank(env.DATABASE_PATH) === undefined ? './data/reverse-mentor.db' : String(env.DATABASE_PATH));
  if (resolve(result.data.databasePath) === production) {
    throw new SandboxSettingsError(
      `the sandbox never uses the app's database (${result.data.databasePath}); set SANDBOX_DATABASE_PATH to another file`,
    );
  }
  return result.data;
}

export interface RunningSandbox {
  sandbox: Sandbox;
  server: SandboxServer;
  close(): Promise<void>;
}

export async function startSandbox(settings: SandboxSettings, logger: Logger, options: { fresh?: boolean; startAt?: Date } = {}): Promise<RunningSandbox> {
  const sandbox = await Sandbox.open({
    databasePath: settings.databasePath,
    logger,
    logLevel: settings.logLevel,
    ...(options.fresh !== undefined ? { fresh: options.fresh } : {}),
    ...(options.startAt ? { startAt: options.startAt } : {}),
  });
  let server: SandboxServer;
  try {
    server = await startSandboxServer(sandbox, { port: settings.port, logger });
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  return {
    sandbox,
    server,
    async close() {
      await server.close();
      await sandbox.close();
    },
  };
}

/** What the CLI runs: start, say where to look, stop cleanly on Ctrl-C. */
export async function runSandbox(env: NodeJS.ProcessEnv, args: readonly string[]): Promise<void> {
  const settings = sandboxSettings(env, args);
  const logger = createLogger({ level: settings.logLevel });
  let running: RunningSandbox;
  try {
    running = await startSandbox(settings, logger);
  } catch (error) {
    const coded = error as Error & { code?: string };
    if (coded.code === 'EADDRINUSE') throw new SandboxSettingsError(`port ${settings.port} is in use; try --port ${settings.port + 1}`);
    if (error instanceof SandboxError) throw new SandboxSettingsError(error.message);
    throw error;
  }
  process.stdout.write(
    [
      '',
      `  Reverse Mentor sandbox: open ${running.server.url}`,
      '',
      `  A made-up workspace (an organizer and 12 people) talks to the real app on 127.0.0.1:${running.sandbox.appPort};`,
      `  nothing leaves this machine. Data: ${settings.databasePath}. Stop with Ctrl-C.`,
      '',
    ].join('\n') + '\n',
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    running
      .close()
      .then(() => {
        logger.flush();
        process.exit(0);
      })
      .catch(() => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
