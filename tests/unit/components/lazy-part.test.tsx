import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
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

  it('draws the part when its code arrives between the first render and its effect', async () => {
    let arrive: ((component: typeof Greeting) => void) | undefined;
    // The placeholder's render lets the code arrive, so it is there before the effect runs.
    function Arriving() {
      arrive?.(Greeting);
      return <p>Loading…</p>;
    }
    const Part = lazyPart(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)), <Arriving />);
    void Part.preload();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    root.render(<Part name="Kim" />);
    await waitFor(() => expect(container.textContent).toBe('Hello Kim'));
    root.unmount();
    container.remove();
  });

  it('says so when the code cannot load', async () => {
    const Part = lazyPart<{ name: string }>(() => Promise.reject(new Error('gone')));
    render(<Part name="Robin" />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not load/);
  });
});
