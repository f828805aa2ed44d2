import { useId } from 'react';
import type { Protege, Timestamp } from '../../db/types';
import type { ProgrammeReview, ProtegeReview } from '../../utils/review-aggregates';
import {
  isQuietPeriod,
  programmeNarrative,
  protegeNarrative,
  type NarrativePeriod,
} from '../../utils/review-narrative';
import { ReviewPart } from './ChartPart';
import { CountsTable, SituationsTable, StagesTable } from './ReviewTables';
import { SessionsChart } from './SessionsChart';
import { StageChart } from './StageChart';

function Summary({ sentences }: { sentences: readonly string[] }) {
  return (
    <ReviewPart title="Summary">
      <p className="narrative">{sentences.join(' ')}</p>
    </ReviewPart>
  );
}

interface ProtegeProps {
  protege: Protege;
  review: ProtegeReview;
  period: NarrativePeriod;
  now: Timestamp;
}

/** One protégé's period: the summary, then the charts and counts it rests on. */
export function ProtegeReport({ protege, review, period, now }: ProtegeProps) {
  const id = useId();
  const quiet = isQuietPeriod(review);
  return (
    <section aria-labelledby={id} className="review-subject" data-protege={protege.id}>
      <h2 id={id}>
        {protege.name}
        {protege.archived && <span className="hint"> (archived)</span>}
      </h2>
      <Summary sentences={protegeNarrative(protege.name, review, period)} />
      {quiet ? (
        <p className="empty">Choose a longer period to see more, or come back after the next session.</p>
      ) : (
        <>
          <SessionsChart months={review.sessionsPerMonth} />
          <StageChart
            points={review.stageOverTime}
            startsWithStageInForce={review.stageAtStart !== undefined}
            range={period.range}
            now={now}
          />
          <CountsTable counts={review} />
          <SituationsTable situations={review.situations} />
        </>
      )}
    </section>
  );
}

interface ProgrammeProps {
  programme: ProgrammeReview;
  proteges: readonly Protege[];
  period: NarrativePeriod;
}

/** Every protégé together: the totals, and where each one's stage began and ended. */
export function ProgrammeReport({ programme, proteges, period }: ProgrammeProps) {
  const id = useId();
  const names = new Map(proteges.map((protege) => [protege.id, protege.name]));
  const quiet = programme.reviews.every(isQuietPeriod);
  return (
    <section aria-labelledby={id} className="review-subject">
      <h2 id={id}>All protégés</h2>
      <Summary sentences={programmeNarrative(programme, period)} />
      {quiet ? (
        <p className="empty">Choose a longer period to see more, or come back after the next session.</p>
      ) : (
        <>
          <SessionsChart months={programme.totals.sessionsPerMonth} />
          <StagesTable
            rows={programme.reviews.map((review) => ({
              id: review.protegeId,
              name: names.get(review.protegeId) ?? '',
              ...(review.stageAtStart ? { start: review.stageAtStart } : {}),
              ...(review.stageAtEnd ? { end: review.stageAtEnd } : {}),
            }))}
          />
          <CountsTable counts={programme.totals} />
          <SituationsTable situations={programme.totals.situations} />
        </>
      )}
    </section>
  );
}
