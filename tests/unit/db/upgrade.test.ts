import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MentorUpDatabase } from './database-class';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../db/schema-versions';
import { databaseAt, expectRows, writeAt } from '../../fixtures/older-release';
import { SCHEMA_FIXTURES } from '../../fixtures/schema-fixtures';
import { PAT } from '../../fixtures/schema-v1';

const NAME = 'mentor-up-upgrade-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** Every pair of an older and a later version the product has had. */
const PAIRS = SCHEMA_FIXTURES.flatMap((older) =>
  SCHEMA_FIXTURES.filter((later) => later.version > older.version).map((later) => [older, later] as const),
);

describe('schema upgrades', () => {
  it('has a fixture for every schema version the product has had', () => {
    expect(SCHEMA_FIXTURES.map((f) => f.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(SCHEMA_FIXTURES.map((fixture) => [fixture.version, fixture] as const))(
    'a database written by version %i opens with the current code, nothing lost',
    async (_version, fixture) => {
      await writeAt(fixture.version, NAME, fixture.rows);
      const current = new MentorUpDatabase(NAME);
      await current.open();
      try {
        expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
        await expectRows(current, fixture.expected ?? fixture.rows);
        for (const later of SCHEMA_FIXTURES.filter((f) => f.version > fixture.version)) {
          await later.upgradeCheck?.(current);
        }
        // The indexes the product reads by answer as they should.
        const patNotes = await current.protegeRecords('notes', PAT).count();
        expect(patNotes).toBe(fixture.rows.notes!.filter((n) => n.protegeId === PAT).length);
        expect(await current.protegeRecords('goals', PAT).count()).toBe(2);
      } finally {
        current.close();
      }
    },
  );

  it.each(PAIRS.map(([older, later]) => [older.version, later.version, older] as const))(
    'version %i upgrades to version %i by the released code alone, nothing lost',
    async (_from, to, older) => {
      await writeAt(older.version, NAME, older.rows);
      const upgraded = databaseAt(to, NAME);
      await upgraded.open();
      try {
        expect(upgraded.verno).toBe(to);
        await expectRows(upgraded, older.rows);
      } finally {
        upgraded.close();
      }
    },
  );

  it('a failing upgrade leaves the data as it was and says so', async () => {
    const oldest = SCHEMA_FIXTURES[0]!;
    await writeAt(oldest.version, NAME, oldest.rows);

    // The current code plus a next version whose upgrade fails half-way through.
    class BrokenNext extends MentorUpDatabase {
      constructor() {
        super(NAME);
        this.version(CURRENT_SCHEMA_VERSION + 1)
          .stores({})
          .upgrade(async (tx) => {
            await tx.table('proteges').clear();
            throw new Error('The upgrade met a record it could not read');
          });
      }
    }
    const broken = new BrokenNext();
    await expect(broken.open()).rejects.toThrow('could not read');
    await expect(broken.proteges.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    broken.close();

    // Still at the old version, with every record: the whole upgrade was rolled back.
    const reopened = databaseAt(oldest.version, NAME);
    await reopened.open();
    expect(reopened.verno).toBe(oldest.version);
    await expectRows(reopened, oldest.rows);
    reopened.close();
  });
});
