import { CONTROL, controlIdOf, type ControlId } from '../../components/control-ids';
import { isSaveShortcut, SAVE_HINT } from '../../components/save-hint';
import { NOTE_KINDS, type NoteKind } from '../../db/types';
import { NOTE_KIND_LABELS } from '../../utils/labels';
import { showTextSize, showTheme } from '../../utils/appearance';
import { z } from '../../utils/zod-mini';
import { protegeToOpen } from '../../utils/draft-owner';
import {
  definePopupItems,
  POPUP_PRIVATE_KEYS,
  POPUP_SETTING_KEYS,
  popupValuesFrom,
  type NoteDraft,
  type PickerEntry,
  type PopupItems,
} from '../../utils/popup-items';
import {
  choosePrivateArea,
  nativeStorage,
  type ExtensionLocalStorage,
  type StoredValues,
} from '../../utils/private-area';
import { EARLY_POPUP, type EarlyPopup, type Shell } from './handoff';
import type { PopupStart } from './popup-start';

/**
 * The popup as plain DOM, drawn from extension storage while React and the database are
 * still loading, so the note box takes keys the moment the popup opens. It is the same markup
 * the app renders for the same data; every keystroke is kept as a draft, exactly as the app
 * does; and when the app is ready it takes over the text, the caret, the focus and a button
 * pressed in the meantime (see `takeOver`).
 *
 * It runs as a classic script (entrypoints/popup-shell.ts, first in popup.html's head), so it
 * needs none of the page's modules: one storage read in Chrome (two in Firefox, whose private
 * values live in IndexedDB), and the browser's own promise-based `storage.local` (Chrome and
 * Firefox both have it in MV3) instead of the polyfill. It reads and writes the popup's
 * values through the same item definitions as the app (utils/popup-items.ts). The app that
 * follows uses the polyfill as everywhere else.
 */

const draftSchema = z.object({
  text: z.catch(z.string(), ''),
  kind: z.catch(z.enum(NOTE_KINDS), 'note'),
  protegeId: z.optional(z.catch(z.optional(z.string()), undefined)),
});

function readDraft(value: unknown): NoteDraft {
  const parsed = draftSchema.safeParse(value ?? {});
  if (!parsed.success) return { text: '', kind: 'note' };
  const { text, kind, protegeId } = parsed.data;
  return protegeId === undefined ? { text, kind } : { text, kind, protegeId };
}

/**
 * Checks what the popup opens with (its private values and appearance settings, as stored),
 * and applies the theme and text size on the way, before the first paint, so a dark theme
 * never flashes light.
 */
export function readPopupStart(stored: StoredValues, root = document.documentElement): PopupStart {
  showTheme(root, stored[POPUP_SETTING_KEYS.theme]);
  showTextSize(root, stored[POPUP_SETTING_KEYS.textSize]);
  let values: ReturnType<typeof popupValuesFrom> = {
    draft: undefined,
    protegeId: undefined,
    pickerSnapshot: undefined,
  };
  try {
    values = popupValuesFrom(stored);
  } catch {
    // Stored by a newer version: the app reads for itself and says so.
  }
  const draft = readDraft(values.draft);
  return {
    draft,
    protegeId: protegeToOpen(draft, typeof values.protegeId === 'string' ? values.protegeId : undefined),
    proteges: readSnapshot(values.pickerSnapshot),
  };
}

const snapshotSchema = z.array(z.object({ id: z.string(), name: z.string() }));

