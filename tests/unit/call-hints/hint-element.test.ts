import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { saveNote } from '../../../db/notes';
import { addProtege } from '../db/seed';
import { HINT_WORDS, mountCallHint, type MountedHint } from '../../../entrypoints/call-hints.content/hint-element';
import { lastProtegeId } from '../../../utils/storage';
import { resetDatabase } from '../db/reset';

let hint: MountedHint | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});

afterEach(() => hint?.remove());

function visibleWords(root: ShadowRoot) {
  const labels = [...root.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label'));
  return [root.textContent ?? '', ...labels].join(' ');
}

describe('call-page hint', () => {
  it('lives in a closed shadow root the page cannot reach', () => {
    hint = mountCallHint(document, async () => ({ ok: true }));
    expect(document.querySelector('mentor-up-call-hint')).toBe(hint.host);
    expect(hint.host.shadowRoot).toBeNull();
    expect(document.body.textContent).not.toContain(HINT_WORDS.open);
  });

  it('shows no protégé name and no note text, only its fixed words', async () => {
    const pat = await addProtege({ name: 'Patricia Quill', generation: 'boomer' });
    await lastProtegeId.setValue(pat.id);
    await saveNote({
      protegeId: pat.id,
      kind: 'note',
      text: 'Nervous about the board demo',
      source: { kind: 'popup' },
    });

    hint = mountCallHint(document, async () => ({ ok: false, reason: 'Not now' }));
    hint.root.querySelector<HTMLButtonElement>('button.open')!.click();
    await vi.waitFor(() => expect(hint!.root.textContent).toContain(HINT_WORDS.notOpened));

    const words = visibleWords(hint.root);
    expect(words).not.toMatch(/Patricia|Quill|board demo/);
    expect(words.replace(/\s+/g, ' ')).not.toContain('Not now');
    const text = hint.root.querySelector('.hint')!.textContent;
    expect(text).toBe(`${HINT_WORDS.open}×`);
  });

  it('asks for the side panel when clicked, and hides when asked to', async () => {
    const openPanel = vi.fn(async () => ({ ok: true as const }));
    hint = mountCallHint(document, openPanel);
    const open = hint.root.querySelector<HTMLButtonElement>(`button[aria-label="${HINT_WORDS.openName}"]`)!;
    open.click();
    expect(openPanel).toHaveBeenCalledTimes(1);

    hint.root.querySelector<HTMLButtonElement>(`button[aria-label="${HINT_WORDS.hide}"]`)!.click();
    expect(document.querySelector('mentor-up-call-hint')).toBeNull();
  });
});
