import { useState } from 'react';
import { AddProtegeForm } from '../../components/AddProtegeForm';
import { ProtegePicker } from '../../components/ProtegePicker';
import { useProteges } from '../../components/use-proteges';
import { lastProtegeId, type QuickNoteDraft } from '../../utils/storage';
import { CoachTab } from './CoachTab';
import { NotesTab } from './NotesTab';
import { ProfileTab } from './ProfileTab';
import { ProgressTab } from './ProgressTab';
import { Tabs, type TabDefinition } from './Tabs';

type TabKey = 'coach' | 'notes' | 'progress' | 'profile';

interface Props {
  initialDraft: QuickNoteDraft;
  initialProtegeId: string | undefined;
}

export function App({ initialDraft, initialProtegeId }: Props) {
  const proteges = useProteges();
  const [chosenId, setChosenId] = useState(initialProtegeId);
  const [adding, setAdding] = useState(false);
  const [tab, setTab] = useState<TabKey>('coach');

  const selected = proteges?.find((p) => p.id === chosenId) ?? proteges?.[0];

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
            Add the senior colleague you mentor. Tips, notes and their change stage are kept for each
            protégé, privately on this device.
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
    { key: 'coach', label: 'Coach', render: () => <CoachTab protege={selected} /> },
    {
      key: 'notes',
      label: 'Notes',
      render: () => <NotesTab protege={selected} proteges={proteges} initialDraft={initialDraft} />,
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
      </header>
      <Tabs label="Mentor Up" tabs={tabs} selected={tab} onSelect={setTab} />
    </main>
  );
}
