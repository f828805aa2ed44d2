import { beforeEach, describe, expect, it } from 'vitest';
import { db, PROTEGE_TABLES } from '../../../db/database';
import { TABLE_NAMES } from '../../../db/tables';
import { PAT, SAM, SCHEMA_V1 } from '../../fixtures/schema-v1';
import { resetDatabase } from './reset';

/** The time each table's records are kept in order by, where its index holds one. */
const TIME_FIELD: Record<string, string> = { notes: 'createdAt', stageEvents: 'at', sessions: 'startedAt' };

beforeEach(async () => {
  await resetDatabase();
  await db.transaction('rw', TABLE_NAMES, async () => {
    for (const table of TABLE_NAMES) {
      // Stored newest first, so an answer in time order is the index's doing.
      const rows = [...SCHEMA_V1.rows[table]!].reverse();
      await db.table(table).bulkAdd(rows);
    }
  });
});

describe('protegeRecords', () => {
  it('covers every table but the protégés’ own', () => {
    expect([...PROTEGE_TABLES].sort()).toEqual(TABLE_NAMES.filter((table) => table !== 'proteges').sort());
  });

  it.each(PROTEGE_TABLES.flatMap((table) => [PAT, SAM].map((protege) => [table, protege] as const)))(
    '%s of %s: that protégé’s records only, oldest first where the index holds a time',
    async (table, protege) => {
      const mine = SCHEMA_V1.rows[table]!.filter((row) => row.protegeId === protege);
      const time = TIME_FIELD[table];
      const expected = time ? [...mine].sort((a, b) => (a[time] as number) - (b[time] as number)) : mine;
      const found = (await db.protegeRecords(table, protege).toArray()) as unknown as Record<string, unknown>[];
      if (time) expect(found.map((row) => row.id)).toEqual(expected.map((row) => row.id));
      else {
        expect(found).toHaveLength(expected.length);
        expect(new Set(found.map((row) => row.id))).toEqual(new Set(expected.map((row) => row.id)));
      }
    },
  );

  it('finds nothing for a protégé with no records, whose id sorts between two others', async () => {
    const between = `${PAT.slice(0, -1)}2`;
    for (const table of PROTEGE_TABLES) expect(await db.protegeRecords(table, between).count(), table).toBe(0);
  });
});
