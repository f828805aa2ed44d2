import { useLiveQuery } from 'dexie-react-hooks';
import { useId, type ReactNode } from 'react';
import { NoteText } from '../../components/NoteText';
import { TipCard } from '../../components/TipCard';
import { rankInputFor, rankTips } from '../../content/rank-tips';
import { situationById } from '../../content/situations';
import { STAGE_LABELS } from '../../content/vocabulary';
import { WrapUpFacts } from './WrapUpFacts';
import { listGoals } from '../../db/goals';
import { listNotes, listSessionSituations } from '../../db/notes';
import { listSessions } from '../../db/sessions';
import { stageHistory } from '../../db/stage-events';
import { feedbackFor } from '../../db/tip-feedback';
import type { Protege } from '../../db/types';
import { agendaLine } from '../../utils/agenda';
import { isGoalOverdue, lastFinishedSession, openActions, openTalkingPoints } from '../../utils/brief';
import { describeDuration, formatDateTime, formatDay } from '../../utils/dates';
import { sessionAgenda } from '../../utils/session-agenda';
import { stageSpans, type StageSpan } from '../../utils/stage-history';

const BRIEF_TIPS = 3;

/** Everything the brief shows, read in one live query so it never shows half old, half new. */
async function loadBrief(protegeId: string) {
  const [sessions, notes, goals, moves, feedback] = await Promise.all([
    listSessions(protegeId),
    listNotes(protegeId),
    listGoals(protegeId),
    stageHistory(protegeId),
    feedbackFor(protegeId),
  ]);
  const last = lastFinishedSession(sessions);
  const situations = last ? await listSessionSituations(last.id) : [];
  // The clock is read with the data, not while rendering, so a render stays pure.
  return { last, notes, goals, moves, feedback, situations, now: Date.now() };
}

function lastMove(span: StageSpan): string {
  const since = formatDay(span.from);
  if (span.direction === 'start' || !span.previous) return `first recorded on ${since}`;
  const from = STAGE_LABELS[span.previous];
  if (span.direction === 'back') return `moved back from ${from} on ${since}`;
  if (span.direction === 'same') return `confirmed on ${since}`;
  return `moved on from ${from} on ${since}`;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="brief-part">
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** A one-minute read before the call: where things stand with this protégé and what to bring. */
export function BriefView({ protege }: { protege: Protege }) {
  const id = useId();
  const brief = useLiveQuery(() => loadBrief(protege.id), [protege.id]);
  if (!brief) return <p className="empty">Loading the brief…</p>;

  const { last, notes, goals, moves, feedback, situations, now } = brief;
  const actions = openActions(notes);
  const talkingPoints = openTalkingPoints(notes);
  const openGoals = goals.filter((goal) => !goal.done);
  const current = stageSpans(moves, now).at(-1);
  const stage = current?.stage;
  const tips = rankTips({ ...rankInputFor(protege, stage, feedback, 'prepare'), limit: BRIEF_TIPS });
  const agenda = sessionAgenda({ protege, notes, goals, stage, feedback });
  const wrapUp = last?.wrapUp;

  return (
    <article className="brief stack" aria-labelledby={`${id}-title`}>
      <div className="row brief-head">
        <h2 id={`${id}-title`}>Brief: {protege.name}</h2>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>

      <Part title="Last session">
        {!last ? (
          <p className="empty">No session yet. After your first one, its wrap-up shows here.</p>
        ) : (
          <>
            <p>{formatDateTime(last.startedAt)}</p>
            {wrapUp && (wrapUp.summary || wrapUp.stage || wrapUp.thanks || wrapUp.nextMeetingAt !== undefined) ? (
              <WrapUpFacts wrapUp={wrapUp} summaryFirst />
            ) : (
              <p className="empty">No wrap-up was written for it.</p>
            )}
          </>
        )}
      </Part>

      <Part title="Seen last time">
        {!last ? (
          <p className="empty">No session yet.</p>
        ) : situations.length === 0 ? (
          <p className="empty">Nothing was logged from “What’s happening?” last time.</p>
        ) : (
          <ul aria-label="Situations seen last time">
            {situations.map((note) => (
              <li key={note.id}>
                <time dateTime={new Date(note.createdAt).toISOString()}>{formatDateTime(note.createdAt)}</time>:{' '}
                {(note.situation && situationById(note.situation)?.label) ?? note.text}
              </li>
            ))}
          </ul>
        )}
      </Part>

      <Part title="Open action items">
        {actions.length === 0 ? (
          <p className="empty">No open action items.</p>
        ) : (
          <ul aria-label="Open action items">
            {actions.map((note) => (
              <li key={note.id}>
                <NoteText text={note.text} />
              </li>
            ))}
          </ul>
        )}
      </Part>

      <Part title="Talking points">
        {talkingPoints.length === 0 ? (
          <p className="empty">No talking points waiting. Add them in Notes as they come up.</p>
        ) : (
          <ul aria-label="Open talking points">
            {talkingPoints.map((note) => (
              <li key={note.id}>
                <NoteText text={note.text} />
              </li>
            ))}
          </ul>
        )}
      </Part>

      <Part title="Goals">
        {openGoals.length === 0 ? (
          <p className="empty">{goals.length === 0 ? 'No goals agreed yet.' : 'Every goal agreed is met.'}</p>
        ) : (
          <ul aria-label="Open goals">
            {openGoals.map((goal) => {
              const overdue = isGoalOverdue(goal, now);
              return (
                <li key={goal.id} className={overdue ? 'overdue' : undefined}>
                  {overdue && <strong>Overdue: </strong>}
                  {goal.title}
                  {goal.targetDate !== undefined ? `, by ${formatDay(goal.targetDate)}` : ', no target date'}
                </li>
              );
            })}
          </ul>
        )}
      </Part>

      <Part title="Stage">
        <p>
          {current
            ? `${STAGE_LABELS[current.stage]} for ${describeDuration(current.durationMs)} (${lastMove(current)}).`
            : 'No stage recorded yet. Most people start in Denial; record what you see in Progress.'}
        </p>
      </Part>

      <Part title="Tips for now">
        {tips.length === 0 ? (
          <p className="empty">No tips left for preparing: every one was marked “Not a fit”.</p>
        ) : (
          <ul className="tips" aria-label="Tips for now">
            {tips.map((ranked) => (
              <li key={ranked.tip.id}>
                <TipCard ranked={ranked} headingLevel="h4" />
              </li>
            ))}
          </ul>
        )}
      </Part>

      <Part title="Agenda">
        {agenda.length === 0 ? (
          <p className="empty">Nothing for the agenda yet.</p>
        ) : (
          <>
            <p className="hint">What “Start session” will put on the agenda.</p>
            <ol aria-label="Suggested agenda">
              {agenda.map((item, i) => (
                <li key={i}>{agendaLine(item)}</li>
              ))}
            </ol>
          </>
        )}
      </Part>
    </article>
  );
}
