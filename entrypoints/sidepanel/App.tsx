import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { AddProtegeForm } from '../../components/AddProtegeForm';
import { DraftMemory } from '../../components/draft-memory';
import { lazyPart } from '../../components/lazy-part';
import { NextMeeting } from '../../components/NextMeeting';
import { ProtegePicker } from '../../components/ProtegePicker';
import { useOverdueIds } from '../../components/use-drift';
import { useProteges } from '../../components/use-proteges';
import { useKeepPickerSnapshot } from '../../components/use-picker-snapshot';
import { activeSession, listSessions } from '../../db/sessions';
import { currentStage } from '../../db/stage-events';
import { isMeetingToday } from '../../utils/brief';
import { openProgrammeReview } from '../../utils/open-review';
import { lastProtegeId, type WrapUpDraft } from '../../utils/storage';
import type { NoteDraft } from '../../utils/popup-items';
import { CoachTab } from './CoachTab';
import { SessionButton } from './SessionButton';
import { Tabs, type TabDefinition } from './Tabs';
import { useNoteKey } from './use-note-key';
import { usePanelRequest } from './use-panel-request';

// Coach opens first; the other tabs and session mode load when first used (or when the panel
// is idle), so the panel's first render carries only what it shows.
const loading = <p className="empty">Loading…</p>;
const NotesTab = lazyPart(() => import('./NotesTab').then((m) => m.NotesTab), loading);
const ProgressTab = lazyPart(() => import('./ProgressTab').then((m) => m.ProgressTab), loading);
const ProfileTab = lazyPart(() => import('./ProfileTab').then((m) => m.ProfileTab), loading);
const SessionWorkspace = lazyPart(() => import('./SessionWorkspace').then((m) => m.SessionWorkspace), loading);
const WrapUpForm = lazyPart(() => import('./WrapUpForm').then((m) => m.WrapUpForm), loading);
const SessionEnded = lazyPart(() => import('./SessionEnded').then((m) => m.SessionEnded), loading);
const BriefView = lazyPart(() => import('./BriefView').then((m) => m.BriefView), loading);

function prefetchTabs() {
  for (const part of [NotesTab, ProgressTab, ProfileTab, SessionWorkspace, WrapUpForm, SessionEnded, BriefView])
    void part.preload();
}

type TabKey = 'coach' | 'notes' | 'progress' | 'profile';

export interface PanelDrafts {
  note: NoteDraft;
  session: NoteDraft;
  wrapUp: WrapUpDraft | null;
}

interface Props {
  drafts: PanelDrafts;
  initialProtegeId: string | undefined;
}

export function App({ drafts, initialProtegeId }: Props) {
  const proteges = useProteges({ includeArchived: true });
  useKeepPickerSnapshot(proteges);
  const overdueIds = useOverdueIds(proteges);
  const [chosenId, setChosenId] = useState(initialProtegeId);
  // Tabs are drawn anew each time they are opened: their note boxes start from this.
  const [draftMemory] = useState(() => new Map<string, NoteDraft>());
  const [adding, setAdding] = useState(false);
  const [tab, setTab] = useState<TabKey>('coach');
  // A wrap-up kept from before a reload reopens the wrap-up form.
  const [wrappingUp, setWrappingUp] = useState(drafts.wrapUp !== null);
  // The session just wrapped up, whose recap is offered until closed or another session starts.
  const [ended, setEnded] = useState<{ protegeId: string; sessionId: string }>();
  // The brief opens by itself on the day of the next meeting, until the mentor toggles it.
  const [briefChoice, setBriefChoice] = useState<{ protegeId: string; open: boolean }>();

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(prefetchTabs);
  }, []);

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

  // N opens the Notes tab's box: it closes the brief, which stands in for the tabs while open.
  useNoteKey(session !== null && session !== undefined, () => {
    setTab('notes');
    if (selectedId) setBriefChoice({ protegeId: selectedId, open: false });
  });
  const meetingToday = useLiveQuery(
    async () => (selectedId ? isMeetingToday(await listSessions(selectedId), Date.now()) : false),
    [selectedId],
  );

  function choose(id: string) {
    setChosenId(id);
    void lastProtegeId.setValue(id);
  }
  // A reminder clicked: its protégé, with the brief open.
  usePanelRequest(proteges, (id) => {
    choose(id);
    setBriefChoice({ protegeId: id, open: true });
  });

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

  const briefOpen =
    briefChoice?.protegeId === selected.id ? briefChoice.open : meetingToday === true && session === null;

  return (
    <DraftMemory.Provider value={draftMemory}>
      <main className="panel">
        <header className="row panel-header">
          <ProtegePicker proteges={proteges} selectedId={selected.id} onSelect={choose} overdueIds={overdueIds} />
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            Add protégé
          </button>
          <button
            type="button"
            className="secondary"
            aria-pressed={briefOpen}
            onClick={() => setBriefChoice({ protegeId: selected.id, open: !briefOpen })}
          >
            Brief
          </button>
          <button type="button" className="secondary" onClick={() => void openProgrammeReview(selected.id)}>
            Programme review
          </button>
          {session !== undefined && (
            <SessionButton
              protege={selected}
              session={session}
              onEnd={() => setWrappingUp(true)}
              disabled={selected.archived}
            />
          )}
          <NextMeeting protege={selected} />
        </header>
        {session && wrappingUp ? (
          <WrapUpForm
            protege={selected}
            session={session}
            currentStage={stage ?? undefined}
            initialDraft={drafts.wrapUp}
            onCancel={() => setWrappingUp(false)}
            onDone={() => {
              setWrappingUp(false);
              setEnded({ protegeId: selected.id, sessionId: session.id });
            }}
          />
        ) : session ? (
          <SessionWorkspace protege={selected} session={session} initialDraft={drafts.session} />
        ) : (
          session === null &&
          ended?.protegeId === selected.id && (
            <SessionEnded protege={selected} sessionId={ended.sessionId} onClose={() => setEnded(undefined)} />
          )
        )}
        {briefOpen ? (
          <BriefView protege={selected} />
        ) : (
          <Tabs label="Mentor Up" tabs={tabs} selected={tab} onSelect={setTab} />
        )}
      </main>
    </DraftMemory.Provider>
  );
}
