import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Backup } from '../../../db/backup/format';
import { CURRENT_SCHEMA_VERSION } from '../../../db/schema-versions';

export const PAT = '3f1c2b9e-6d4a-4c1e-9a51-2b7d8e0f4a11';
export const SAM = '4a2d3c0f-7e5b-4d2f-8b62-3c8e9f1a5b22';
export const NOTE = '8a0e5d6c-1b2f-4e3a-8c7d-9f0a1b2c3d4e';
export const SESSION = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';
export const GOAL = '6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f';
export const DAY = 24 * 60 * 60 * 1000;
export const EXPORTED_AT = Date.UTC(2026, 1, 1, 10);
/** "Now" in these tests: a week after the file was made. */
export const NOW = EXPORTED_AT + 7 * DAY;
/** When the records in the file last changed: a day before it was made. */
export const CHANGED_AT = EXPORTED_AT - DAY;

/** A small backup as Mentor Up writes it: one protégé with a note, a session and a goal. */
export function smallBackup(): Backup {
  const at = CHANGED_AT;
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: new Date(EXPORTED_AT).toISOString(),
    proteges: [{ id: PAT, name: 'Pat Lee', generation: 'boomer', archived: false, createdAt: at, updatedAt: at }],
    notes: [
      {
        id: NOTE,
        protegeId: PAT,
        sessionId: SESSION,
        kind: 'note',
        text: 'Wants to try Copilot',
        source: { kind: 'selection', url: 'https://example.com/a', title: 'A page' },
        createdAt: at,
        updatedAt: at,
      },
    ],
    stageEvents: [],
    sessions: [{ id: SESSION, protegeId: PAT, startedAt: at, agenda: ['Talking point: Copilot'] }],
    goals: [{ id: GOAL, protegeId: PAT, title: 'Post on LinkedIn', done: false, createdAt: at }],
    tipFeedback: [],
  };
}
