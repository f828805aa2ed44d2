import { describe, expect, it } from 'vitest';
import { skillTopicsIn, type SkillTopic } from '../../../content/skill-topics';
import { STAGE_SIGNS } from '../../../content/stage-signs';
import { findStageSignProblems } from '../../../content/validate-library';
import { STAGES } from '../../../content/vocabulary';

describe('signs of each stage', () => {
  it('has at least two short, distinct signs for every stage', () => {
    expect(findStageSignProblems(STAGE_SIGNS)).toEqual([]);
  });

  it.each(STAGES)('lists signs for %s', (stage) => {
    expect(STAGE_SIGNS[stage].length).toBeGreaterThanOrEqual(2);
  });

  it.each<[string, Parameters<typeof findStageSignProblems>[0], string]>([
    ['a stage with one sign', { ...STAGE_SIGNS, denial: ['Calls it a passing trend'] }, 'signs of denial: 1 (min 2)'],
    ['a missing stage', { denial: STAGE_SIGNS.denial, acceptance: STAGE_SIGNS.acceptance }, 'signs of resistance: 0'],
    ['an empty sign', { ...STAGE_SIGNS, acceptance: [...STAGE_SIGNS.acceptance, ' '] }, 'a sign is empty'],
    [
      'a sign too long to scan',
      { ...STAGE_SIGNS, resistance: [...STAGE_SIGNS.resistance, `Sighs ${'and sighs '.repeat(7)}again`] },
      'is 16 words (max 14)',
    ],
    [
      'the same sign under two stages',
      { ...STAGE_SIGNS, acceptance: [...STAGE_SIGNS.acceptance, STAGE_SIGNS.denial[0]!] },
      'is listed twice',
    ],
  ])('flags %s', (_case, signs, expected) => {
    expect(findStageSignProblems(signs)).toContainEqual(expect.stringContaining(expected));
  });
});

describe('skillTopicsIn', () => {
  it.each<[string | undefined, readonly SkillTopic[]]>([
    ['Using ChatGPT and Copilot for drafts', ['ai-tools']],
    ['AI prompts', ['ai-tools']],
    ['Prompting', ['ai-tools']],
    ['Excel dashboards', ['data']],
    ['LinkedIn posts and a personal brand', ['social-media']],
    ['Working in Teams channels and shared docs', ['collaboration']],
    ['AI for reports, then LinkedIn', ['ai-tools', 'social-media']],
    // "ai" only as a whole word: aims, airline and maintain mention no AI.
    ['Clear aims for the airline account; maintain contacts', []],
    ['Postponed meetings', []],
    ['', []],
    [undefined, []],
  ])('finds the topics in %j', (gaps, expected) => {
    expect(skillTopicsIn(gaps)).toEqual(expected);
  });
});
