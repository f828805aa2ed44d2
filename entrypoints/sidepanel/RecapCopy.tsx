import { useId, useState } from 'react';
import type { Note, Session } from '../../db/types';
import { formatDateTime } from '../../utils/dates';
import { buildSessionRecap, type RecapFormat } from '../../utils/session-recap';

/**
 * Copies a session's recap (shareable items only) for the mentor to send on. When the clipboard
 * refuses, the recap is shown in a read-only box to copy by hand, so nothing is lost.
 */
export function RecapCopy({ session, notes }: { session: Session; notes: readonly Note[] }) {
  const id = useId();
  const [status, setStatus] = useState('');
  // The recap the clipboard refused, shown to copy by hand.
  const [refused, setRefused] = useState<string>();

  async function copy(format: RecapFormat) {
    const recap = buildSessionRecap(session, notes, format);
    setStatus('');
    setRefused(undefined);
    try {
      await navigator.clipboard.writeText(recap);
      setStatus(format === 'text' ? 'Copied the recap as text.' : 'Copied the recap as Markdown.');
    } catch {
      setRefused(recap);
    }
  }

  return (
    <div
      className="recap-copy stack"
      role="group"
      aria-label={`Recap of the session of ${formatDateTime(session.startedAt)}`}
    >
      <div className="row">
        <button type="button" className="secondary" onClick={() => void copy('text')}>
          Copy recap as text
        </button>
        <button type="button" className="secondary" onClick={() => void copy('markdown')}>
          Copy recap as Markdown
        </button>
      </div>
      <p role="status" className="hint">
        {status}
      </p>
      {refused !== undefined && (
        <>
          <p role="alert" className="error">
            Could not copy the recap: the browser did not allow access to the clipboard. Copy it by hand from the box
            below, or try again.
          </p>
          <div className="field">
            <label htmlFor={`${id}-recap`}>Recap to copy by hand</label>
            <textarea
              id={`${id}-recap`}
              readOnly
              rows={8}
              value={refused}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
        </>
      )}
    </div>
  );
}
