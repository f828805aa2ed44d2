/** Summaries of repeated timings (ms), rounded to 0.1 ms. */

const round = (value) => Math.round(value * 10) / 10;

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** @param {number[]} values */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0 };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    median: round(median),
    min: round(sorted[0]),
    p90: round(percentile(sorted, 90)),
    max: round(sorted[sorted.length - 1]),
    n: sorted.length,
  };
}

/** A figure with its goal: `met` when `value <= goal`. */
export function goal(value, limit, unit) {
  return { goal: `≤ ${limit}${unit ? ' ' + unit : ''}`, met: value <= limit };
}

/** a / b to two decimals. */
export const ratio = (a, b) => Math.round((a / b) * 100) / 100;
