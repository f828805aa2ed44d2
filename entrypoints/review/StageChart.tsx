import { StageMarker } from '../../components/StageMarker';
import { STAGES, STAGE_LABELS, type Stage } from '../../content/vocabulary';
import type { Timestamp } from '../../db/types';
import { formatDay } from '../../utils/dates';
import type { ReviewPeriod, StagePoint } from '../../utils/review-aggregates';
import { moveDirection, stageLevel } from '../../utils/stage-history';
import { ChartPart, ReviewPart } from './ChartPart';

const HEIGHT = 170;
const LEFT = 112;
const RIGHT = 16;
const TOP = 22;
const ROW = 50;

interface Props {
  points: readonly StagePoint[];
  /** Whether the first point is the stage in force when the period began. */
  startsWithStageInForce: boolean;
  range: ReviewPeriod;
  now: Timestamp;
}

/** The period's end as drawn: today, if the period has not ended yet. */
function drawnEnd(range: ReviewPeriod, now: Timestamp): Timestamp {
  return Math.max(range.from + 1, Math.min(range.to, now));
}

/**
 * The stage as steps over the period: one row per stage, labelled, each stage with its own
 * marker shape, moves back dashed, so none of it depends on colour.
 */
function StageSteps({ points, range, now, width }: Omit<Props, 'startsWithStageInForce'> & { width: number }) {
  const end = drawnEnd(range, now);
  const x = (at: Timestamp) =>
    LEFT + ((Math.min(Math.max(at, range.from), end) - range.from) / (end - range.from)) * (width - LEFT - RIGHT);
  const y = (stage: Stage) => TOP + (STAGES.length - 1 - stageLevel(stage)) * ROW;

  return (
    <svg
      className="review-chart"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      style={{ maxWidth: width }}
      aria-hidden="true"
      focusable="false"
      data-chart="stage-over-time"
    >
      {STAGES.map((stage) => (
        <g key={stage}>
          <line x1={LEFT} x2={width - RIGHT} y1={y(stage)} y2={y(stage)} className="gridline" />
          <StageMarker stage={stage} x={LEFT - 16} y={y(stage)} className="marker legend" />
          <text x={LEFT - 28} y={y(stage) + 4} textAnchor="end">
            {STAGE_LABELS[stage]}
          </text>
        </g>
      ))}
      {points.map((point, i) => {
        const previous = points[i - 1];
        const next = points[i + 1];
        const back = previous !== undefined && stageLevel(point.stage) < stageLevel(previous.stage);
        return (
          <g key={`${point.at}-${i}`}>
            {previous && (
              <line
                x1={x(point.at)}
                x2={x(point.at)}
                y1={y(previous.stage)}
                y2={y(point.stage)}
                className={back ? 'step back' : 'step'}
              />
            )}
            <line x1={x(point.at)} x2={x(next?.at ?? end)} y1={y(point.stage)} y2={y(point.stage)} className="span" />
            <StageMarker stage={point.stage} x={x(point.at)} y={y(point.stage)} />
          </g>
        );
      })}
      <text x={LEFT} y={HEIGHT - 6}>
        {formatDay(range.from)}
      </text>
      <text x={width - RIGHT} y={HEIGHT - 6} textAnchor="end">
        {end < range.to ? 'today' : formatDay(range.to - 1)}
      </text>
    </svg>
  );
}

function changeWords(point: StagePoint, previous: StagePoint | undefined, inForce: boolean): string {
  if (inForce) return 'In force when the period began';
  const direction = moveDirection(previous?.stage, point.stage);
  if (direction === 'start' || !previous) return 'First recorded';
  if (direction === 'forward') return `Moved on from ${STAGE_LABELS[previous.stage]}`;
  if (direction === 'back') return `Moved back from ${STAGE_LABELS[previous.stage]}`;
  return 'Confirmed';
}

export function StageChart({ points, startsWithStageInForce, range, now }: Props) {
  if (points.length === 0) {
    return (
      <ReviewPart title="Stage over time">
        <p className="empty">No change stage has been recorded up to the end of this period.</p>
      </ReviewPart>
    );
  }
  return (
    <ChartPart
      title="Stage over time"
      chart={(width) => <StageSteps points={points} range={range} now={now} width={width} />}
      table={
        <table className="review-table">
          <caption className="visually-hidden">Stage over time</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Stage</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, i) => (
              <tr key={`${point.at}-${i}`}>
                <th scope="row" className="date">
                  {formatDay(point.at)}
                </th>
                <td>{STAGE_LABELS[point.stage]}</td>
                <td>{changeWords(point, points[i - 1], i === 0 && startsWithStageInForce)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
