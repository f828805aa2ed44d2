import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MentorUpDatabase } from '../../../../db/database';
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
      const patNotes = current.notes.where('[protegeId+createdAt]').between([PAT, Dexie.minKey], [PAT, Dexie.maxKey]);
      expect(await patNotes.count()).toBe(3);
      const samSessions = current.sessions
        .where('[protegeId+startedAt]')
        .between([SAM, Dexie.minKey], [SAM, Dexie.maxKey]);
      expect(await samSessions.primaryKeys()).toEqual(['15c6d7e8-f90a-4b12-8d34-e5f60718293a']);
      const patStages = current.stageEvents.where('[protegeId+at]').between([PAT, Dexie.minKey], [PAT, Dexie.maxKey]);
      expect((await patStages.toArray()).map((event) => event.stage)).toEqual([
        'denial',
        'resistance',
        'acceptance',
        'resistance',
      ]);
      expect(await current.goals.where('protegeId').equals(PAT).count()).toBe(2);
      expect(await current.tipFeedback.where('protegeId').equals(SAM).primaryKeys()).toEqual([`${SAM}|formal-agenda`]);
    } finally {
      current.close();
    }
  });
});
