/**
 * Reminders, opt-in: a notification the chosen lead time before each protégé's next meeting,
 * and one every few weeks that a backup is due. Clicking a meeting's opens the side panel on
 * that protégé's brief; the backup's opens the options page at the backup.
 */

export { setUpReminders } from './reminders';

// The options page's "Meeting reminders" and "Backup reminder" switches.
export {
  turnOffBackupReminder,
  turnOffMeetingReminders,
  turnOnBackupReminder,
  turnOnMeetingReminders,
} from './reminder-access';
