import type { Stage } from '../content/vocabulary';

interface Props {
  stage: Stage;
  x: number;
  y: number;
  className?: string;
}

/**
 * Each stage's own shape in a chart (a square for Denial, a triangle for Resistance, a circle
 * for Acceptance), so a chart reads without colour.
 */
export function StageMarker({ stage, x, y, className = 'marker' }: Props) {
  if (stage === 'denial') return <rect x={x - 5} y={y - 5} width={10} height={10} className={className} />;
  if (stage === 'resistance') return <path d={`M${x} ${y - 6}L${x + 6} ${y + 5}H${x - 6}Z`} className={className} />;
  return <circle cx={x} cy={y} r={5.5} className={className} />;
}
