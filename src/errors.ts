/** An error the app expects and can explain to a person: it carries a code the views turn into words. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type AppErrorCode =
  | 'not_participant'
  | 'not_organizer'
  | 'already_left'
  | 'not_paused'
  | 'invalid_weeks'
  | 'slack_failed'
  | 'database_busy';

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
