import { beforeEach, expect, it } from 'vitest';
import { listSessionSituations, logSituation, saveNote } from '../../../db/notes';
import { addProtege } from './seed';
import { startSession } from '../../../db/sessions';
import type { SituationId } from '../../../content/situations';
import { exportAndPlanIntoEmptyDatabase } from './restorable';
import { resetDatabase } from './reset';

beforeEach(resetDatabase);

it('logs a situation as a time-stamped note of the session, which its backup restores', async () => {
  const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
  const session = await startSession(pat.id);
  const at = Date.now();
  await logSituation(pat.id, session.id, 'pushing-back', at + 1000);
  await saveNote({
    protegeId: pat.id,
    sessionId: session.id,
    kind: 'note',
    text: 'Liked the demo',
    source: { kind: 'sidepanel' },
  });
  await logSituation(pat.id, session.id, 'going-quiet', at + 61_000);

  const logged = await listSessionSituations(session.id);
  expect(logged.map((note) => [note.situation, note.text, note.createdAt])).toEqual([
    ['pushing-back', 'Observed: Pushing back', at + 1000],
    ['going-quiet', 'Observed: Gone quiet', at + 61_000],
  ]);
  const backup = await exportAndPlanIntoEmptyDatabase();
  expect(backup.notes.filter((note) => note.situation).map((note) => note.situation)).toEqual([
    'pushing-back',
    'going-quiet',
  ]);
});

it('refuses a situation it does not know', async () => {
  const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
  const session = await startSession(pat.id);
  await expect(logSituation(pat.id, session.id, 'sneezing' as SituationId)).rejects.toThrow(
    'Choose something that is happening.',
  );
});
