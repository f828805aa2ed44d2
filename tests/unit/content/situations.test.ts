import { describe, expect, it } from 'vitest';
import { isSituationId, SITUATION_IDS, SITUATIONS, situationById, suggestedStage } from '../../../content/situations';
import type { Stage } from '../../../content/vocabulary';

describe('situations', () => {
  it('lists at least twelve, in the order of their ids', () => {
    expect(SITUATIONS.length).toBeGreaterThanOrEqual(12);
    expect(SITUATIONS.map((situation) => situation.id)).toEqual(SITUATION_IDS);
  });

  it('looks situations up by id', () => {
    expect(situationById('pushing-back')?.label).toBe('Pushing back');
    expect(situationById('no-such-thing')).toBeUndefined();
    expect(isSituationId('going-quiet')).toBe(true);
    expect(isSituationId('crying')).toBe(false);
  });

  it.each<[string, Stage | undefined, Stage | undefined]>([
    ['pushing-back', 'denial', 'resistance'],
    ['pushing-back', undefined, 'resistance'],
    ['pushing-back', 'resistance', undefined],
    ['its-a-fad', 'acceptance', 'denial'],
    ['keen-for-more', 'resistance', 'acceptance'],
    ['going-quiet', 'denial', undefined],
    ['no-such-thing', 'denial', undefined],
  ])('suggests for %s while in %s: %s', (situation, current, expected) => {
    expect(suggestedStage(situation, current)).toBe(expected);
  });
});
