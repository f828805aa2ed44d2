import type { Tip } from '../../../content/tip';
import { GENERATIONS, STAGES } from '../../../content/vocabulary';

/** A well-formed tip; tests override only the field under test, so any problem found is that field's. */
export function makeTip(overrides: Partial<Tip> & Pick<Tip, 'id'>): Tip {
  return {
    title: `Title for ${overrides.id}`,
    body: `Ask the protégé which task matters most to them today (${overrides.id}), then start there.`,
    generations: GENERATIONS,
    stages: STAGES,
    moments: ['in-session'],
    grounding: 'practice',
    ...overrides,
  };
}
