import { useLiveQuery } from 'dexie-react-hooks';
import { STAGE_LABELS } from '../../content/vocabulary';
import { stageHistory } from '../../db/stage-events';
import type { Protege } from '../../db/types';
import { StageControl } from './StageControl';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ProgressTab({ protege }: { protege: Protege }) {
  const history = useLiveQuery(() => stageHistory(protege.id), [protege.id]);
  return (
    <>
      <StageControl protegeId={protege.id} current={history?.at(-1)?.stage} />
      <h2 className="section-heading">Stage history</h2>
      {history === undefined ? null : history.length === 0 ? (
        <p className="empty">No stage recorded yet.</p>
      ) : (
        <ol className="stage-history">
          {history.map((event) => (
            <li key={event.id}>
              <time dateTime={new Date(event.at).toISOString()}>{day.format(event.at)}</time>:{' '}
              <strong>{STAGE_LABELS[event.stage]}</strong>
              {event.evidence && <span> — {event.evidence}</span>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
