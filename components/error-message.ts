import { InvalidInputError } from '../db/errors';

/** A sentence a person can act on, from whatever a failed operation threw. */
export function describeError(error: unknown): string {
  if (error instanceof InvalidInputError) return error.message;
  if (error instanceof Error) {
    if (error.name === 'QuotaExceededError' || /quota/i.test(error.message)) {
      return 'The browser has run out of space for Mentor Up. Free some disk space, then try again.';
    }
    return error.message ? `${error.message.replace(/\.?$/, '.')}` : 'Something went wrong.';
  }
  return 'Something went wrong.';
}
