import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { listGoals } from '../db/goals';
import { listNotes } from '../db/notes';
import { listSessions } from '../db/sessions';
import { currentStage } from '../db/stage-events';
import { feedbackFor } from '../db/tip-feedback';
import type { Protege, Timestamp } from '../db/types';
import { downloadFile } from '../utils/download-file';
import { describeError } from '../utils/error-message';
import { meetingCalendar } from '../utils/ics';
import { calendarFileName, formatMeetingTime, meetingLengthMinutes } from '../utils/meeting-details';
import { sendMessage } from '../utils/messaging';
import { nextMeetingFor } from '../utils/next-meeting';
import { readMeetingReminders } from '../utils/reminder-settings';
import { meetingReminders } from '../utils/storage';
import { ErrorText } from './ErrorText';

/** The agenda "Start session" would build now, as lines; the tip library loads only when asked. */
async function agendaLines(protege: Protege): Promise<string[]> {
  const [{ sessionAgenda }, { agendaLine }, notes, goals, stage, feedback] = await Promise.all([
    import('../utils/session-agenda'),
    import('../utils/agenda'),
    listNotes(protege.id),
    listGoals(protege.id),
    currentStage(protege.id),
    feedbackFor(protege.id),
  ]);
  return sessionAgenda({ protege, notes, goals, stage: stage?.stage, feedback }).map(agendaLine);
}

/**
 * A page showing a meeting tells the background, while reminders are on: a wrap-up or an
 * agreement saved while the background slept would otherwise wait for its next start.
 */
function useTellReminders(at: Timestamp | undefined) {
  useEffect(() => {
    if (at === undefined) return;
    void meetingReminders
      .getValue()
      .then((stored) => (readMeetingReminders(stored).enabled ? sendMessage('refresh-reminders', {}) : undefined))
      .catch(() => undefined);
  }, [at]);
}

/** "Next meeting: Tue 9 Dec, 10:00", with "Add to calendar"; in the side panel's header and the popup. */
export function NextMeeting({ protege }: { protege: Protege }) {
  const id = useId();
  const next = useLiveQuery(
    async () => nextMeetingFor(protege, await listSessions(protege.id), Date.now()) ?? null,
    [protege],
  );
  const [withAgenda, setWithAgenda] = useState(false);
  const [error, setError] = useState('');
  useTellReminders(next?.at);

  if (next === undefined) return null;
  if (next === null) return <p className="next-meeting hint">Next meeting: not set</p>;
  const at = next.at;

  async function addToCalendar() {
    setError('');
    try {
      const agenda = withAgenda ? await agendaLines(protege) : [];
      const file = meetingCalendar(
        {
          protegeId: protege.id,
          protegeName: protege.name,
          start: at,
          durationMinutes: meetingLengthMinutes(protege.agreement?.meetingFrequency),
          agenda,
        },
        { now: Date.now(), includeAgenda: withAgenda },
      );
      downloadFile(calendarFileName(at), file, 'text/calendar');
    } catch (caught) {
      setError(`The calendar file was not made. ${describeError(caught)}`);
    }
  }

  return (
    <div className="next-meeting">
      <p className="next-meeting-when" id={`${id}-when`}>
        Next meeting: <time dateTime={new Date(at).toISOString()}>{formatMeetingTime(at)}</time>
      </p>
      <div className="row">
        <button
          type="button"
          className="secondary"
          aria-describedby={`${id}-when`}
          onClick={() => void addToCalendar()}
        >
          Add to calendar
        </button>
        <label className="check">
          <input type="checkbox" checked={withAgenda} onChange={(event) => setWithAgenda(event.target.checked)} />
          Include the agenda
        </label>
      </div>
      <ErrorText message={error} />
    </div>
  );
}
