import type { DBCore, Middleware } from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeError } from '../../../utils/error-message';
import { applyImport } from '../../../db/backup/apply-import';
import { BACKUP_TABLES, type Backup } from '../../../db/backup/format';
import { db } from '../../../db/database';
import { resetDatabase } from '../db/reset';
import { validBackup } from './arbitraries';
import { dumpDatabase } from './dump';

const MIDDLEWARE = 'fail-kth-write';

/** Makes the k-th write request (of any table) fail as a full disk would. */
async function failWrite(k: number) {
  let writes = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: MIDDLEWARE,
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request) {
            writes++;
            if (writes === k) return Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
            return table.mutate(request);
          },
        };
      },
    }),
  };
  db.close();
  db.use(middleware);
  await db.open();
  return () => writes;
}

beforeEach(resetDatabase);
afterEach(async () => {
  db.close();
  db.unuse({ stack: 'dbcore', name: MIDDLEWARE });
  await db.open();
});

/** A backup with a record in every table: each table's write is one request. */
const [full] = fc.sample(
  validBackup.filter((b) => BACKUP_TABLES.every((table) => b[table].length > 0)),
  { numRuns: 1, seed: 42 },
) as [Backup];

/** What is on this device: one record also in the backup (older here), and one only here. */
async function seedDevice() {
  const shared = { ...full.proteges[0]!, name: 'Old name on this device', updatedAt: 0 };
  const ownOnly = { ...shared, id: '11111111-1111-4111-8111-111111111111', name: 'Only on this device' };
  full.proteges[0]!.updatedAt = Math.max(1, full.proteges[0]!.updatedAt);
  await db.proteges.bulkAdd([shared, ownOnly]);
}

describe('an import whose k-th write fails applies nothing', () => {
  it.each([1, 2, 3, 4, 5, 6])('k = %i', async (k) => {
    await seedDevice();
    const before = await dumpDatabase();
    await failWrite(k);
    const error: unknown = await applyImport(full).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeDefined();
    expect(describeError(error)).toMatch(/run out of space/);
    expect(await dumpDatabase()).toBe(before);
  });

  it('with no failing write the same import goes through (the writes above were really reached)', async () => {
    await seedDevice();
    const writes = await failWrite(7);
    await applyImport(full);
    expect(writes()).toBe(6);
    expect(await db.proteges.get(full.proteges[0]!.id)).toMatchObject({ name: full.proteges[0]!.name });
    expect(await db.proteges.get('11111111-1111-4111-8111-111111111111')).toMatchObject({
      name: 'Only on this device',
    });
    expect(await db.notes.count()).toBe(full.notes.length);
  });
});
