import { describe, expect, it } from 'vitest';
import {
  alarmChanges,
  BACKUP_ALARM,
  meetingAlarmName,
  protegeOfAlarm,
  REFRESH_ALARM,
  REFRESH_MINUTES,
  wantedAlarms,
  type ExistingAlarm,
  type ReminderState,
  type WantedAlarm,
} from '../../../features/reminders/reminder-alarms';

const MINUTE = 60_000;
const NOW = Date.UTC(2027, 2, 1, 9);
const WEEK_MINUTES = 7 * 24 * 60;

const OFF: ReminderState = {
  meetings: [],
  meetingReminders: { enabled: false, leadMinutes: 60 },
  backupReminder: { enabled: false, weeks: 2, since: NOW - MINUTE },
  now: NOW,
};
const REFRESH: WantedAlarm = {
  name: REFRESH_ALARM,
  when: NOW + REFRESH_MINUTES * MINUTE,
  periodInMinutes: REFRESH_MINUTES,
};

describe('alarm names', () => {
  it.each(['0190a2b4-7c3d-7e5f-8a9b-0c1d2e3f4a5b', 'p'])('name a protégé and give them back: %s', (id) => {
    expect(protegeOfAlarm(meetingAlarmName(id))).toBe(id);
  });

  it.each([BACKUP_ALARM, REFRESH_ALARM, 'meeting:', 'someone-else', ''])('%j names no protégé', (name) => {
    expect(protegeOfAlarm(name)).toBeUndefined();
  });
});

describe('wantedAlarms', () => {
  it.each<[string, Partial<ReminderState>, WantedAlarm[]]>([
    ['nothing while both are off', { meetings: [{ protegeId: 'a', at: NOW + 60 * MINUTE * 5 }] }, []],
    [
      'one per meeting, the lead time before it, and the refresh',
      {
        meetingReminders: { enabled: true, leadMinutes: 15 },
        meetings: [
          { protegeId: 'a', at: NOW + 120 * MINUTE },
          { protegeId: 'b', at: NOW + 3 * 24 * 60 * MINUTE },
        ],
      },
      [
        { name: meetingAlarmName('a'), when: NOW + 105 * MINUTE },
        { name: meetingAlarmName('b'), when: NOW + (3 * 24 * 60 - 15) * MINUTE },
        REFRESH,
      ],
    ],
    [
      'none for a meeting whose reminder time has gone',
      {
        meetingReminders: { enabled: true, leadMinutes: 1440 },
        meetings: [
          { protegeId: 'soon', at: NOW + 60 * MINUTE },
          { protegeId: 'exactly', at: NOW + 1440 * MINUTE },
        ],
      },
      [REFRESH],
    ],
    [
      'the backup alarm, repeating every interval from when it was set',
      { backupReminder: { enabled: true, weeks: 2, since: NOW - MINUTE } },
      [{ name: BACKUP_ALARM, when: NOW - MINUTE + 2 * WEEK_MINUTES * MINUTE, periodInMinutes: 2 * WEEK_MINUTES }],
    ],
  ])('%s', (_what, state, wanted) => {
    expect(wantedAlarms({ ...OFF, ...state })).toEqual(wanted);
  });
});

describe('alarmChanges', () => {
  const meetingA: WantedAlarm = { name: meetingAlarmName('a'), when: NOW + 30 * MINUTE };
  const backup: WantedAlarm = { name: BACKUP_ALARM, when: NOW + 7 * 24 * 60 * MINUTE, periodInMinutes: WEEK_MINUTES };
  const existing = (alarm: WantedAlarm, scheduledTime = alarm.when): ExistingAlarm => ({
    name: alarm.name,
    scheduledTime,
    periodInMinutes: alarm.periodInMinutes,
  });

  it.each<[string, ExistingAlarm[], WantedAlarm[], { clear: string[]; create: WantedAlarm[] }]>([
    ['creates what is missing', [], [meetingA, REFRESH], { clear: [], create: [meetingA, REFRESH] }],
    [
      'leaves what is right as it is',
      [existing(meetingA), existing(REFRESH)],
      [meetingA, REFRESH],
      { clear: [], create: [] },
    ],
    [
      'replaces a meeting alarm whose time moved',
      [existing(meetingA, NOW + 90 * MINUTE), existing(REFRESH)],
      [meetingA, REFRESH],
      { clear: [], create: [meetingA] },
    ],
    [
      'clears the alarms no longer wanted',
      [existing(meetingA), existing(REFRESH), existing(backup)],
      [],
      { clear: [meetingA.name, REFRESH_ALARM, BACKUP_ALARM], create: [] },
    ],
    [
      'keeps a repeating alarm of the same period, whenever it is next',
      [existing(backup, NOW + MINUTE)],
      [backup],
      { clear: [], create: [] },
    ],
    [
      'replaces a repeating alarm whose period changed',
      [{ ...existing(backup), periodInMinutes: 4 * WEEK_MINUTES }],
      [backup],
      { clear: [], create: [backup] },
    ],
    [
      'leaves a meeting alarm whose time has come to fire, while meeting reminders are on',
      [existing(meetingA, NOW - MINUTE), existing(REFRESH)],
      [REFRESH],
      { clear: [], create: [] },
    ],
    [
      'clears it once meeting reminders are off',
      [existing(meetingA, NOW - MINUTE)],
      [],
      { clear: [meetingA.name], create: [] },
    ],
    [
      'never touches an alarm that is not a reminder',
      [{ name: 'someone-else', scheduledTime: NOW + MINUTE }],
      [],
      { clear: [], create: [] },
    ],
  ])('%s', (_what, have, want, changes) => {
    expect(alarmChanges(have, want, NOW)).toEqual(changes);
  });
});
