import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyError, describeError } from '../../../components/error-message';
import { InvalidInputError } from '../../../db/errors';

const quota = new DOMException('The disk is full', 'QuotaExceededError');

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
