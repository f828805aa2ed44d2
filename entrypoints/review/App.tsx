import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { PeriodPicker } from '../../components/PeriodPicker';
import { loadReviewRecords } from '../../db/review-records';
import { describeError } from '../../utils/error-message';
import { reviewProgramme, type ProtegeRecords, type ReviewPeriod } from '../../utils/review-aggregates';
import { isQuietPeriod } from '../../utils/review-narrative';
import {
  describePeriodDays,
  earliestRecordTime,
  periodPhrase,
  resolvePeriod,
  type PeriodChoice,
} from '../../utils/review-period';
import { ProgrammeReport, ProtegeReport } from './Reports';
import { ALL_PROTEGES, REVIEW_PERIOD_KINDS, reviewSearch, type ReviewChoice } from './review-url';

/** The period a choice stands for with these records, or why the dates chosen make none. */
function periodOf(choice: PeriodChoice, records: readonly ProtegeRecords[], now: number) {
  try {
    return { range: resolvePeriod(choice, now, earliestRecordTime(records)), problem: '' };
  } catch (error) {
    return { range: undefined, problem: describeError(error) };
  }
}

interface ReportProps {
  records: readonly ProtegeRecords[];
  /** A protégé's id, or `ALL_PROTEGES`. */
  protegeId: string;
  choice: PeriodChoice;
  range: ReviewPeriod;
  now: number;
}

/** One protégé's report, or the programme's followed by each protégé's that has something to show. */
function Report({ records, protegeId, choice, range, now }: ReportProps) {
  const period = { range, phrase: periodPhrase(choice.kind, range) };
  const programme = reviewProgramme(records, range);
  const subjects = records.map((records, i) => ({ protege: records.protege, review: programme.reviews[i]! }));

  const chosen = subjects.find((subject) => subject.protege.id === protegeId);
  if (chosen) return <ProtegeReport protege={chosen.protege} review={chosen.review} period={period} now={now} />;

  const active = subjects.filter((subject) => !isQuietPeriod(subject.review));
  const quiet = subjects.filter((subject) => isQuietPeriod(subject.review));
  return (
    <>
      <ProgrammeReport programme={programme} proteges={subjects.map((subject) => subject.protege)} period={period} />
      {active.map(({ protege, review }) => (
        <ProtegeReport key={protege.id} protege={protege} review={review} period={period} now={now} />
      ))}
      {active.length > 0 && quiet.length > 0 && (
        <p className="empty review-quiet">
          Nothing was recorded in this period for {quiet.map((subject) => subject.protege.name).join(', ')}.
        </p>
      )}
    </>
  );
}

/** The programme review: one protégé or all, over a period, as charts, tables and a summary. */
export function App({ initial }: { initial: ReviewChoice }) {
  const id = useId();
  // The clock is read with the records, not while rendering, so a render stays pure.
  const data = useLiveQuery(async () => ({ records: await loadReviewRecords(), now: Date.now() }), []);
  const [protegeId, setProtegeId] = useState(initial.protegeId);
  const [choice, setChoice] = useState(initial.period);

  useEffect(() => {
    history.replaceState(history.state, '', reviewSearch({ protegeId, period: choice }));
  }, [protegeId, choice]);

  const head = (
    <div className="row review-head">
      <h1>Programme review</h1>
      <button type="button" className="secondary" onClick={() => window.print()}>
        Print
      </button>
    </div>
  );

  if (!data) {
    return (
      <main className="review" aria-busy="true">
        {head}
        <p className="empty">Loading…</p>
      </main>
    );
  }

  const { records, now } = data;
  if (records.length === 0) {
    return (
      <main className="review">
        {head}
        <div className="review-empty">
          <h2>Nothing to review yet</h2>
          <p>
            Add a protégé in the side panel, hold sessions and record their change stage, goals and thanks. This page
            then shows how things went over the months, with charts you can print.
          </p>
        </div>
      </main>
    );
  }

  const chosen = records.find((r) => r.protege.id === protegeId);
  const selectValue = chosen ? protegeId : ALL_PROTEGES;
  const { range, problem } = periodOf(choice, records, now);
  const active = records.filter((r) => !r.protege.archived);
  const archived = records.filter((r) => r.protege.archived);

  return (
    <main className="review">
      {head}
      <form className="review-controls" aria-label="What to review" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-protege`}>Protégé</label>
          <select id={`${id}-protege`} value={selectValue} onChange={(event) => setProtegeId(event.target.value)}>
            <option value={ALL_PROTEGES}>All protégés</option>
            {active.map(({ protege }) => (
              <option key={protege.id} value={protege.id}>
                {protege.name}
              </option>
            ))}
            {archived.length > 0 && (
              <optgroup label="Archived">
                {archived.map(({ protege }) => (
                  <option key={protege.id} value={protege.id}>
                    {protege.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <PeriodPicker kinds={REVIEW_PERIOD_KINDS} value={choice} onChange={setChoice} shown={range} problem={problem} />
      </form>
      {range && (
        <>
          <p className="review-covers">
            {chosen ? chosen.protege.name : 'All protégés'}: {describePeriodDays(range)}
          </p>
          <Report records={records} protegeId={selectValue} choice={choice} range={range} now={now} />
        </>
      )}
    </main>
  );
}
