import { InvalidInputError } from '../db/errors';
import { isOutOfRoom } from '../db/storage-room';

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
  'ModifyError',
]);

/**
 * An error and the ones it wraps: Dexie keeps the browser's error as `inner`, and a failed
 * `modify` or bulk write lists its records' errors as `failures`.
 */
function* causes(error: unknown, depth = 0): Generator<Error> {
  if (!(error instanceof Error) || depth >= 5) return;
  yield error;
  const wrapped = error as Error & { inner?: unknown; failures?: unknown };
  yield* causes(wrapped.inner ?? wrapped.cause, depth + 1);
  const failures = wrapped.failures;
  if (failures && typeof failures === 'object') {
    for (const failure of Object.values(failures).slice(0, 3)) yield* causes(failure, depth + 1);
  }
}

export function classifyError(error: unknown): ErrorKind {
  const chain = [...causes(error)];
  if (chain.some((e) => e instanceof InvalidInputError)) return 'input';
  // Chrome words a full disk under its I/O errors as "FILE_ERROR_NO_SPACE".
  if (chain.some((e) => e.name === 'QuotaExceededError' || /quota|no[ _]space/i.test(e.message))) return 'quota';
  if (chain.some((e) => e.name === 'UpgradeError')) return 'upgrade';
  if (chain.some((e) => OPEN_FAILURES.has(e.name))) return 'open';
  if (chain.some((e) => WRITE_FAILURES.has(e.name) || e.name === 'BulkError')) return 'write';
  return 'other';
}

function firstSentence(error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0]?.trim() : '';
  return message ? message.replace(/\.?$/, '.') : 'Something went wrong.';
}

// How a full disk has reached pages in Chrome: an aborted write, "Failed to write blobs", an
// unknown error, then a store that will not open again. Only the browser's own count of the
// space left tells these apart from other trouble.
const SPACE_MAY_EXPLAIN = new Set([
  'AbortError',
  'DataError',
  'UnknownError',
  'OpenFailedError',
  'DatabaseClosedError',
  'InvalidStateError',
]);

/** Like classifyError, and when the error itself cannot tell, asks the browser whether space ran out. */
export async function classifyFailure(
  error: unknown,
  outOfRoom: () => Promise<boolean> = isOutOfRoom,
): Promise<ErrorKind> {
  const kind = classifyError(error);
  if (kind !== 'write' && kind !== 'open') return kind;
  const diskMayBeFull = [...causes(error)].some((e) => SPACE_MAY_EXPLAIN.has(e.name));
  return diskMayBeFull && (await outOfRoom()) ? 'quota' : kind;
}

/** A sentence a person can act on, from whatever a failed operation threw. */
export function describeError(error: unknown, kind: ErrorKind = classifyError(error)): string {
  switch (kind) {
    case 'input':
      return [...causes(error)].find((e) => e instanceof InvalidInputError)?.message ?? firstSentence(error);
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

/** describeError for a failed write or open, with a full disk recognised however it was reported. */
export async function describeFailure(error: unknown): Promise<string> {
  return describeError(error, await classifyFailure(error));
}
