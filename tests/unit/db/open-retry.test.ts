import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MentorUpDatabase } from './database-class';
import { CURRENT_SCHEMA_VERSION } from '../../../db/schema-versions';

const NAME = 'mentor-up-open-retry-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** A database stored by the current code, opened by a next version whose upgrade fails while `failing()` says so. */
async function databaseFailingToOpen(failing: () => boolean) {
  const current = new MentorUpDatabase(NAME);
  await current.open();
  current.close();
  const database = new MentorUpDatabase(NAME);
  database
    .version(CURRENT_SCHEMA_VERSION + 1)
    .stores({})
    .upgrade(() => {
      if (failing()) throw new Error('No room left to upgrade');
    });
  return database;
}

describe('opening the database', () => {
  it('tries again on the next call after a failed open, so a cause that has passed needs no reload', async () => {
    let failing = true;
    const database = await databaseFailingToOpen(() => failing);
    await expect(database.proteges.count()).rejects.toThrow('No room left');
    await expect(database.proteges.count()).rejects.toThrow('No room left');
    failing = false; // the disk was freed
    expect(await database.proteges.count()).toBe(0);
    expect(database.isOpen()).toBe(true);
    database.close();
  });

  it('stays closed when the page closed it on purpose', async () => {
    const database = new MentorUpDatabase(NAME);
    await database.open();
    database.close();
    await expect(database.proteges.count()).rejects.toThrow(Dexie.DatabaseClosedError);
  });
});
