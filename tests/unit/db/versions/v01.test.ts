import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MentorUpDatabase } from '../database-class';
import { CURRENT_SCHEMA_VERSION } from '../../../../db/schema-versions';
import { v01 } from '../../../../db/versions/v01';
import { expectRows, writeAt } from '../../../fixtures/older-release';
import { PAT, SAM, SCHEMA_V1 } from '../../../fixtures/schema-v1';

const NAME = 'mentor-up-v01-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema version 1', () => {
  it('what it stored opens with the current database, every record and field kept', async () => {
    await writeAt(v01.version, NAME, SCHEMA_V1.rows);
    const current = new MentorUpDatabase(NAME);
    await current.open();
    try {
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      await expectRows(current, SCHEMA_V1.rows);
      // The indexes version 1 made still answer the product's questions.
      expect(await current.protegeRecords('notes', PAT).count()).toBe(3);
      expect(await current.protegeRecords('sessions', SAM).primaryKeys()).toEqual([
        '15c6d7e8-f90a-4b12-8d34-e5f60718293a',
      ]);
      const patStages = await current.protegeRecords('stageEvents', PAT).toArray();
      expect(patStages.map((event) => event.stage)).toEqual(['denial', 'resistance', 'acceptance', 'resistance']);
      expect(await current.protegeRecords('goals', PAT).count()).toBe(2);
      expect(await current.protegeRecords('tipFeedback', SAM).primaryKeys()).toEqual([`${SAM}|formal-agenda`]);
    } finally {
      current.close();
    }
  });
});
