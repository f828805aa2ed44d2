import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { meetingCalendar, type CalendarMeeting, type CalendarOptions } from '../../../utils/ics';

const PROTEGE_ID = '3f2a9c1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b';
const NOW = Date.UTC(2027, 1, 1, 9, 15, 30);

function meeting(changes: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    protegeId: PROTEGE_ID,
    protegeName: 'Pat',
    start: Date.UTC(2027, 5, 1, 14),
    durationMinutes: 45,
    ...changes,
  };
}

/** The file as a real iCalendar reader sees it, with the file's own time zones in force. */
function readBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** The content lines with folding undone (RFC 5545 3.1). */
function unfolded(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** The event's own content line for a property, unfolded. */
function line(text: string, name: string): string | undefined {
  const lines = unfolded(text);
  return lines.slice(lines.indexOf('BEGIN:VEVENT')).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
}

beforeEach(() => {
  // Zones registered from one file must not stand in for a missing one in the next.
  ICAL.TimezoneService.reset();
});

describe('meetingCalendar: read back by ical.js', () => {
  it('is one calendar with one event, and the fields a calendar needs', () => {
    const text = meetingCalendar(meeting(), { now: NOW, timeZone: 'Europe/Berlin' });
    const { calendar, vevent, event } = readBack(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Mentor Up//Mentor Up//EN');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(event.uid).toBe(`${PROTEGE_ID}-20270601@mentor-up`);
    const stamp = vevent.getFirstPropertyValue('dtstamp');
    expect(stamp).toBeInstanceOf(ICAL.Time);
    expect((stamp as ICAL.Time).toUnixTime() * 1000).toBe(NOW);
    expect(line(text, 'DTSTAMP')).toBe('DTSTAMP:20270201T091530Z');
    expect(event.summary).toBe('Mentoring session with Pat');
    expect(event.duration.toSeconds()).toBe(45 * 60);
    expect(event.endDate.toUnixTime() - event.startDate.toUnixTime()).toBe(45 * 60);
  });

  it.each([
    [
      'New York, a meeting after the spring change, the file made in winter',
      'America/New_York',
      Date.UTC(2027, 2, 16, 14),
      '2027-03-16T10:00:00',
      true,
    ],
    [
      'New York, the morning of the spring change, after it',
      'America/New_York',
      Date.UTC(2027, 2, 14, 7, 30),
      '2027-03-14T03:30:00',
      true,
    ],
    [
      'New York, the morning of the spring change, before it',
      'America/New_York',
      Date.UTC(2027, 2, 14, 6, 30),
      '2027-03-14T01:30:00',
      false,
    ],
    [
      'New York, the morning of the autumn change, after it',
      'America/New_York',
      Date.UTC(2027, 10, 7, 7, 30),
      '2027-11-07T02:30:00',
      false,
    ],
    ['London, after the autumn change', 'Europe/London', Date.UTC(2027, 10, 2, 10), '2027-11-02T10:00:00', false],
    ['London, in summer time', 'Europe/London', Date.UTC(2027, 6, 6, 8, 45), '2027-07-06T09:45:00', true],
    ['Sydney, where summer is in January', 'Australia/Sydney', Date.UTC(2027, 0, 11, 23), '2027-01-12T10:00:00', true],
    [
      "St John's, half an hour off the hour, in summer",
      'America/St_Johns',
      Date.UTC(2027, 5, 1, 12, 30),
      '2027-06-01T10:00:00',
      true,
    ],
    [
      'Lord Howe Island, whose clocks move half an hour',
      'Australia/Lord_Howe',
      Date.UTC(2027, 0, 4, 23),
      '2027-01-05T10:00:00',
      true,
    ],
    ['Tokyo, with no clock changes at all', 'Asia/Tokyo', Date.UTC(2027, 3, 1, 1), '2027-04-01T10:00:00', false],
  ] as const)('%s: the same moment, on the local clock', (_case, zone, start, wall, summer) => {
    const text = meetingCalendar(meeting({ start }), { now: NOW, timeZone: zone });
    const { calendar, event } = readBack(text);
    const vtimezone = calendar.getFirstSubcomponent('vtimezone');
    expect(vtimezone?.getFirstPropertyValue('tzid')).toBe(zone);
    expect(event.startDate.zone?.tzid).toBe(zone);
    expect(event.startDate.toString()).toBe(wall);
    expect(event.startDate.toUnixTime() * 1000).toBe(start);
    expect(line(text, 'DTSTART')).toBe(`DTSTART;TZID=${zone}:${wall.replace(/[-:]/g, '')}`);
    // The observance the meeting falls in names the season: summer time is DAYLIGHT.
    const inForce = vtimezone
      ?.getAllSubcomponents()
      .filter((observance) => String(observance.getFirstPropertyValue('dtstart')) <= wall)
      .sort((a, b) =>
        String(a.getFirstPropertyValue('dtstart')).localeCompare(String(b.getFirstPropertyValue('dtstart'))),
      )
      .at(-1);
    expect(inForce?.name).toBe(summer ? 'daylight' : 'standard');
  });

  it.each([
    ['the first time', Date.UTC(2027, 10, 7, 5, 30), 'DTSTART:20271107T053000Z'],
    ['the second time', Date.UTC(2027, 10, 7, 6, 30), 'DTSTART:20271107T063000Z'],
  ])(
    'writes UTC for 01:30 on the night New York’s clocks go back, which happens twice: %s',
    (_case, start, written) => {
      const text = meetingCalendar(meeting({ start }), { now: NOW, timeZone: 'America/New_York' });
      expect(line(text, 'DTSTART')).toBe(written);
      expect(readBack(text).event.startDate.toUnixTime() * 1000).toBe(start);
      // The day is still the local one.
      expect(readBack(text).event.uid).toBe(`${PROTEGE_ID}-20271107@mentor-up`);
    },
  );

  it('describes the zone’s clock changes as they happen: local onset on the clock changed from', () => {
    const text = meetingCalendar(meeting({ start: Date.UTC(2027, 5, 1, 14) }), {
      now: NOW,
      timeZone: 'America/New_York',
    });
    const vtimezone = readBack(text).calendar.getFirstSubcomponent('vtimezone');
    const observances = vtimezone
      ?.getAllSubcomponents()
      .map((observance) => [
        observance.name,
        String(observance.getFirstPropertyValue('dtstart')),
        String(observance.getFirstPropertyValue('tzoffsetfrom')),
        String(observance.getFirstPropertyValue('tzoffsetto')),
      ]);
    // New York: 2 a.m. on the second Sunday of March and on the first Sunday of November.
    expect(observances?.slice(1)).toEqual([
      ['standard', '2026-11-01T02:00:00', '-04:00', '-05:00'],
      ['daylight', '2027-03-14T02:00:00', '-05:00', '-04:00'],
      ['standard', '2027-11-07T02:00:00', '-04:00', '-05:00'],
      ['daylight', '2028-03-12T02:00:00', '-05:00', '-04:00'],
    ]);
    // First, the clock in force a year before the meeting: summer time, in May 2026.
    expect(observances?.[0]).toEqual(['daylight', '1970-01-01T00:00:00', '-04:00', '-04:00']);
  });

  it('writes UTC times, with no VTIMEZONE, when asked for UTC', () => {
    const start = Date.UTC(2027, 2, 16, 14, 5, 9);
    const text = meetingCalendar(meeting({ start }), { now: NOW, timeZone: 'UTC' });
    const { calendar, event } = readBack(text);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
    expect(line(text, 'DTSTART')).toBe('DTSTART:20270316T140509Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.startDate.toUnixTime() * 1000).toBe(start);
  });

  it('writes UTC for a zone the browser does not know, still at the right moment', () => {
    const start = Date.UTC(2027, 2, 16, 14);
    const text = meetingCalendar(meeting({ start }), { now: NOW, timeZone: 'Nowhere/Atlantis' });
    expect(line(text, 'DTSTART')).toBe('DTSTART:20270316T140000Z');
    expect(readBack(text).event.startDate.toUnixTime() * 1000).toBe(start);
  });

  describe('in the browser’s own time zone', () => {
    const zoneBefore = process.env.TZ;
    afterAll(() => {
      if (zoneBefore === undefined) delete process.env.TZ;
      else process.env.TZ = zoneBefore;
    });

    it.each([
      { zone: 'Europe/Berlin', start: Date.UTC(2027, 2, 29, 8), wall: '2027-03-29T10:00:00' },
      { zone: 'America/Los_Angeles', start: Date.UTC(2027, 10, 8, 18), wall: '2027-11-08T10:00:00' },
    ])('$zone', ({ zone, start, wall }) => {
      process.env.TZ = zone;
      const text = meetingCalendar(meeting({ start }), { now: NOW });
      const { event } = readBack(text);
      expect(event.startDate.zone?.tzid).toBe(zone);
      expect(event.startDate.toString()).toBe(wall);
      expect(event.startDate.toUnixTime() * 1000).toBe(start);
    });

    it('is UTC when the browser runs in UTC', () => {
      process.env.TZ = 'Etc/UTC';
      const text = meetingCalendar(meeting({ start: Date.UTC(2027, 2, 16, 14) }), { now: NOW });
      expect(line(text, 'DTSTART')).toBe('DTSTART:20270316T140000Z');
      expect(text).not.toContain('VTIMEZONE');
    });
  });

  it.each([
    [15, 'PT15M'],
    [60, 'PT1H'],
    [90, 'PT1H30M'],
    [150, 'PT2H30M'],
  ])('lasts %i minutes (%s)', (minutes, written) => {
    const text = meetingCalendar(meeting({ durationMinutes: minutes }), { now: NOW, timeZone: 'UTC' });
    expect(line(text, 'DURATION')).toBe(`DURATION:${written}`);
    expect(readBack(text).event.duration.toSeconds()).toBe(minutes * 60);
  });

  it.each([0, -30, 12.5, Number.NaN])('refuses a meeting of %d minutes', (minutes) => {
    expect(() => meetingCalendar(meeting({ durationMinutes: minutes }), { now: NOW })).toThrow(RangeError);
  });
});

describe('meetingCalendar: UID', () => {
  function uid(changes: Partial<CalendarMeeting>, options: Partial<CalendarOptions> = {}) {
    return readBack(meetingCalendar(meeting(changes), { now: NOW, timeZone: 'Europe/Berlin', ...options })).event.uid;
  }

  it('is the same for the same protégé and day, whenever the file is made and at whatever hour', () => {
    const first = uid({ start: Date.UTC(2027, 5, 1, 7) });
    expect(uid({ start: Date.UTC(2027, 5, 1, 15) }, { now: NOW + 86_400_000 })).toBe(first);
    expect(uid({ start: Date.UTC(2027, 5, 1, 7), agenda: ['Other'] }, { includeAgenda: true })).toBe(first);
  });

  it('differs for another day or another protégé', () => {
    const first = uid({ start: Date.UTC(2027, 5, 1, 7) });
    expect(uid({ start: Date.UTC(2027, 5, 2, 7) })).not.toBe(first);
    expect(uid({ start: Date.UTC(2027, 5, 1, 7), protegeId: 'a0000000-0000-4000-8000-000000000000' })).not.toBe(first);
  });

  it('takes the day on the local clock: 23:30 in Berlin is that day, though UTC says the one before', () => {
    expect(uid({ start: Date.UTC(2027, 5, 1, 22, 30) })).toBe(`${PROTEGE_ID}-20270602@mentor-up`);
  });

  it('gives the same file for the same input: nothing random in it', () => {
    const options = { now: NOW, timeZone: 'America/New_York' };
    expect(meetingCalendar(meeting(), options)).toBe(meetingCalendar(meeting(), options));
  });
});

describe('meetingCalendar: text', () => {
  const NAME = 'Smith, Pat; "PJ"\nSecond line \\ end';

  it('escapes commas, semicolons, backslashes and line breaks in the summary, and reads back the same', () => {
    const text = meetingCalendar(meeting({ protegeName: NAME }), { now: NOW, timeZone: 'UTC' });
    expect(line(text, 'SUMMARY')).toBe('SUMMARY:Mentoring session with Smith\\, Pat\\; "PJ"\\nSecond line \\\\ end');
    expect(readBack(text).event.summary).toBe(`Mentoring session with ${NAME}`);
  });

  it('writes Windows and old Mac line breaks as one line break, and leaves other control characters out', () => {
    const text = meetingCalendar(meeting({ protegeName: 'A\r\nB\rC\u0007D\u0000E\tF' }), { now: NOW, timeZone: 'UTC' });
    expect(readBack(text).event.summary).toBe('Mentoring session with A\nB\nC' + 'DE\tF');
  });

  it('keeps the agenda out of the file unless asked', () => {
    const agenda = ['Private: talk about the reorg', 'Teams calls'];
    const text = meetingCalendar(meeting({ agenda }), { now: NOW, timeZone: 'UTC' });
    expect(text).not.toContain('reorg');
    expect(text).not.toContain('Teams calls');
    expect(readBack(text).event.description).toBeNull();
  });

  it('puts the agenda in the description when asked, escaped', () => {
    const agenda = ['Set up Teams; then calls', 'Copilot, with a real email', ' ', 'C:\\Users\\pat'];
    const text = meetingCalendar(meeting({ agenda }), { now: NOW, timeZone: 'UTC', includeAgenda: true });
    expect(readBack(text).event.description).toBe(
      'Agenda:\n- Set up Teams; then calls\n- Copilot, with a real email\n- C:\\Users\\pat',
    );
  });

  it('has no description for an empty agenda, even when asked', () => {
    const text = meetingCalendar(meeting({ agenda: [] }), { now: NOW, timeZone: 'UTC', includeAgenda: true });
    expect(line(text, 'DESCRIPTION')).toBeUndefined();
  });
});

describe('meetingCalendar: lines', () => {
  const encoder = new TextEncoder();
  const strict = new TextDecoder('utf-8', { fatal: true });

  function checkLines(text: string) {
    expect(text.endsWith('\r\n')).toBe(true);
    // Every line break is CRLF: no lone CR or LF anywhere.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const physical of text.slice(0, -2).split('\r\n')) {
      const bytes = encoder.encode(physical);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Each line decodes alone: no character was cut between two lines.
      expect(strict.decode(bytes)).toBe(physical);
    }
  }

  it('folds long lines at 75 octets without cutting a character in two', () => {
    const name = 'Zoë Ångström-Nakamura 中村 🧑🏽‍💻 '.repeat(8);
    const agenda = ['Überblick über Teams, Kanäle und Dateien — 😀'.repeat(5), 'é'.repeat(200)];
    const text = meetingCalendar(meeting({ protegeName: name, agenda }), {
      now: NOW,
      timeZone: 'Europe/Berlin',
      includeAgenda: true,
    });
    expect(text.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
    checkLines(text);
    const { event } = readBack(text);
    expect(event.summary).toBe(`Mentoring session with ${name}`);
    expect(event.description).toBe(`Agenda:\n- ${agenda[0]}\n- ${agenda[1]}`);
  });

  it.each([74, 75, 76, 150])('folds a summary line of exactly %i octets correctly', (octets) => {
    const prefix = 'SUMMARY:Mentoring session with ';
    const name = 'x'.repeat(octets - prefix.length);
    const text = meetingCalendar(meeting({ protegeName: name }), { now: NOW, timeZone: 'UTC' });
    checkLines(text);
    const physical = text.split('\r\n');
    const first = physical.findIndex((l) => l.startsWith('SUMMARY:'));
    const continued = physical.slice(first + 1).findIndex((l) => !l.startsWith(' '));
    expect(1 + continued).toBe(octets <= 75 ? 1 : 2 + (octets > 149 ? 1 : 0));
    expect(readBack(text).event.summary).toBe(`Mentoring session with ${name}`);
  });

  it('reads back any name and agenda as written (control characters aside), in lines of at most 75 octets', () => {
    const cleaned = (value: string) =>
      // oxlint-disable-next-line no-control-regex -- control characters are what the file leaves out
      value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 120 }),
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), { maxLength: 4 }),
        (name, agenda) => {
          ICAL.TimezoneService.reset();
          const text = meetingCalendar(meeting({ protegeName: name, agenda }), {
            now: NOW,
            timeZone: 'America/New_York',
            includeAgenda: true,
          });
          checkLines(text);
          const { event } = readBack(text);
          expect(event.summary).toBe(`Mentoring session with ${cleaned(name)}`);
          const items = agenda.filter((item) => item.trim() !== '');
          expect(event.description).toBe(
            items.length ? cleaned(['Agenda:', ...items.map((i) => `- ${i}`)].join('\n')) : null,
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
