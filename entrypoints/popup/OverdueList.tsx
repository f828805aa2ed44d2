import { useDrift } from '../../components/use-drift';
import type { Protege } from '../../db/types';
import { describeDrift } from '../../utils/drift';

/** How many protégés the line names before "and n more": the popup stays a glance. */
const SHOWN = 3;

/** "Overdue: Pat (no session since 3 Nov), Sam (goal past its date)"; nothing when no one is. */
export function OverdueList({ proteges }: { proteges: readonly Protege[] }) {
  const drifts = useDrift(proteges);
  if (!drifts || drifts.length === 0) return null;
  const shown = drifts.slice(0, SHOWN);
  const more = drifts.length - shown.length;
  return (
    <p className="overdue-list">
      <strong>Overdue:</strong> {shown.map((drift) => `${drift.name} (${describeDrift(drift)})`).join(', ')}
      {more > 0 ? `, and ${more} more` : ''}
    </p>
  );
}
