import { useState } from 'react';
import type { Note, Session } from '../../db/types';
import { buildSessionRecap, type RecapFormat } from '../../utils/session-recap';

/** Copies a session's recap (shareable items only) for the mentor to send on. */
export function RecapCopy({ session, notes }: { session: Session; notes: readonly Note[] }) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  async function copy(format: RecapFormat) {
    setStatus('');
    setError('');
    try {
      await navigator.clipboard.writeText(buildSessionRecap(session, notes, format));
      setStatus(format === 'text' ? 'Copied the recap as text.' : 'Copied the recap as Markdown.');
    } catch {
      setError('Could not copy the recap: the browser did not allow access to the clipboard. Try again.');
    }
  }

  return (
    <div className="row recap-copy">
      <button type="button" className="secondary" onClick={() => void copy('text')}>
        Copy recap as text
      </button>
      <button type="button" className="secondary" onClick={() => void copy('markdown')}>
        Copy recap as Markdown
      </button>
      <p role="status" className="hint">
        {status}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
