import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MentorUpDatabase, SCHEMA_VERSIONS, protegeKeyRange } from '../../../db/database';
import { databaseAt } from '../../fixtures/older-release';
import type { SchemaFixture } from '../../fixtures/schema-fixture';
import { SCHEMA_FIXTURES } from '../../fixtures/schema-fixtures';
import { PAT } from '../../fixtures/schema-v1';

const NAME = 'mentor-up-upgrade-test';

async function writeFixture(fixture: SchemaFixture, name = NAME) {
  const older = databaseAt(fixture.version, name);
  await older.open();
  await older.transaction('rw', older.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.rows)) await older.table(table).bulkAdd(rows);
  });
  expect(older.verno).toBe(fixture.version);
  older.close();
}

async function expectRows(database: Dexie, expected: Record<string, Record<string, unknown>[]>) {
  for (const [table, rows] of Object.entries(expected)) {
    const stored = await database.table(table).toArray();
    expect(stored, `${table}: nothing lost, nothing added`).toHaveLength(rows.length);
    for (const row of rows) {
      // Every field the older version stored is still there; an upgrade may add fields.
      expect(await database.table(table).get(row.id as string), `${table} ${String(row.id)}`).toMatchObject(row);
    }
  }
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema upgrades', () => {
  it('has a fixture for every schema version the product has had', () => {
    expect(SCHEMA_FIXTURES.map((f) => f.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(SCHEMA_FIXTURES.map((fixture) => [fixture.version, fixture] as const))(
    'a database written by version %i opens with the current code, nothing lost',
    async (_version, fixture) => {
      await writeFixture(fixture);
      const current = new MentorUpDatabase(NAME);
      await current.open();
      try {
        expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
        await expectRows(current, fixture.expected ?? fixture.rows);
        for (const later of SCHEMA_FIXTURES.filter((f) => f.version > fixture.version)) {
          await later.upgradeCheck?.(current);
        }
        // The indexes the product reads by answer as they should.
        const patNotes = await current.notes
          .where('[protegeId+createdAt]')
          .between(...protegeKeyRange(PAT))
          .count();
        expect(patNotes).toBe(fixture.rows.notes!.filter((n) => n.protegeId === PAT).length);
        expect(await current.goals.where('protegeId').equals(PAT).count()).toBe(2);
      } finally {
        current.close();
      }
    },
  );

  it('a failing upgrade leaves the data as it was and says so', async () => {
    const oldest = SCHEMA_FIXTURES[0]!;
    await writeFixture(oldest);

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
