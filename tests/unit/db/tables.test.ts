import { describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { SCHEMA_VERSIONS } from '../../../db/schema-versions';
import { TABLE_NAMES } from '../../../db/tables';

describe('the table list', () => {
  it('names every table of the current schema once, and no other', () => {
    expect([...TABLE_NAMES].sort()).toEqual(db.tables.map((table) => table.name).sort());
    expect(new Set(TABLE_NAMES).size).toBe(TABLE_NAMES.length);
  });

  it('names every table any released version made', () => {
    const made = new Set(SCHEMA_VERSIONS.flatMap((version) => Object.keys(version.stores)));
    expect([...made].sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('puts protégés first: every other table points at them', () => {
    expect(TABLE_NAMES[0]).toBe('proteges');
  });
});
