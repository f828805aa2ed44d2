import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Note } from '../../../db/types';
import { NoteItem } from '../../../entrypoints/sidepanel/NoteItem';

afterEach(cleanup);

function selectionNote(source: Note['source']): Note {
  return { id: 'n1', kind: 'note', text: 'Quote', source, createdAt: 1, updatedAt: 1 };
}

describe('a note’s source link', () => {
  it.each([
    ['a title claiming another site', 'https://login.evil.example/x', 'paypal.com – Sign in', 'login.evil.example'],
    ['an ordinary page', 'https://docs.example.com/guide?a=1', 'The guide', 'docs.example.com'],
  ])('shows the host it really opens beside %s', (_what, url, title, host) => {
    const { container } = render(
      <NoteItem note={selectionNote({ kind: 'selection', url, title })} onDelete={() => {}} />,
    );
    const link = screen.getByRole('link', { name: title });
    expect(link.getAttribute('href')).toBe(url);
    expect(link.textContent).toBe(title);
    // The host stands apart from the title a page chose, so the title cannot take its place.
    expect(container.querySelector('.note-meta')?.textContent).toContain(`${title} (${host})`);
  });

  it('does not repeat the address when the link shows it already', () => {
    const url = 'https://example.com/a';
    const { container } = render(<NoteItem note={selectionNote({ kind: 'selection', url })} onDelete={() => {}} />);
    expect(screen.getByRole('link', { name: url })).toBeTruthy();
    expect(container.querySelector('.note-meta')?.textContent).not.toContain('(example.com)');
  });
});
