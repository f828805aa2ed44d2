import type { Stage } from '../content/vocabulary';
import { stageEventSchema } from './backup/format';
import { db, newId } from './database';
import { InvalidInputError, optionalText } from './errors';
import { chosen, MAX_EVIDENCE_LENGTH, storable } from './record-rules';
import type { Id, StageEvent } from './types';

;

/** Records where the protégé stands now. Moving back is allowed: people revisit stages. */
export async function recordStage(
  protegeId: Id,
  stage: Stage,
  evidence?: string,
  at = Date.now(),
): Promise<StageEvent> {
  const event: StageEvent = {
    id: newId(),
    protegeId,
    stage: chosen(stageEventSchema.shape.stage, stage, 'Choose a change stage.'),
    at,
  };
  const note = optionalText(evidence, 'The evidence note', MAX_EVIDENCE_LENGTH);
  if (note) event.evidence = note;
  const checked = storable(stageEventSchema, event, 'The stage change');
  await db.transaction('rw', [db.stageEvents, db.proteges], async () => {
    if ((await db.proteges.get(protegeId)) === undefined) throw new InvalidInputError('That protégé no longer exists.');
    await db.stageEvents.add(checked);
  });
  return checked;
}

/** Oldest first. */
export function stageHistory(protegeId: Id): Promise<StageEvent[]> {
  return db.protegeRecords('stageEvents', protegeId).toArray();
}

/** The latest recorded stage, or undefined when none has been recorded yet. */
export async function currentStage(protegeId: Id): Promise<StageEvent | undefined> {
  return db.protegeRecords('stageEvents', protegeId).last();
}
