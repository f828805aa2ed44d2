import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { STAGE_LABELS } from '../../content/vocabulary';
import { listGoals } from '../../db/goals';
import { stageHistory } from '../../db/stage-events';
import type { Protege } from '../../db/types';
import { describeDuration, formatDateTime } from '../../utils/dates';
import { stageSpans, type StageSpan } from '../../utils/stage-history';
import { GratitudeLog } from './GratitudeLog';
import { PastSessions } from './PastSessions';
import { StageControl } from './StageControl';
import { StageTimeline } from './StageTimeline';

function moveLabel(span: StageSpan): string {
  const stage = STAGE_LABELS[span.stage];
  if (span.direction === 'start' || !span.previous) return `${stage} (first recorded)`;
  const from = STAGE_LABELS[span.previous];
  if (span.direction === 'back') return `${stage} (moved back from ${from})`;
  if (span.direction === 'same') return `${stage} (confirmed)`;
  return `${stage} (moved on from ${from})`;
}

export function ProgressTab({ protege }: { protege: Protege }) {
  const id = useId();
  // The clock is read with the history, not while rendering (a render stays pure): the current
  // stage lasts up to the moment the history was read.
  const history = useLiveQuery(async () => ({ moves: await stageHistory(protege.id), now: Date.now() }), [protege.id]);
  const goals = useLiveQuery(() => listGoals(protege.id), [protege.id]);
  const spans = history ? stageSpans(history.moves, history.now) : [];
  const current = spans.at(-1);

  return (
    <>
      <section aria-labelledby={`${id}-stage`} className="stack">
        <h2 id={`${id}-stage`}>Change stage</h2>
        <p className="current-stage">
          {current
            ? `${protege.name} has been in ${STAGE_LABELS[current.stage]} for ${describeDuration(current.durationMs)}.`
            : `No stage recorded for ${protege.name} yet. Most people start in Denial; choose what you see.`}
        </p>
        <StageControl protegeId={protege.id} current={current?.stage} />
      </section>

      <section aria-labelledby={`${id}-history`} className="stack">
        <h2 id={`${id}-history`}>Stage history</h2>
        {history === undefined ? null : spans.length === 0 ? (
          <p className="empty">The history appears here as you record stages.</p>
        ) : (
          <>
            <StageTimeline spans={spans} />
            <ol className="stage-history" aria-label="Stage history">
              {spans.map((span, i) => (
                <li key={`${span.from}-${i}`} className={span.direction === 'back' ? 'back-move' : undefined}>
                  <time dateTime={new Date(span.from).toISOString()}>{formatDateTime(span.from)}</time>:{' '}
                  <strong>{moveLabel(span)}</strong>, {span.current ? 'for' : 'lasted'}{' '}
                  {describeDuration(span.durationMs)}
                  {span.evidence && <span> — {span.evidence}</span>}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby={`${id}-goals`} className="stack">
        <h2 id={`${id}-goals`}>Goals</h2>
        {goals === undefined ? null : goals.length === 0 ? (
          <p className="empty">No goals agreed yet. Add them in Profile.</p>
        ) : (
          <>
            <p>
              {goals.filter((g) => g.done).length} of {goals.length} goals met.
            </p>
            <ul aria-label="Goals">
              {goals.map((goal) => (
                <li key={goal.id}>
                  {goal.done ? 'Met: ' : 'Open: '}
                  {goal.title}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <GratitudeLog protegeId={protege.id} protegeName={protege.name} />

      <PastSessions protegeId={protege.id} />
    </>
  );
}
