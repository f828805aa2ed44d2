import { useId, useState } from 'react';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorText } from '../../components/ErrorText';
import {
  turnOffBackupReminder,
  turnOffMeetingReminders,
  turnOnBackupReminder,
  turnOnMeetingReminders,
} from '../../features/reminders';
import { describeError } from '../../utils/error-message';
import {
  BACKUP_INTERVALS,
  readBackupReminder,
  readMeetingReminders,
  REMINDER_LEADS,
  type BackupInterval,
  type ReminderLead,
} from '../../utils/reminder-settings';
import { backupReminder, meetingReminders } from '../../utils/storage';
import { useStoredSetting } from './use-stored-setting';

type LeadKey = `${ReminderLead}`;
const LEAD_KEYS = REMINDER_LEADS.map((lead) => `${lead}` as LeadKey);
const LEAD_LABELS: Record<LeadKey, string> = { '15': '15 minutes', '60': '1 hour', '1440': '1 day' };
const INTERVAL_LABELS: Record<BackupInterval, string> = { 1: 'week', 2: '2 weeks', 4: '4 weeks', 8: '8 weeks' };

const REFUSED = 'Your browser did not allow notifications, so the reminder stays off.';

/** Meeting reminders and the backup reminder, both off until turned on; each asks to show notifications. */
export function RemindersSection() {
  const id = useId();
  const [storedMeetings, setMeetings] = useStoredSetting(meetingReminders);
  const [storedBackup, setBackup] = useStoredSetting(backupReminder);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const meetings = storedMeetings === undefined ? undefined : readMeetingReminders(storedMeetings);
  const backup = storedBackup === undefined ? undefined : readBackupReminder(storedBackup);

  function toggle(turnOn: () => Promise<boolean>, turnOff: () => Promise<void>, on: boolean, onText: string) {
    setError('');
    setMessage('');
    // The permission request runs first, inside the click: browsers prompt only then.
    const change = on ? turnOn() : turnOff().then(() => false);
    change.then(
      (nowOn) => setMessage(on && !nowOn ? REFUSED : nowOn ? onText : ''),
      (caught: unknown) => setError(`The reminder was not changed. ${describeError(caught)}`),
    );
  }

  function save(task: Promise<unknown>) {
    setError('');
    task.catch((caught: unknown) => setError(`The setting was not saved. ${describeError(caught)}`));
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Reminders</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={meetings?.enabled === true}
          disabled={meetings === undefined}
          aria-describedby={`${id}-meetings-about`}
          onChange={(event) =>
            toggle(turnOnMeetingReminders, turnOffMeetingReminders, event.target.checked, 'Meeting reminders are on.')
          }
        />
        Meeting reminders
      </label>
      <p id={`${id}-meetings-about`} className="hint">
        A notification before each protégé's next meeting (the date set at the last wrap-up, or when the agreed rhythm
        comes round). It names the protégé and the time, never your notes; clicking it opens their brief. Turning this
        on asks your browser to let Mentor Up show notifications.
      </p>
      {meetings && (
        <ChoiceGroup
          legend="Remind me before a meeting"
          options={LEAD_KEYS}
          labels={LEAD_LABELS}
          value={`${meetings.leadMinutes}`}
          onChange={(value) => save(setMeetings({ ...meetings, leadMinutes: Number(value) as ReminderLead }))}
        />
      )}

      <label className="choice">
        <input
          type="checkbox"
          checked={backup?.enabled === true}
          disabled={backup === undefined}
          aria-describedby={`${id}-backup-about`}
          onChange={(event) =>
            toggle(turnOnBackupReminder, turnOffBackupReminder, event.target.checked, 'The backup reminder is on.')
          }
        />
        Backup reminder
      </label>
      <p id={`${id}-backup-about`} className="hint">
        Your notes live only in this browser: a notification now and then says a backup is due, and clicking it brings
        you to <strong>Export backup</strong> above.
      </p>
      {backup && (
        <div className="row">
          <label htmlFor={`${id}-interval`} className="inline-label">
            Remind me to back up every
          </label>
          <select
            id={`${id}-interval`}
            value={backup.weeks}
            onChange={(event) =>
              save(setBackup({ ...backup, weeks: Number(event.target.value) as BackupInterval, since: Date.now() }))
            }
          >
            {BACKUP_INTERVALS.map((weeks) => (
              <option key={weeks} value={weeks}>
                {INTERVAL_LABELS[weeks]}
              </option>
            ))}
          </select>
        </div>
      )}
      <p role="status" className="status">
        {message}
      </p>
      <ErrorText message={error} />
    </section>
  );
}
