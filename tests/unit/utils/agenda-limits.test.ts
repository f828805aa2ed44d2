import { beforeEach, describe, expect, it } from 'vitest';
import { listNotes, saveNote } from '../../../db/notes';
import { addProtege } from '../db/seed';
import { MAX_AGENDA_ITEM_LENGTH, MAX_NOTE_LENGTH } from '../../../db/record-rules';
import { startSession } from '../../../db/sessions';
import { listGoals } from '../../../db/goals';
import { agendaLine, buildAgenda } from '../../../utils/agenda';
import { exportAndPlanIntoEmptyDatabase } from '../db/restorable';
import { resetDatabase } from '../db/reset';

beforeEach(resetDatabase);

describe('agenda lines at the note limit', () => {
  it.each([
    ['a talking point as long as a note may be', 'x'.repeat(MAX_NOTE_LENGTH)],
    ['one a few characters short of it', 'x'.repeat(MAX_NOTE_LENGTH - 5)],
    ['one ending in a two-unit character at the cut', `${'x'.repeat(MAX_NOTE_LENGTH - 17)}${'😀'.repeat(8)}`],
  ])('%s becomes an agenda line within the limit, and the session’s backup imports', async (_what, text) => {
    const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
    await saveNote({ protegeId: pat.id, kind: 'talking-point', text, source: { kind: 'sidepanel' } });

    const agenda = buildAgenda({ notes: await listNotes(pat.id), goals: await listGoals(pat.id) });
    const lines = agenda.map(agendaLine);
    expect(lines[0]!.length).toBeLessThanOrEqual(MAX_AGENDA_ITEM_LENGTH);
    expect(lines[0]).toMatch(/^Talking point: x/);
    expect(lines[0]).not.toMatch(/[\uD800-\uDBFF]…$/);
    await startSession(pat.id, lines);

    const backup = await exportAndPlanIntoEmptyDatabase();
    expect(backup.sessions[0]?.agenda).toEqual(lines);
  });

  it('leaves a line that fits as it is', () => {
    expect(agendaLine({ kind: 'talking-point', text: 'Budget', noteId: 'n' })).toBe('Talking point: Budget');
  });
});
