import type { MonthCount } from '../../utils/review-aggregates';
import { ChartPart } from './ChartPart';
import { monthName, shortMonthName, yearOf } from './months';

const HEIGHT = 200;
const SIDE = 8;
const TOP = 22;
const BOTTOM = 40;
/** Bars narrower than this have no room for their number above them (the table has it). */
const MIN_SLOT_FOR_VALUES = 18;
/** Room a month's name takes on the axis. */
const MONTH_LABEL_WIDTH = 36;

/** Sessions held per month as bars, each with its number above it, so it reads without colour. */
function SessionsBars({ months, width }: { months: readonly MonthCount[]; width: number }) {
  const slot = (width - 2 * SIDE) / Math.max(1, months.length);
  const barWidth = Math.min(40, slot * 0.7);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const baseline = TOP + plotHeight;
  const most = Math.max(1, ...months.map((month) => month.count));
  const labelEvery = Math.max(1, Math.ceil(MONTH_LABEL_WIDTH / slot));

  return (
    <svg
      className="review-chart"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      style={{ maxWidth: width }}
      aria-hidden="true"
      focusable="false"
      data-chart="sessions-per-month"
    >
      <line x1={SIDE} x2={width - SIDE} y1={baseline} y2={baseline} className="axis" />
      {months.map((month, i) => {
        const middle = SIDE + slot * i + slot / 2;
        const height = (month.count / most) * plotHeight;
        const labelled = i % labelEvery === 0;
        const showYear = labelled && (i === 0 || month.month.endsWith('-01'));
        return (
          <g key={month.month}>
            {month.count > 0 && (
              <rect x={middle - barWidth / 2} y={baseline - height} width={barWidth} height={height} className="bar" />
            )}
            {slot >= MIN_SLOT_FOR_VALUES && (
              <text x={middle} y={baseline - height - 6} textAnchor="middle" className="value">
                {month.count}
              </text>
            )}
            {labelled && (
              <text x={middle} y={baseline + 16} textAnchor="middle">
                {shortMonthName(month.month)}
              </text>
            )}
            {showYear && (
              <text x={middle} y={baseline + 32} textAnchor="middle" className="year">
                {yearOf(month.month)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export function SessionsChart({ months }: { months: readonly MonthCount[] }) {
  return (
    <ChartPart
      title="Sessions held per month"
      chart={(width) => <SessionsBars months={months} width={width} />}
      table={
        <table className="review-table">
          <caption className="visually-hidden">Sessions held per month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="number">
                Sessions
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{monthName(month.month)}</th>
                <td className="number">{month.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
