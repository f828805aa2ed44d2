import { GENERATION_LABELS } from '../../content/vocabulary';
import type { Protege } from '../../db/types';

export function ProfileTab({ protege }: { protege: Protege }) {
  return (
    <>
      <h2>{protege.name}</h2>
      <dl className="facts">
        <dt>Generation</dt>
        <dd>
          {GENERATION_LABELS[protege.generation]}
          <span className="hint"> — a starting point, never a verdict.</span>
        </dd>
        {protege.role && (
          <>
            <dt>Role</dt>
            <dd>{protege.role}</dd>
          </>
        )}
      </dl>
    </>
  );
}
