import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef } from 'react';
import { listSessionNotes } from '../../db/notes';
import { getSession } from '../../db/sessions';
import type { Protege } from '../../db/types';
import { RecapCopy } from './RecapCopy';

interface Props {
  protege: Protege;
  sessionId: string;
  onClose: () => void;
}

/** Right after the wrap-up, where the mentor would send it on: the session's recap to copy. */
export function SessionEnded({ protege, sessionId, onClose }: Props) {
  const id = useId();
  const session = useLiveQuery(() => getSession(sessionId), [sessionId]);
  const notes = useLiveQuery(() => listSessionNotes(sessionId), [sessionId]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = session !== undefined && notes !== undefined;
  // The wrap-up form that had focus is gone: focus lands here, not on the page.
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  if (!loaded) return null;
  return (
    <section className="session-ended stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        Session with {protege.name} ended
      </h2>
      <p className="hint">
        The recap holds the agenda, what you covered, the next meeting and only the notes and action items you marked
        shareable.
      </p>
      <RecapCopy session={session} notes={notes} />
      <div className="row">
        <button type="button" className="secondary" onClick={onClose}>
          Close recap
        </button>
      </div>
    </section>
  );
}
