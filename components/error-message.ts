import { InvalidInputError } from '../db/errors';

/** What kind of trouble an error is, as far as what the mentor can do about it. */
export type ErrorKind = 'input' | 'quota' | 'open' | 'upgrade' | 'write' | 'other';

const OPEN_FAILURES = new Set([
  'OpenFailedError',
  'DatabaseClosedError',
  'MissingAPIError',
  'VersionError',
  'InvalidStateError',
  'UnknownError',
]);
const WRITE_FAILURES = new Set([
  'AbortError',
  'ConstraintError',
  'DataError',
  'DataCloneError',
  'TransactionInactiveError',
  'ReadOnlyError',
]);

/** An error and the ones it wraps (Dexie keeps the browser's error as `inner`). */
function* causes(error: unknown): Generator<Error> {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    yield current;
    const wrapped = current as Error & { inner?: unknown };
    current = wrapped.inner ?? wrapped.cause;
  }
}

export function classifyError(error: unknown): ErrorKind {
  const chain = [...causes(error)];
  if (chain.some((e) => e instanceof InvalidInputError)) return 'input';
  if (chain.some((e) => e.name === 'QuotaExceededError' || /quota/i.test(e.message))) return 'quota';
  if (chain.some((e) => e.name === 'UpgradeError')) return 'upgrade';
  if (chain.some((e) => OPEN_FAILURES.has(e.name))) return 'open';
  if (chain.some((e) => WRITE_FAILURES.has(e.name) || e.name === 'BulkError')) return 'write';
  return 'other';
}

function firstSentence(error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0]?.trim() : '';
  return message ? message.replace(/\.?$/, '.') : 'Something went wrong.';
}

/** A sentence a person can act on, from whatever a failed operation threw. */
export function describeError(error: unknown): string {
  switch (classifyError(error)) {
    case 'input':
      return [...causes(error)].find((e) => e instanceof InvalidInputError)!.message;
    case 'quota':
      return 'The browser has run out of space for Mentor Up. Free some disk space, then try again; you can export a backup from the options page meanwhile.';
    case 'upgrade':
      return 'Mentor Up could not update how your notes are stored. Your notes were left as they were.';
    case 'open':
      return 'The browser would not open Mentor Up’s storage. This happens in private windows and when the browser’s storage is damaged.';
    case 'write':
      return `The browser refused to store this (${firstSentence(error).replace(/\.$/, '')}). Try again; if it keeps failing, restart the browser.`;
    case 'other':
      return firstSentence(error);
  }
}
