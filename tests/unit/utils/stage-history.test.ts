import { describe, expect, it } from 'vitest';
import { countBackMoves, moveDirection, stageSpans, timeInStages } from '../../../utils/stage-history';
import { describeDuration, describeMeetingLength } from '../../../utils/dates';

const DAY = 86_400_000;

describe('moveDirection', () => {
  it.each([
    [undefined, 'denial', 'start'],
    ['denial', 'resistance', 'forward'],
    ['denial', 'acceptance', 'forward'],
    ['acceptance', 'resistance', 'back'],
    ['resistance', 'denial', 'back'],
    ['resistance', 'resistance', 'same'],
  ] as const)('%s → %s is %s', (from, to, expected) => {
    expect(moveDirection(from, to)).toBe(expected);
  });
});

describe('stageSpans', () => {
  it('gives no spans for no history', () => {
    expect(stageSpans([], 0)).toEqual([]);
  });

  it('measures each stage until the next move, the current one until now, back moves kept', () => {
    const spans = stageSpans(
      [
        { stage: 'resistance', at: 3 * DAY, evidence: 'Said the old way works' },
        { stage: 'denial', at: 0 },
        { stage: 'acceptance', at: 10 * DAY },
        { stage: 'resistance', at: 12 * DAY },
      ],
      20 * DAY,
    );
    expect(spans.map((s) => [s.stage, s.durationMs / DAY, s.direction, s.previous, s.current])).toEqual([
      ['denial', 3, 'start', undefined, false],
      ['resistance', 7, 'forward', 'denial', false],
      ['acceptance', 2, 'forward', 'resistance', false],
      ['resistance', 8, 'back', 'acceptance', true],
    ]);
    expect(spans[1]?.evidence).toBe('Said the old way works');
    expect(countBackMoves(spans)).toBe(1);
    expect(timeInStages(spans)).toEqual({ denial: 3 * DAY, resistance: 15 * DAY, acceptance: 2 * DAY });
  });

  it('never gives a negative duration when the clock is behind the last move', () => {
    expect(stageSpans([{ stage: 'denial', at: 100 }], 50)[0]?.durationMs).toBe(0);
  });
});

describe('describeDuration', () => {
  it.each([
    [0, 'less than a day'],
    [DAY, '1 day'],
    [13 * DAY, '13 days'],
    [14 * DAY, '2 weeks'],
    [60 * DAY, '8 weeks'],
    [90 * DAY, '3 months'],
    [-5, 'less than a day'],
  ])('%d ms → %s', (ms, text) => {
    expect(describeDuration(ms)).toBe(text);
  });
});

describe('describeMeetingLength', () => {
  it.each([
    [0, '1 min'],
    [45 * 60_000, '45 min'],
    [60 * 60_000, '1 h'],
    [90 * 60_000, '1 h 30 min'],
  ])('%d ms → %s', (ms, text) => {
    expect(describeMeetingLength(ms)).toBe(text);
  });
});
