import { useId, type ReactNode } from 'react';
import { useWidth } from './use-width';

/** The widest a chart is drawn; wider, it would only spread out. */
export const MAX_CHART_WIDTH = 640;
/** The narrowest: a 320 px window, less the page's padding. */
const MIN_CHART_WIDTH = 260;

interface Props {
  title: string;
  /** The drawing at the width it shows at, hidden from screen readers: the table holds the same data. */
  chart: (width: number) => ReactNode;
  table: ReactNode;
}

/** A part of the review: its heading, a chart and, beside it, the chart's data as a table. */
export function ChartPart({ title, chart, table }: Props) {
  const id = useId();
  const [measure, width] = useWidth<HTMLDivElement>(MAX_CHART_WIDTH);
  return (
    <section aria-labelledby={id} className="review-part">
      <h3 id={id}>{title}</h3>
      <div className="chart-and-table">
        <div className="chart-box" ref={measure}>
          {chart(Math.min(MAX_CHART_WIDTH, Math.max(MIN_CHART_WIDTH, width)))}
        </div>
        <div className="table-box">{table}</div>
      </div>
    </section>
  );
}

/** A part with no chart: a heading and what goes under it. */
export function ReviewPart({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="review-part">
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
