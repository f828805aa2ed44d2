import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyError, classifyFailure, describeError, describeFailure } from '../../../utils/error-message';
import { InvalidInputError } from '../../../db/errors';
import { isOutOfRoom } from '../../../db/storage-room';

const quota = new DOMException('The disk is full', 'QuotaExceededError');
// As Chromium reported a full disk to an extension with unlimitedStorage (seen in the e2e test).
const ioNoSpace = new DOMException(
  'Connection is closing because of: IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
  'UnknownError',
);
const abortedWrite = new Dexie.AbortError(
  'Transaction aborted',
  new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError'),
);
// A field's `update()` that met the aborted write: Dexie lists it among the records' failures.
const failedModify = new Dexie.ModifyError('Error modifying one or more objects.', [abortedWrite], 0, []);
const noReopen = new Dexie.DatabaseClosedError(
  new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'),
);

describe('error messages say what happened and what to do', () => {
  it.each([
    ['a refused value', new InvalidInputError('The note is empty.'), 'input', /^The note is empty\.$/],
    ['a full disk', quota, 'quota', /run out of space.*Free some disk space.*export a backup/],
    [
      'a full disk that aborted a transaction',
      new Dexie.AbortError('Transaction aborted', quota),
      'quota',
      /run out of space/,
    ],
    [
      'a database that will not open',
      new Dexie.OpenFailedError('open failed', new Error('UnknownError')),
      'open',
      /private windows.*damaged/,
    ],
    [
      'a database closed after a failed open',
      new Dexie.DatabaseClosedError('closed', new Error('boom')),
      'open',
      /would not open/,
    ],
    [
      'no IndexedDB at all (some private windows)',
      new Dexie.MissingAPIError('indexedDB API missing'),
      'open',
      /private windows/,
    ],
    ['a full disk in Chromium’s own words', ioNoSpace, 'quota', /run out of space/],
    ['a failed upgrade', new Dexie.UpgradeError('bad data'), 'upgrade', /left as they were/],
    [
      'a rejected write',
      new Dexie.ConstraintError('Key already exists'),
      'write',
      /refused to store this \(Key already exists\)\. Try again/,
    ],
    ['anything else', new Error('Odd thing'), 'other', /^Odd thing\.$/],
    ['not even an Error', 'string thrown', 'other', /^Something went wrong\.$/],
  ])('%s', (_what, error, kind, message) => {
    expect(classifyError(error)).toBe(kind);
    expect(describeError(error)).toMatch(message);
  });
});

describe('a failure the error alone cannot explain is checked against the space left', () => {
  it.each([
    ['an aborted write, no room left', abortedWrite, true, 'quota'],
    ['an aborted write, room left', abortedWrite, false, 'write'],
    ['an update whose write was aborted, no room left', failedModify, true, 'quota'],
    ['an update whose write was aborted, room left', failedModify, false, 'write'],
    ['a store that will not reopen, no room left', noReopen, true, 'quota'],
    ['a store that will not reopen, room left', noReopen, false, 'open'],
    ['a duplicate key is no space problem', new Dexie.ConstraintError('Key already exists'), true, 'write'],
    ['a refused value is no space problem', new InvalidInputError('The note is empty.'), true, 'input'],
    ['a failed upgrade is no space problem', new Dexie.UpgradeError('bad data'), true, 'upgrade'],
  ] as const)('%s', async (_what, error, full, kind) => {
    expect(await classifyFailure(error, () => Promise.resolve(full))).toBe(kind);
  });

  it('describes such a failure as a full disk, with what to do', async () => {
    const storage = { estimate: () => Promise.resolve({ quota: 5_000_000, usage: 5_000_000 }) } as StorageManager;
    Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
    try {
      expect(await describeFailure(abortedWrite)).toMatch(/run out of space.*Free some disk space.*export a backup/);
    } finally {
      delete (navigator as { storage?: StorageManager }).storage; // back to the environment's own
    }
  });
});

describe('the space left, as the browser counts it', () => {
  const storage = (estimate: () => Promise<StorageEstimate>) => ({ estimate }) as StorageManager;
  it.each([
    [
      'a full disk (Chrome: quota is usage plus free disk)',
      storage(async () => ({ quota: 214_013, usage: 214_013 })),
      true,
    ],
    ['less than a megabyte left', storage(async () => ({ quota: 10_500_000, usage: 10_000_000 })), true],
    ['plenty left', storage(async () => ({ quota: 80e9, usage: 2e5 })), false],
    ['no figures', storage(async () => ({})), false],
    ['an estimate that fails', storage(() => Promise.reject(new Error('no'))), false],
    ['no estimate in this browser', {} as StorageManager, false],
  ])('%s', async (_what, manager, expected) => {
    expect(await isOutOfRoom(manager)).toBe(expected);
  });
});
