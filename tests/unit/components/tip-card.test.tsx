import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { TipCard } from '../../../components/TipCard';
import { TIPS } from '../../../content/library';
import { rankTips } from '../../../content/rank-tips';

afterEach(cleanup);

it('shows a tip’s line to say and its check-with-them line apart from the body', () => {
  const tip = TIPS.find((t) => t.say && t.check);
  expect(tip).toBeDefined();
  const [ranked] = rankTips({ generation: tip!.generations[0]!, moment: tip!.moments[0]!, limit: 1 }, [tip!]);
  render(<TipCard ranked={ranked!} />);
  const card = screen.getByRole('article', { name: tip!.title });
  expect(card.querySelector('.tip-body')?.textContent).toBe(tip!.body);
  expect(card.querySelector('.tip-say q')?.textContent).toBe(tip!.say);
  expect(card.querySelector('.tip-say')?.textContent).toMatch(/^You could say: /);
  expect(card.querySelector('.tip-check')?.textContent).toBe(tip!.check);
});
