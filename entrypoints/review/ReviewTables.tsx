import { situationById } from '../../content/situations';
import { STAGE_LABELS, type Stage } from '../../content/vocabulary';
import type { ReviewCounts, SituationCount } from '../../utils/review-aggregates';
import { ReviewPart } from './ChartPart';

/** The counts, in the order a programme reports them. */
const COUNT_ROWS: readonly { key: keyof ReviewCounts; label: string }[] = [
  { key: 'sessionsHeld', label: 'Sessions held' },
  { key: 'goalsSet', label: 'Goals set' },
  { key: 'goalsMet', label: 'Goals met' },
  { key: 'goalsOpenAtEnd', label: 'Goals still open at the end' },
  { key: 'actionsAgreed', label: 'Action items agreed' },
  { key: 'actionsDone', label: 'Action items done' },
  { key: 'thanksGiven', label: 'Thanks given' },
  { key: 'thanksReceived', label: 'Thanks received' },
  { key: 'thanksUnrecorded', label: 'Thanks, direction not noted' },
  { key: 'favoursOffered', label: 'Favours offered in return' },
  { key: 'favoursReturned', label: 'Favours returned' },
  { key: 'movesForward', label: 'Stage moves forward' },
  { key: 'movesBack', label: 'Stage moves back' },
];

export function CountsTable({ counts }: { counts: ReviewCounts }) {
  return (
    <ReviewPart title="In numbers">
      <table className="review-table">
        <caption className="visually-hidden">In numbers</caption>
        <tbody>
          {COUNT_ROWS.map(({ key, label }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td className="number">{counts[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReviewPart>
  );
}

export function SituationsTable({ situations }: { situations: readonly SituationCount[] }) {
  return (
    <ReviewPart title="Situations seen most">
      {situations.length === 0 ? (
        <p className="empty">Nothing was logged from “What’s happening?” in this period.</p>
      ) : (
        <table className="review-table">
          <caption className="visually-hidden">Situations seen most</caption>
          <thead>
            <tr>
              <th scope="col">Situation</th>
              <th scope="col" className="number">
                Times
              </th>
            </tr>
          </thead>
          <tbody>
            {situations.map(({ situation, count }) => (
              <tr key={situation}>
                <th scope="row">{situationById(situation)?.label ?? situation}</th>
                <td className="number">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReviewPart>
  );
}

export interface StageRow {
  id: string;
  name: string;
  start?: Stage;
  end?: Stage;
}

function stageCell(stage: Stage | undefined) {
  return stage ? STAGE_LABELS[stage] : 'Not recorded';
}

/** Each protégé's stage when the period began and when it ended. */
export function StagesTable({ rows }: { rows: readonly StageRow[] }) {
  return (
    <ReviewPart title="Stage at the start and at the end">
      <table className="review-table">
        <caption className="visually-hidden">Stage at the start and at the end</caption>
        <thead>
          <tr>
            <th scope="col">Protégé</th>
            <th scope="col">At the start</th>
            <th scope="col">At the end</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td>{stageCell(row.start)}</td>
              <td>{stageCell(row.end)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReviewPart>
  );
}
