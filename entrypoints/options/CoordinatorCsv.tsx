import { useId, useState } from 'react';
import { PeriodPicker } from '../../components/PeriodPicker';
import { loadReviewRecords } from '../../db/review-records';
import { downloadFile } from '../../utils/download-file';
import { describeError } from '../../utils/error-message';
import { coordinatorCsv, type ReviewPeriod } from '../../utils/review-aggregates';
import {
  describePeriodDays,
  earliestRecordTime,
  periodDays,
  resolvePeriod,
  type PeriodChoice,
  type PeriodKind,
} from '../../utils/review-period';

const CSV_PERIOD_KINDS = [
  'all-time',
  'last-3-months',
  'last-12-months',
  'this-year',
  'custom',
] as const satisfies readonly PeriodKind[];

function csvFileName(period: ReviewPeriod): string {
  const { from, to } = periodDays(period);
  return `mentor-up-programme-${from}-to-${to}.csv`;
}

/**
 * The programme coordinator's CSV: counts, dates and stages per protégé over a period, never a
 * note's text, and names only when asked for.
 */
export function CoordinatorCsv() {
  const id = useId();
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'all-time', from: '', to: '' });
  const [includeNames, setIncludeNames] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [datesProblem, setDatesProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function exportCsv() {
    if (busy) return;
    setBusy(true);
    setStatus('');
    setProblem('');
    setDatesProblem('');
    try {
      const records = await loadReviewRecords();
      if (records.length === 0) return setProblem('There are no protégés yet, so there is nothing to export.');
      let period: ReviewPeriod;
      try {
        period = resolvePeriod(choice, Date.now(), earliestRecordTime(records));
      } catch (error) {
        return setDatesProblem(describeError(error));
      }
      downloadFile(csvFileName(period), coordinatorCsv(records, period, { includeNames }), 'text/csv');
      const who = records.length === 1 ? '1 protégé' : `${records.length} protégés`;
      setStatus(
        `CSV exported: ${who}, ${describePeriodDays(period)}, ${includeNames ? 'with names' : 'numbered, without names'}.`,
      );
    } catch (error) {
      setProblem(`The CSV was not exported. ${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="coordinator-csv">
      <h3 id={`${id}-heading`}>For the programme coordinator</h3>
      <p id={`${id}-about`}>
        A spreadsheet (CSV) with one row per protégé: sessions, dates, stages, goals, action items and thanks, counted
        over the period you choose. It holds no note text. Protégés are numbered unless you include their names.
      </p>
      <PeriodPicker
        kinds={CSV_PERIOD_KINDS}
        value={choice}
        onChange={(next) => {
          setDatesProblem('');
          setChoice(next);
        }}
        problem={datesProblem}
      />
      <label className="choice">
        <input type="checkbox" checked={includeNames} onChange={(event) => setIncludeNames(event.target.checked)} />
        Include names
      </label>
      <div className="row">
        <button type="button" aria-describedby={`${id}-about`} aria-disabled={busy} onClick={() => void exportCsv()}>
          Export CSV for the coordinator
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </section>
  );
}
