import { STAGES, type Stage } from '../content/vocabulary';

export interface StageMove {
  stage: Stage;
  at: number;
  evidence?: string;
}

export type MoveDirection = 'start' | 'forward' | 'back' | 'same';

export interface StageSpan {
  stage: Stage;
  from: number;
  /** When the next move happened, or `now` for the current stage. */
  to: number;
  durationMs: number;
  direction: MoveDirection;
  /** The stage moved from, for every span but the first. */
  previous?: Stage;
  evidence?: string;
  current: boolean;
}

export function stageLevel(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function moveDirection(previous: Stage | undefined, next: Stage): MoveDirection {
  if (previous === undefined) return 'start';
  const delta = stageLevel(next) - stageLevel(previous);
  return delta > 0 ? 'forward' : delta < 0 ? 'back' : 'same';
}

/**
 * The stage history as spans of time, oldest first: how long each stage lasted and whether
 * it was reached by moving forward or back. People revisit stages; back moves are kept.
 */
export function stageSpans(moves: readonly StageMove[], now: number): StageSpan[] {
  const sorted = [...moves].sort((a, b) => a.at - b.at);
  return sorted.map((move, i) => {
    const previous = sorted[i - 1]?.stage;
    const to = sorted[i + 1]?.at ?? Math.max(now, move.at);
    const span: StageSpan = {
      stage: move.stage,
      from: move.at,
      to,
      durationMs: to - move.at,
      direction: moveDirection(previous, move.stage),
      current: i === sorted.length - 1,
    };
    if (previous !== undefined) span.previous = previous;
    if (move.evidence) span.evidence = move.evidence;
    return span;
  });
}

/** Total time spent in each stage across all visits. */
export function timeInStages(spans: readonly StageSpan[]): Record<Stage, number> {
  const totals: Record<Stage, number> = { denial: 0, resistance: 0, acceptance: 0 };
  for (const span of spans) totals[span.stage] += span.durationMs;
  return totals;
}

export function countBackMoves(spans: readonly StageSpan[]): number {
  return spans.filter((span) => span.direction === 'back').length;
}
