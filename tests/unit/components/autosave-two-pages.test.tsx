import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AutosaveField } from '../../../components/AutosaveField';
import { getProtege } from '../../../db/proteges';
import { addProtege } from '../db/seed';
import type { Protege } from '../../../db/types';
import { commitEdit, readPendingEdit } from '../../../db/pending-edits';
import { resetDatabase } from '../db/reset';

configure({ asyncUtilTimeout: 5000 });

let pat: Protege;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
  pat = await addProtege({ name: 'Pat Lee', generation: 'boomer', role: 'Director' });
});
afterEach(cleanup);

/** One page's role field, fed by its own live query, as the Profile tab feeds it. */
function RoleField({ label }: { label: string }) {
  const protege = useLiveQuery(() => getProtege(pat.id), []);
  if (!protege) return null;
  return (
    <AutosaveField label={label} target={{ type: 'profile', id: pat.id, field: 'role' }} saved={protege.role ?? ''} />
  );
}

// Two copies of the same field stand for two pages showing one record.
async function twoPages() {
  render(
    <>
      <section aria-label="Page A">
        <RoleField label="Role" />
      </section>
      <section aria-label="Page B">
        <RoleField label="Role" />
      </section>
    </>,
  );
  const a = within(screen.getByRole('region', { name: 'Page A' }));
  const b = within(screen.getByRole('region', { name: 'Page B' }));
  return {
    a,
    b,
    fieldA: await a.findByRole('textbox', { name: 'Role' }),
    fieldB: await b.findByRole('textbox', { name: 'Role' }),
  };
}

/**
 * What another page does when its field loses focus. (Typing into the first copy here would
 * take the focus from the second, which saves on blur: two real pages each keep their own.)
 */
async function otherPageSaves(text: string) {
  await commitEdit({ type: 'profile', id: pat.id, field: 'role' }, text, 'Director');
}

const storedRole = async () => (await getProtege(pat.id))?.role;

describe('two pages editing one field', () => {
  it('an idle page shows the other page’s edit as soon as it is saved', async () => {
    const user = userEvent.setup();
    const { fieldA, fieldB } = await twoPages();
    await user.clear(fieldA);
    await user.type(fieldA, 'Head of sales');
    await user.tab();
    await waitFor(() => expect(fieldB).toHaveProperty('value', 'Head of sales'));
    expect(await storedRole()).toBe('Head of sales');
  });

  it('text being typed is never replaced: the conflict is shown, and "Keep my text" stores it', async () => {
    const user = userEvent.setup();
    const { a, b, fieldA, fieldB } = await twoPages();
    await user.type(fieldB, ', EMEA');
    await otherPageSaves('Head of sales');

    const alert = await b.findByRole('alert');
    expect(alert.textContent).toContain('Head of sales');
    expect(fieldB).toHaveProperty('value', 'Director, EMEA');
    expect(a.queryByRole('alert')).toBeNull();
    // B's text is neither written over A's nor dropped while B decides.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await storedRole()).toBe('Head of sales');
    expect((await readPendingEdit({ type: 'profile', id: pat.id, field: 'role' }))?.value).toBe('Director, EMEA');

    await user.click(b.getByRole('button', { name: 'Keep my text' }));
    await waitFor(() => expect(fieldA).toHaveProperty('value', 'Director, EMEA'));
    expect(await storedRole()).toBe('Director, EMEA');
    expect(b.queryByRole('alert')).toBeNull();
  });

  it('"Use the other text" takes the stored text and lets the typed one go', async () => {
    const user = userEvent.setup();
    const { b, fieldB } = await twoPages();
    await user.type(fieldB, ' (acting)');
    await otherPageSaves('Head of sales');
    await user.click(await b.findByRole('button', { name: 'Use the other text' }));
    expect(fieldB).toHaveProperty('value', 'Head of sales');
    await waitFor(async () =>
      expect(await readPendingEdit({ type: 'profile', id: pat.id, field: 'role' })).toBeUndefined(),
    );
    expect(await storedRole()).toBe('Head of sales');
  });

  it('a page’s own save does not take back what it is typing (a space at the end stays)', async () => {
    const user = userEvent.setup();
    const { fieldA } = await twoPages();
    await user.clear(fieldA);
    await user.type(fieldA, 'Head ');
    await waitFor(async () => expect(await storedRole()).toBe('Head'));
    await waitFor(async () =>
      expect(await readPendingEdit({ type: 'profile', id: pat.id, field: 'role' })).toBeUndefined(),
    );
    expect(fieldA).toHaveProperty('value', 'Head ');
    await user.type(fieldA, 'of sales');
    await user.tab();
    await waitFor(async () => expect(await storedRole()).toBe('Head of sales'));
  });
});
