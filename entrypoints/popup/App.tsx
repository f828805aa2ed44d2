import { useEffect, useState } from 'react';
import { CONTROL } from '../../components/control-ids';
import { lazyPart } from '../../components/lazy-part';
import { describeError } from '../../utils/error-message';
import { NoteComposer } from '../../components/NoteComposer';
import { ProtegePicker } from '../../components/ProtegePicker';
import { useKeepPickerSnapshot } from '../../components/use-picker-snapshot';
import { useProteges } from '../../components/use-proteges';
import type { Protege } from '../../db/types';
import { lastProtegeId, quickNoteDraft } from '../../utils/storage';
import type { NoteDraft } from '../../utils/popup-items';
import { ErrorText } from '../../components/ErrorText';

// Neither is needed to type a note: the form only on first run or when adding, and the tip
// library after the note box is ready. Loading them later keeps the popup quick to open.
const AddProtegeForm = lazyPart(() => import('../../components/AddProtegeForm').then((m) => m.AddProtegeForm));
const PopupTip = lazyPart(() => import('./PopupTip').then((m) => m.PopupTip));
// The next meeting and who is overdue read every protégé's sessions: after the note box, too.
const NextMeeting = lazyPart(() => import('../../components/NextMeeting').then((m) => m.NextMeeting));
const OverdueList = lazyPart(() => import('./OverdueList').then((m) => m.OverdueList));

// Only "Open side panel" needs the browser API wrapper, so it loads just after the first
// render, long before a click can reach the button; the click then calls it synchronously.
type PanelOpener = typeof import('../../features/commands');
let panelOpener: PanelOpener | undefined;
const loadPanelOpener = () => import('../../features/commands').then((m) => (panelOpener = m));

interface Props {
  initialDraft: NoteDraft;
  initialProtegeId: string | undefined;
  /** The protégés as read before the first render; without them the picker waits for the database. */
  initialProteges?: Protege[];
}

export function App({ initialDraft, initialProtegeId, initialProteges }: Props) {
  const proteges = useProteges({ initial: initialProteges });
  useKeepPickerSnapshot(proteges);
  const [chosenId, setChosenId] = useState(initialProtegeId);
  const [adding, setAdding] = useState(false);
  const [windowId, setWindowId] = useState<number>();
  const [panelError, setPanelError] = useState('');

  useEffect(() => {
    // Known ahead of the click: opening the panel must not wait on anything.
    void loadPanelOpener().then((opener) => opener.currentWindowId().then(setWindowId));
  }, []);

  // The remembered protégé may have been archived or deleted since: fall back to the first.
  const selected = proteges?.find((p) => p.id === chosenId) ?? proteges?.[0];
  const firstRun = proteges !== undefined && proteges.length === 0;

  function choose(id: string) {
    setChosenId(id);
    void lastProtegeId.setValue(id);
  }

  function openPanel() {
    const failed = (error: unknown) => setPanelError(`The side panel did not open. ${describeError(error)}`);
    const open = (opener: PanelOpener) => opener.openSidePanel(windowId).then(() => window.close(), failed);
    // Both browsers open it only in direct response to the click: no await may come first.
    if (panelOpener) void open(panelOpener);
    else void loadPanelOpener().then(open, failed);
  }

  return (
    <main className="popup">
      <h1>Mentor Up</h1>
      {proteges && <OverdueList proteges={proteges} />}
      {proteges === undefined ? null : firstRun || adding ? (
        <AddProtegeForm
          heading={firstRun ? 'Add your first protégé' : 'Add a protégé'}
          autoFocus={firstRun ? initialDraft.text === '' : true}
          onAdded={(protege) => {
            choose(protege.id);
            setAdding(false);
          }}
          onCancel={firstRun ? undefined : () => setAdding(false)}
        />
      ) : (
        <div className="row protege-row">
          <ProtegePicker proteges={proteges} selectedId={selected?.id} onSelect={choose} />
          <button type="button" className="secondary" data-control={CONTROL.addProtege} onClick={() => setAdding(true)}>
            Add protégé
          </button>
        </div>
      )}
      <NoteComposer
        label="Quick note"
        protegeId={selected?.id}
        source="popup"
        draftItem={quickNoteDraft}
        initialDraft={initialDraft}
        autoFocus={!firstRun}
      />
      {selected && <NextMeeting protege={selected} />}
      {selected && <PopupTip protege={selected} />}
      <button type="button" className="secondary wide" onClick={openPanel}>
        Open side panel
      </button>
      <ErrorText message={panelError} />
    </main>
  );
}
