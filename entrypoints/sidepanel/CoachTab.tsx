import { GENERATION_LABELS } from '../../content/vocabulary';
import type { Protege } from '../../db/types';

export function CoachTab({ protege }: { protege: Protege }) {
  return (
    <>
      <h2>Coaching for {protege.name}</h2>
      <p className="hint">Tips for a {GENERATION_LABELS[protege.generation]} protégé.</p>
    </>
  );
}
