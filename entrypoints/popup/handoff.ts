import { CONTROL_ATTRIBUTE, type ControlId } from '../../components/control-ids';
import type { NoteDraft } from '../../utils/popup-items';
import type { PopupStart } from './popup-start';

/**
 * How the popup app takes over from the shell (shell.ts): what the shell leaves behind, and
 * how the app continues from it. Kept apart from the shell so the app's bundle carries none
 * of the shell's drawing code.
 */

/** What the app continues from. */
export interface ShellHandoff {
  draft: NoteDraft;
  protegeId: string | undefined;
  /** The control that had focus. */
  focused: ControlId | undefined;
  selection: [start: number, end: number];
  /** A button pressed (or Ctrl+Enter for "Save note") before the app was ready. */
  pressed: ControlId | undefined;
  /** False when a draft write failed: the app writes the draft again. */
  draftKept: boolean;
}

export interface Shell {
  /** Stops the shell and reports its state; the app's first render then replaces it. */
  takeOver(): ShellHandoff;
}

/** After the app's first render: focus, caret and any early button press, where the mentor left them. */
export function continueFromShell(container: HTMLElement, handoff: ShellHandoff) {
  const control = (id: ControlId | undefined) =>
    id === undefined ? null : container.querySelector<HTMLElement>(`[${CONTROL_ATTRIBUTE}="${id}"]`);
  const target = control(handoff.focused);
  if (target) {
    target.focus();
    if (target instanceof HTMLTextAreaElement) target.setSelectionRange(...handoff.selection);
  }
  control(handoff.pressed)?.click();
}

/** What the shell script leaves for the app: the values read and the drawn shell, if any. */
export interface EarlyPopup {
  start: PopupStart;
  shell: Shell | undefined;
}

export const EARLY_POPUP = Symbol.for('mentor-up.popup-shell');

/** The shell script's result; undefined when it did not run or failed (the app then reads for itself). */
export async function takeEarlyPopup(): Promise<EarlyPopup | undefined> {
  const scope = globalThis as Record<symbol, unknown>;
  const early = scope[EARLY_POPUP] as Promise<EarlyPopup | undefined> | undefined;
  delete scope[EARLY_POPUP];
  return early?.catch(() => undefined);
}
