import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyPart } from '../../../components/lazy-part';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyPart', () => {
  it('shows the placeholder, then the part once its code has loaded', async () => {
    const Part = lazyPart(async () => Greeting, <p>Loading…</p>);
    render(<Part name="Pat" />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    await screen.findByText('Hello Pat');
  });

  it('renders at once, without a placeholder, after preload', async () => {
    const Part = lazyPart(async () => Greeting, <p>Loading…</p>);
    await Part.preload();
    render(<Part name="Sam" />);
    expect(screen.getByText('Hello Sam')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('says so when the code cannot load', async () => {
    const Part = lazyPart<{ name: string }>(() => Promise.reject(new Error('gone')));
    render(<Part name="Robin" />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not load/);
  });
});
