import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { listGoals } from '../../../db/goals';
import type { Protege } from '../../../db/types';
import { GoalsEditor } from '../../../entrypoints/sidepanel/GoalsEditor';
import { withPat } from './panel';

const currentPat = withPat();
let pat: Protege;
beforeEach(() => {
  pat = currentPat();
});

describe('a goal’s target date', () => {
  it.each([
    ['0202-05-01', 'The date is in the year 202.'],
    ['1969-12-31', 'The date is in the year 1969.'],
    ['0001-01-01', 'The date is in the year 1.'],
  ])('typed as %s is refused with a message, and the goal stays typed', async (typed, message) => {
    const user = userEvent.setup();
    render(<GoalsEditor protegeId={pat.id} />);
    await user.type(screen.getByRole('textbox', { name: 'New goal' }), 'Post weekly');
    await user.type(screen.getByLabelText('Target date (optional)'), typed);
    await user.click(screen.getByRole('button', { name: 'Add goal' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(alert.textContent).toContain('Choose a day from 2000 to 9999.');
    expect(alert.textContent).toContain('Your goal is kept here.');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'New goal' }).value).toBe('Post weekly');
    expect(await listGoals(pat.id)).toEqual([]);
  });

  it('in range is stored as that day', async () => {
    const user = userEvent.setup();
    render(<GoalsEditor protegeId={pat.id} />);
    await user.type(screen.getByRole('textbox', { name: 'New goal' }), 'Post weekly');
    await user.type(screen.getByLabelText('Target date (optional)'), '2027-03-01');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    await screen.findByRole('checkbox', { name: 'Post weekly' });
    const [goal] = await listGoals(pat.id);
    expect(new Date(goal!.targetDate!).getFullYear()).toBe(2027);
  });
});
