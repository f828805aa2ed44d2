import { StageMarker } from '../../components/StageMarker';
import { STAGES, STAGE_LABELS, type Stage } from '../../content/vocabulary';
import { formatDay } from '../../utils/dates';
import { stageLevel, type StageSpan } from '../../utils/stage-history';

const WIDTH = 360;
const HEIGHT = 130;
const LEFT = 86;
const RIGHT = 12;
const TOP = 16;
const ROW = 40;

/**
 * The stage history drawn as steps over time. Backward moves are dashed. The same data is
 * given as a list beside it for screen readers, so the drawing itself is hidden from them.
 */
export function StageTimeline({ spans }: { spans: readonly StageSpan[] }) {
  const first = spans[0];
  const last = spans.at(-1);
  if (!first || !last) return null;
  const start = first.from;
  const end = Math.max(last.to, start + 1);
  const x = (at: number) => LEFT + ((at - start) / (end - start)) * (WIDTH - LEFT - RIGHT);
  const y = (stage: Stage) => TOP + (STAGES.length - 1 - stageLevel(stage)) * ROW;

  return (
    <svg className="stage-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-hidden="true" focusable="false">
      {STAGES.map((stage) => (
        <g key={stage}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(stage)} y2={y(stage)} className="gridline" />
          <text x={LEFT - 8} y={y(stage) + 4} textAnchor="end" className="axis-label">
            {STAGE_LABELS[stage]}
          </text>
        </g>
      ))}
      {spans.map((span, i) => {
        const previous = spans[i - 1];
        return (
          <g key={`${span.from}-${i}`}>
            {previous && (
              <line
                x1={x(span.from)}
                x2={x(span.from)}
                y1={y(previous.stage)}
                y2={y(span.stage)}
                className={span.direction === 'back' ? 'step back' : 'step'}
              />
            )}
            <line x1={x(span.from)} x2={x(span.to)} y1={y(span.stage)} y2={y(span.stage)} className="span" />
            <StageMarker stage={span.stage} x={x(span.from)} y={y(span.stage)} />
          </g>
        );
      })}
      <text x={LEFT} y={HEIGHT - 4} className="axis-label">
        {formatDay(start)}
      </text>
      <text x={WIDTH - RIGHT} y={HEIGHT - 4} textAnchor="end" className="axis-label">
        {last.current ? 'now' : formatDay(end)}
      </text>
    </svg>
  );
}
