import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { AddProtegeForm } from '../../components/AddProtegeForm';
import { ProtegePicker } from '../../components/ProtegePicker';
import { useProteges } from '../../components/use-proteges';
import { activeSession } from '../../db/sessions';
import { currentStage } from '../../db/stage-events';
import { lastProtegeId, type QuickNoteDraft, type WrapUpDraft } from '../../utils/storage';
import { CoachTab } from './CoachTab';
import { SessionButton } from './SessionButton';
import { Tabs, type TabDefinition } from './Tabs';

// Coach opens first; the other tabs and session mode load when first used, so the panel's
// first render carries only what it shows.
const NotesTab = lazy(() => import('./NotesTab').then((m) => ({ default: m.NotesTab })));
const ProgressTab = lazy(() => import('./ProgressTab').then((m) => ({ default: m.ProgressTab })));
const ProfileTab = lazy(() => import('./ProfileTab').then((m) => ({ default: m.ProfileTab })));
const SessionWorkspace = lazy(() => import('./SessionWorkspace').then((m) => ({ default: m.SessionWorkspace })));
const WrapUpForm = lazy(() => import('./WrapUpForm').then((m) => ({ default: m.WrapUpForm })));

const loading = <p className="empty">Loading…</p>;

type TabKey = 'coach' | 'notes' | 'progress' | 'profile';

export interface PanelDrafts {
  note: QuickNoteDraft;
  session: QuickNoteDraft;
  wrapUp: WrapUpDraft | null;
}

interface Props {
  drafts: PanelDrafts;
  initialProtegeId: string | undefined;
}

export function App({ drafts, initialProtegeId }: Props) {
  const proteges = useProteges({ includeArchived: true });
  const [chosenId, setChosenId] = useState(initialProtegeId);
  const [adding, setAdding] = useState(false);
  const [tab, setTab] = useState<TabKey>('coach');
  // A wrap-up kept from before a reload reopens the wrap-up form.
  const [wrappingUp, setWrappingUp] = useState(drafts.wrapUp !== null);

  const selected = proteges?.find((p) => p.id === chosenId) ?? proteges?.find((p) => !p.archived);
  const selectedId = selected?.id;
  const session = useLiveQuery(
    async () => (selectedId ? ((await activeSession(selectedId)) ?? null) : null),
    [selectedId],
  );
  const stage = useLiveQuery(
    async () => (selectedId ? ((await currentStage(selectedId))?.stage ?? null) : null),
    [selectedId],
  );

  function choose(id: string) {
    setChosenId(id);
    void lastProtegeId.setValue(id);
  }

  if (proteges === undefined) return <main className="panel" aria-busy="true" />;

  if (proteges.length === 0 || adding || !selected) {
    const firstRun = proteges.length === 0;
    return (
      <main className="panel">
        <h1>Mentor Up</h1>
        {firstRun && (
          <p>
            Add the senior colleague you mentor. Tips, notes and their change stage are kept for each protégé, privately
            on this device.
          </p>
        )}
        <AddProtegeForm
          heading={firstRun ? 'Add your first protégé' : 'Add a protégé'}
          autoFocus
          onAdded={(protege) => {
            choose(protege.id);
            setAdding(false);
          }}
          onCancel={firstRun ? undefined : () => setAdding(false)}
        />
      </main>
    );
  }

  const tabs: TabDefinition<TabKey>[] = [
    { key: 'coach', label: 'Coach', render: () => <CoachTab key={selected.id} protege={selected} /> },
    {
      key: 'notes',
      label: 'Notes',
      render: () => <NotesTab protege={selected} proteges={proteges} initialDraft={drafts.note} />,
    },
    { key: 'progress', label: 'Progress', render: () => <ProgressTab protege={selected} /> },
    { key: 'profile', label: 'Profile', render: () => <ProfileTab protege={selected} /> },
  ];

  return (
    <main className="panel">
      <header className="row panel-header">
        <ProtegePicker proteges={proteges} selectedId={selected.id} onSelect={choose} />
        <button type="button" className="secondary" onClick={() => setAdding(true)}>
          Add protégé
        </button>
        {session !== undefined && (
          <SessionButton
            protege={selected}
            session={session}
            onEnd={() => setWrappingUp(true)}
            disabled={selected.archived}
          />
        )}
      </header>
      <Suspense fallback={loading}>
        {session && wrappingUp ? (
          <WrapUpForm
            protege={selected}
            session={session}
            currentStage={stage ?? undefined}
            initialDraft={drafts.wrapUp}
            onCancel={() => setWrappingUp(false)}
            onDone={() => setWrappingUp(false)}
          />
        ) : (
          session && <SessionWorkspace protege={selected} session={session} initialDraft={drafts.session} />
        )}
      </Suspense>
      <Tabs label="Mentor Up" tabs={tabs} selected={tab} onSelect={setTab} />
    </main>
  );
}
