import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, db } from '../../../../db/database';
import { MentorUpDatabase } from '../database-class';
import { CURRENT_SCHEMA_VERSION } from '../../../../db/schema-versions';
import { searchNotes } from '../../../../db/search';
import { v02 } from '../../../../db/versions/v02';
import { databaseAt, expectRows, writeAt } from '../../../fixtures/older-release';
import { SCHEMA_V1, SESSION } from '../../../fixtures/schema-v1';
import { SCHEMA_V2, WORDS_AT_VERSION_2 } from '../../../fixtures/schema-v2';

const NAME = 'mentor-up-v02-test';
const BUDGET_NOTE = 'ac2a7f8e-3d41-4a5c-8e9f-1b2c3d4e5f60';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** Version 1's database upgraded by version 2's frozen code alone, as that release did it. */
async function upgradedByVersion2(rows: typeof SCHEMA_V1.rows): Promise<Dexie> {
  await writeAt(v02.version - 1, NAME, rows);
  const upgraded = databaseAt(v02.version, NAME);
  await upgraded.open();
  expect(upgraded.verno).toBe(v02.version);
  return upgraded;
}

describe('schema version 2', () => {
  it('its upgrade gives every version-1 note the words it is found by, keeping every field', async () => {
    const upgraded = await upgradedByVersion2(SCHEMA_V1.rows);
    try {
      await expectRows(upgraded, SCHEMA_V1.rows);
      for (const [id, words] of Object.entries(WORDS_AT_VERSION_2)) {
        expect((await upgraded.table('notes').get(id))?.words, id).toEqual(words);
      }
      // The two indexes it adds answer.
      expect(await upgraded.table('notes').where('words').equals('budget').primaryKeys()).toEqual([BUDGET_NOTE]);
      expect(await upgraded.table('notes').where('sessionId').equals(SESSION).primaryKeys()).toEqual([
        '8a0e5d6c-1b2f-4e3a-8c7d-9f0a1b2c3d4e',
      ]);
    } finally {
      upgraded.close();
    }
  });

  it('its upgrade folds case and accents and cuts a word at 40 characters', async () => {
    const note = { kind: 'note', source: { kind: 'popup' }, createdAt: 1, updatedAt: 1 };
    const upgraded = await upgradedByVersion2({
      notes: [
        { ...note, id: 'n1', text: 'Émile’s CAFÉ — ÇA VA? ça va!' },
        { ...note, id: 'n2', text: `naïve ${'x'.repeat(45)}` },
        { ...note, id: 'n3', text: ' … ' },
      ],
    });
    try {
      const words = async (id: string) => ((await upgraded.table('notes').get(id)) as { words: string[] }).words;
      expect(await words('n1')).toEqual(['emile', 's', 'cafe', 'ca', 'va']);
      expect(await words('n2')).toEqual(['naive', 'x'.repeat(40)]);
      expect(await words('n3')).toEqual([]);
    } finally {
      upgraded.close();
    }
  });

  it('what it stored opens with the current database, every record and field kept', async () => {
    await writeAt(v02.version, NAME, SCHEMA_V2.rows);
    const current = new MentorUpDatabase(NAME);
    await current.open();
    try {
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      await expectRows(current, SCHEMA_V2.rows);
      expect(await current.notes.where('words').equals('budget').primaryKeys()).toEqual([BUDGET_NOTE]);
    } finally {
      current.close();
    }
  });

  it('a version-1 database opened by the product is found by search', async () => {
    db.close();
    await db.delete();
    await writeAt(1, DATABASE_NAME, {
      proteges: [{ id: 'p1', name: 'Pat', generation: 'boomer', archived: false, createdAt: 1, updatedAt: 1 }],
      notes: [
        {
          id: 'n1',
          protegeId: 'p1',
          kind: 'note',
          text: 'Pat’s first Copilot prompt',
          source: { kind: 'popup' },
          createdAt: 1,
          updatedAt: 1,
        },
      ],
    });
    try {
      await db.open();
      expect((await db.notes.get('n1'))?.words).toEqual(['pat', 's', 'first', 'copilot', 'prompt']);
      expect((await searchNotes({ text: 'copilot', protegeId: 'p1' })).map((hit) => hit.note.id)).toEqual(['n1']);
    } finally {
      db.close();
      await db.delete();
    }
  });
});
