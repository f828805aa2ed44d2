import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { unlessBlocked } from '../../db/connection-watch';
import { listProteges } from '../../db/proteges';
import { finishInterruptedAdd } from '../../db/finish-interrupted-add';
import { loadFormDrafts } from '../../utils/form-drafts';
import { applyAppearance } from '../../utils/apply-appearance';
import { requestPersistenceOnce } from '../../db/persist-once';
import { protegeToOpen } from '../../utils/draft-owner';
import { lastProtegeId, quickNoteDraft } from '../../utils/storage';
import { App } from './App';
import { continueFromShell, type EarlyPopup } from './handoff';

/**
 * Renders the popup app into `container`, taking over from the shell when it drew one
 * (`early`); without it, the app reads what it opens with itself.
 */
export async function startApp(container: HTMLElement, early: EarlyPopup | undefined): Promise<Root> {
  // From here on the page follows theme and text size changes made on the options page (if
  // storage fails, the theme already shown stays).
  const appearance = applyAppearance().catch(() => undefined);
  // Without the shell's read, the draft is read before the first render, so nothing typed
  // early can be overwritten; and the theme is applied first, so a dark theme never flashes light.
  // The shell's read already chose the protégé to open on (the draft's, else the last one).
  const [draft, protegeId] = early
    ? [early.start.draft, early.start.protegeId]
    : await Promise.all([quickNoteDraft.getValue(), lastProtegeId.getValue(), appearance]).then(
        ([stored, last]) => [stored, protegeToOpen(stored, last)] as const,
      );
  // The first render waits for the protégé list, so it draws the picker the shell shows. A
  // database that will not open shows through the app's live query and the error boundary.
  // Form drafts are read here too (the add form shows them), and a protégé whose adding a
  // closed popup interrupted is stored first, so the list below names them. A database blocked
  // by an older page renders at once without them: the note box works, the notice says why.
  const [listed, added] = await unlessBlocked(
    Promise.all([
      listProteges().catch(() => undefined),
      loadFormDrafts()
        .then(finishInterruptedAdd)
        .catch(() => false),
    ]),
    [undefined, false],
  );
  const proteges = added ? await listProteges().catch(() => undefined) : listed;
  // Synchronous from the shell's last state to the app's first render: no keystroke falls between.
  const handoff = early?.shell?.takeOver();
  if (handoff && !handoff.draftKept) void quickNoteDraft.setValue(handoff.draft).catch(() => undefined);
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <ErrorBoundary>
        <App
          initialDraft={handoff?.draft ?? draft}
          initialProtegeId={handoff?.protegeId ?? protegeId}
          initialProteges={proteges}
        />
      </ErrorBoundary>,
    ),
  );
  if (handoff) continueFromShell(container, handoff);
  // Best effort: a page that could not ask leaves it to the next one.
  setTimeout(() => void requestPersistenceOnce().catch(() => undefined), 1000);
  return root;
}