/** The stored snapshot is outside data: anything but a list of named entries is ignored. */
export function readSnapshot(value: unknown): PickerEntry[] | undefined {
  const parsed = snapshotSchema.safeParse(value);
  return parsed.success && parsed.data.length > 0 ? parsed.data.map(({ id, name }) => ({ id, name })) : undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Draws the shell into `container`, or returns undefined (and draws nothing) when there is no
 * usable snapshot of the protégés: on first run the app's add form comes first anyway.
 */
export function drawShell(container: HTMLElement, start: PopupStart, items: PopupItems): Shell | undefined {
  const { proteges, draft } = start;
  if (!proteges) return undefined;

  // The same fallback as the app: a remembered protégé no longer listed gives way to the first.
  let protegeId = proteges.some((p) => p.id === start.protegeId) ? start.protegeId! : proteges[0]!.id;
  let kind = draft.kind;
  let draftKept = true;
  let pressed: ControlId | undefined;
  let active = true;

  const picker = element(
    'select',
    { id: 'shell-protege', 'data-control': CONTROL.protege },
    ...proteges.map((p) => element('option', { value: p.id }, p.name)),
  );
  picker.value = protegeId;
  const addButton = element(
    'button',
    { type: 'button', class: 'secondary', 'data-control': CONTROL.addProtege },
    'Add protégé',
  );
  const box = element('textarea', {
    id: 'shell-text',
    'data-control': CONTROL.noteText,
    rows: '4',
    'aria-describedby': 'shell-hint',
  });
  box.textContent = draft.text; // its default value, as React renders it
  const kindPicker = element(
    'select',
    { id: 'shell-kind', 'data-control': CONTROL.noteKind },
    ...NOTE_KINDS.map((k) => element('option', { value: k }, NOTE_KIND_LABELS[k])),
  );
  kindPicker.value = kind;
  const saveButton = element(
    'button',
    { type: 'button', 'data-control': CONTROL.saveNote, 'aria-disabled': 'false' },
    'Save note',
  );
  const status = element('p', { role: 'status', class: 'status' });

  container.replaceChildren(
    element(
      'main',
      { class: 'popup' },
      element('h1', {}, 'Mentor Up'),
      element(
        'div',
        { class: 'row protege-row' },
        element('div', { class: 'field' }, element('label', { for: 'shell-protege' }, 'Protégé'), picker),
        addButton,
      ),
      element(
        'div',
        { class: 'note-composer' },
        element('label', { for: 'shell-text' }, 'Quick note'),
        box,
        element('p', { id: 'shell-hint', class: 'hint' }, SAVE_HINT),
        element(
          'div',
          { class: 'row' },
          element('label', { for: 'shell-kind', class: 'inline-label' }, 'Kind'),
          kindPicker,
          saveButton,
        ),
        status,
      ),
    ),
  );

  const keepDraft = () => {
    if (!active) return;
    const kept: NoteDraft = { text: box.value, kind, protegeId };
    items.draft.setValue(kept).then(
      () => undefined,
      () => (draftKept = false),
    );
  };
  const press = (button: HTMLButtonElement) => {
    pressed = controlIdOf(button);
    if (button === saveButton) status.textContent = 'Saving…';
  };

  box.addEventListener('input', keepDraft);
  box.addEventListener('keydown', (event) => {
    if (!isSaveShortcut(event)) return;
    event.preventDefault();
    press(saveButton);
  });
  kindPicker.addEventListener('change', () => {
    kind = kindPicker.value as NoteKind;
    keepDraft();
  });
  picker.addEventListener('change', () => {
    protegeId = picker.value;
    void items.protegeId.setValue(protegeId).catch(() => undefined);
    // The text in the box now goes to the protégé chosen for it.
    if (box.value !== '') keepDraft();
  });
  saveButton.addEventListener('click', () => press(saveButton));
  addButton.addEventListener('click', () => press(addButton));

  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);

  return {
    takeOver() {
      active = false;
      const focused = container.contains(document.activeElement) ? document.activeElement : null;
      return {
        draft: { text: box.value, kind, protegeId },
        protegeId,
        focused: controlIdOf(focused),
        selection: [box.selectionStart, box.selectionEnd],
        pressed,
        draftKept,
      };
    },
  };
}

/** Resolves once the page's markup is parsed (module scripts run only after that). */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('readystatechange', () => resolve(), { once: true }));
}

/** Reads, draws, and leaves the result for `takeEarlyPopup`. Run once, by the shell script. */
export function startShell(findContainer: () => HTMLElement | null, local: ExtensionLocalStorage = nativeStorage()) {
  const area = choosePrivateArea(local);
  const items = definePopupItems(() => area);
  const settingKeys: string[] = Object.values(POPUP_SETTING_KEYS);
  // In Chrome the private values are in local storage too: one read for all.
  const stored: Promise<StoredValues> =
    area.kind === 'local'
      ? local.get([...POPUP_PRIVATE_KEYS, ...settingKeys])
      : Promise.all([area.get(POPUP_PRIVATE_KEYS), local.get(settingKeys)]).then(([own, settings]) => ({
          ...settings,
          ...own,
        }));
  const early: Promise<EarlyPopup | undefined> = Promise.all([stored, parsed()]).then(([values]) => {
    const start = readPopupStart(values);
    const container = findContainer();
    return container ? { start, shell: drawShell(container, start, items) } : undefined;
  });
  (globalThis as Record<symbol, unknown>)[EARLY_POPUP] = early;
}
