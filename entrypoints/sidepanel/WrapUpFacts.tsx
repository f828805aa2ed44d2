import { STAGE_LABELS } from '../../content/vocabulary';
import type { WrapUp } from '../../db/types';
import { formatDay } from '../../utils/dates';

/** A session's wrap-up as a list of what was written; the brief leads with the summary. */
export function WrapUpFacts({ wrapUp, summaryFirst = false }: { wrapUp: WrapUp; summaryFirst?: boolean }) {
  const summary = wrapUp.summary && (
    <>
      <dt>Summary</dt>
      <dd className="note-text">{wrapUp.summary}</dd>
    </>
  );
  return (
    <dl className="facts">
      {summaryFirst && summary}
      {wrapUp.stage && (
        <>
          <dt>Stage at the end</dt>
          <dd>{STAGE_LABELS[wrapUp.stage]}</dd>
        </>
      )}
      {!summaryFirst && summary}
      {wrapUp.thanks && (
        <>
          <dt>Thanks</dt>
          <dd className="note-text">{wrapUp.thanks}</dd>
        </>
      )}
      {wrapUp.nextMeetingAt !== undefined && (
        <>
          <dt>Next meeting</dt>
          <dd>{formatDay(wrapUp.nextMeetingAt)}</dd>
        </>
      )}
    </dl>
  );
}
