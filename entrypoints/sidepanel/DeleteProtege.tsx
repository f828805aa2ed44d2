import { useContext, useState } from 'react';
import { DraftMemory } from '../../components/draft-memory';
import { describeError } from '../../utils/error-message';
import { countProtegeRecords, type ProtegeRecordCounts } from '../../db/proteges';
import { removeProtege } from '../../db/remove-protege';
import type { Protege } from '../../db/types';
import { ErrorText } from '../../components/ErrorText';

function describeCounts(c: ProtegeRecordCounts): string {
  const parts = [
    [c.notes, 'note'],
    [c.stageEvents, 'stage change'],
    [c.sessions, 'session'],
    [c.goals, 'goal'],
  ] as const;
  const listed = parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`);
  return listed.length ? listed.join(', ') : 'no notes, stages, sessions or goals';
}

/** Deleting is final, so it asks first and names exactly what will go. */
export function DeleteProtege({ protege }: { protege: Protege }) {
  const [counts, setCounts] = useState<ProtegeRecordCounts>();
  const [error, setError] = useState('');
  const draftMemory = useContext(DraftMemory);

  async function remove() {
    try {
      await removeProtege(protege.id);
      // Their note drafts are cleared in storage; this page's boxes must not bring them back.
      for (const [key, draft] of draftMemory ?? []) if (draft.protegeId === protege.id) draftMemory?.delete(key);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  if (!counts) {
    return (
      <button
        type="button"
        className="secondary danger"
        onClick={() => void countProtegeRecords(protege.id).then(setCounts, (e: unknown) => setError(describeError(e)))}
      >
        Delete protégé…
      </button>
    );
  }

  return (
    <div role="alertdialog" aria-labelledby="delete-title" aria-describedby="delete-body" className="confirm">
      <p id="delete-title">
        <strong>Delete {protege.name}?</strong>
      </p>
      <p id="delete-body">
        This deletes {protege.name}’s profile and {describeCounts(counts)} from this device. It cannot be undone; export
        a backup first if you may need them.
      </p>
      <div className="row">
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete {protege.name}
        </button>
        <button type="button" className="secondary" autoFocus onClick={() => setCounts(undefined)}>
          Keep
        </button>
      </div>
      <ErrorText message={error} />
    </div>
  );
}
