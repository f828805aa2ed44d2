import { describe, expectTypeOf, it } from 'vitest';
import type { BackupRow } from '../../../db/backup/format';
import type { Goal, Note, Protege, Session, StageEvent, TipVerdictRecord } from '../../../db/types';

// Checked by `tsc`: when a record gains or changes a field, the backup format must follow,
// or a backup would refuse (or drop) the new field.
describe('the backup file holds records of exactly the database’s shape', () => {
  it('for every table', () => {
    expectTypeOf<BackupRow<'proteges'>>().toEqualTypeOf<Protege>();
    expectTypeOf<BackupRow<'notes'>>().toEqualTypeOf<Note>();
    expectTypeOf<BackupRow<'stageEvents'>>().toEqualTypeOf<StageEvent>();
    expectTypeOf<BackupRow<'sessions'>>().toEqualTypeOf<Session>();
    expectTypeOf<BackupRow<'goals'>>().toEqualTypeOf<Goal>();
    expectTypeOf<BackupRow<'tipFeedback'>>().toEqualTypeOf<TipVerdictRecord>();
  });
});
