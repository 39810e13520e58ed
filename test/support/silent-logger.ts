/** A no-op logger for WebClient / Bolt in tests (both accept @slack/logger's Logger, re-exported by Bolt). */
import { LogLevel, type Logger } from '@slack/bolt';

export function silentLogger(): Logger {
  let level: LogLevel = LogLevel.ERROR;
  const noop = (): void => undefined;
  return {
    debug: noop,
    info: noop,
    warn: noop,
    error: noop,
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: noop,
  };
}
