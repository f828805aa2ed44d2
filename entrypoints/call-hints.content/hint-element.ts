import type { MessageResponse } from '../../utils/messaging';

/**
 * The hint shown on a call page: one button that opens Mentor Up's side panel, and one that
 * hides the hint. It lives in a closed shadow root, so the page can neither read nor restyle
 * it, and it carries fixed words only: never a protégé's name, never a note.
 */

export const HINT_WORDS = {
  open: 'Mentor Up coaching',
  openName: 'Open Mentor Up coaching in the side panel',
  hide: 'Hide the Mentor Up hint',
  // Firefox opens its sidebar only from its own controls (toolbar, menus, shortcuts), never
  // from a page's click passed on in a message: there the hint says what to use instead.
  notOpened: import.meta.env.FIREFOX
    ? 'Firefox opens the sidebar only from its own controls: use the Mentor Up toolbar button, then Open side panel.'
    : 'Use the Mentor Up toolbar button to open coaching.',
} as const;

const STYLE = `
  .hint { display: flex; gap: 4px; align-items: center; font: 600 14px/1.3 system-ui, sans-serif; }
  button { font: inherit; border-radius: 18px; cursor: pointer; padding: 8px 14px; }
  .open { background: #1f5fbf; color: #ffffff; border: 1px solid #1f5fbf; box-shadow: 0 2px 6px rgb(0 0 0 / 30%); }
  .hide { background: #ffffff; color: #1b1d21; border: 1px solid #8a909b; padding: 8px 10px; }
  button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
  .note { margin: 0; padding: 6px 10px; border-radius: 8px; background: #ffffff; color: #1b1d21; }
  .note:empty { display: none; }
`;

export interface MountedHint {
  host: HTMLElement;
  /** Kept by the caller only: the page cannot reach a closed root. */
  root: ShadowRoot;
  remove(): void;
}

export function mountCallHint(doc: Document, openPanel: () => Promise<MessageResponse>): MountedHint {
  const host = doc.createElement('mentor-up-call-hint');
  // Only placement on the host; everything else is inside the shadow root.
  host.style.cssText = 'all: initial; position: fixed; right: 16px; bottom: 88px; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'closed' });

  const style = doc.createElement('style');
  style.textContent = STYLE;
  const hint = doc.createElement('div');
  hint.className = 'hint';
  hint.setAttribute('role', 'region');
  hint.setAttribute('aria-label', 'Mentor Up');

  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'open';
  open.textContent = HINT_WORDS.open;
  open.setAttribute('aria-label', HINT_WORDS.openName);

  const hide = doc.createElement('button');
  hide.type = 'button';
  hide.className = 'hide';
  hide.textContent = '×';
  hide.setAttribute('aria-label', HINT_WORDS.hide);

  const note = doc.createElement('p');
  note.className = 'note';
  note.setAttribute('role', 'status');

  open.addEventListener('click', () => {
    // Sent straight from the click, so the side panel may open in response to it.
    void openPanel().then((response) => {
      note.textContent = response.ok ? '' : HINT_WORDS.notOpened;
    });
  });
  hide.addEventListener('click', () => host.remove());

  hint.append(open, hide);
  root.append(style, hint, note);
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}
