import type { Id, Timestamp } from '../db/types';

/**
 * A meeting as an iCalendar file (RFC 5545) for "Add to calendar". The event names the
 * protégé and nothing else of the notes: the agenda goes in only when the mentor asks for it.
 * Times are written in the mentor's time zone, described in the file itself (a VTIMEZONE), so
 * a calendar elsewhere shows the meeting at the same moment. UTC is written for a zone that is
 * UTC or that the browser cannot name, and for a time in the hour the clocks show twice.
 */

export interface CalendarMeeting {
  protegeId: Id;
  protegeName: string;
  start: Timestamp;
  durationMinutes: number;
  agenda?: readonly string[];
}

export interface CalendarOptions {
  /** When the file is made (DTSTAMP). */
  now: Timestamp;
  /** An IANA time zone ("Europe/Berlin"); the browser's own when left out. */
  timeZone?: string;
  /** Puts the agenda in the event's description; off by default, as it may be private. */
  includeAgenda?: boolean;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const DAY_MS = 86_400_000;
/** How far either side of the meeting the file describes the zone's clock changes. */
const ZONE_SPAN_MS = 366 * DAY_MS;

// ---- Text ----------------------------------------------------------------------------------

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; other control characters left out. */
function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // oxlint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\\;,]/g, (char) => `\\${char}`)
      .replace(/\n/g, '\\n')
  );
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  // A lone surrogate is written as U+FFFD, three octets.
  if (code < 0x10000) return 3;
  return 4;
}

/** Splits a content line so no line is longer than 75 octets, never inside a character (RFC 5545 3.1). */
function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = '';
      // A continuation line starts with the space that marks it.
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

// ---- Times ---------------------------------------------------------------------------------

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function formatWallClock(clock: WallClock): string {
  return `${pad(clock.year, 4)}${pad(clock.month)}${pad(clock.day)}T${pad(clock.hour)}${pad(clock.minute)}${pad(clock.second)}`;
}

function utcClock(at: Timestamp): WallClock {
  const date = new Date(at);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

function utcDateTime(at: Timestamp): string {
  return `${formatWallClock(utcClock(at))}Z`;
}

/** A time zone's clock, read through Intl: the only zone database a browser offers. */
class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  readonly name: string;

  constructor(timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    this.name = this.format.resolvedOptions().timeZone;
  }

  wallClock(at: Timestamp): WallClock {
    const parts = Object.fromEntries(this.format.formatToParts(at).map((part) => [part.type, part.value]));
    return {
      year: Number(parts.year),
      month: Number(parts.month),
      day: Number(parts.day),
      hour: Number(parts.hour),
      minute: Number(parts.minute),
      second: Number(parts.second),
    };
  }

  /** Milliseconds the zone's clock is ahead of UTC at `at`. */
  offset(at: Timestamp): number {
    const whole = Math.floor(at / 1000) * 1000;
    const c = this.wallClock(whole);
    return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - whole;
  }
}

interface ClockChange {
  /** The first second of the new offset. */
  at: Timestamp;
  from: number;
  to: number;
}

/** The zone's clock changes between `start` and `end`, found day by day and then to the second. */
function clockChanges(zone: ZoneClock, start: Timestamp, end: Timestamp): ClockChange[] {
  const changes: ClockChange[] = [];
  let before = start;
  let offset = zone.offset(before);
  for (let at = start + DAY_MS; at <= end; at += DAY_MS) {
    const next = zone.offset(at);
    if (next !== offset) {
      let low = Math.floor(before / 1000);
      let high = Math.floor(at / 1000);
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (zone.offset(middle * 1000) === offset) low = middle;
        else high = middle;
      }
      changes.push({ at: high * 1000, from: offset, to: next });
      offset = next;
    }
    before = at;
  }
  return changes;
}

function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const total = Math.abs(Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${sign}${pad(hours)}${pad(minutes)}${seconds ? pad(seconds) : ''}`;
}

/**
 * True when the zone's clock shows the time of `at` twice (the hour the clocks go back): the
 * local time alone cannot say which, and readers differ on which they take.
 */
function isRepeatedLocalTime(changes: readonly ClockChange[], at: Timestamp): boolean {
  return changes.some((change) => {
    const repeated = change.from - change.to;
    return repeated > 0 && at >= change.at - repeated && at < change.at + repeated;
  });
}

/** The zone as a VTIMEZONE: the offset in force first, then each change, so the meeting's own offset is described. */
function timeZoneComponent({ zone, first, changes }: LocalZone): string[] {
  const firstIsSummer = changes[0] !== undefined && changes[0].to < changes[0].from;
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', onset: string, from: number, to: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${onset}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    `END:${kind}`,
  ];
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone.name}`,
    ...observance(firstIsSummer ? 'DAYLIGHT' : 'STANDARD', '19700101T000000', first, first),
    // An onset is the local time just before the change, on the clock it changes from.
    ...changes.flatMap((change) =>
      observance(
        change.to > change.from ? 'DAYLIGHT' : 'STANDARD',
        formatWallClock(utcClock(change.at + change.from)),
        change.from,
        change.to,
      ),
    ),
    'END:VTIMEZONE',
  ];
}

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT']);

/** The zone to write times in, or undefined for UTC. */
function zoneFor(timeZone: string | undefined): ZoneClock | undefined {
  try {
    const zone = new ZoneClock(timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
    return UTC_NAMES.has(zone.name) ? undefined : zone;
  } catch {
    // Not a zone this browser knows: UTC still puts the meeting at the right moment.
    return undefined;
  }
}

interface LocalZone {
  zone: ZoneClock;
  /** The offset in force a year before the meeting. */
  first: number;
  changes: ClockChange[];
}

/**
 * The zone and its clock changes from a year before `at` to a year after, to write `at` in
 * local time; undefined when `at` falls in the hour the clocks go back, which the local clock
 * shows twice: its local time cannot say which, and readers differ on the one they take, so
 * UTC is written instead.
 */
function localZoneFor(zone: ZoneClock, at: Timestamp): LocalZone | undefined {
  const start = at - ZONE_SPAN_MS;
  const changes = clockChanges(zone, start, at + ZONE_SPAN_MS);
  if (isRepeatedLocalTime(changes, at)) return undefined;
  return { zone, first: zone.offset(start), changes };
}

function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

// ---- The file ------------------------------------------------------------------------------

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

/** The meeting's calendar file, CRLF line ends. The same protégé and day give the same UID, so a calendar updates the event rather than adding it twice. */
export function meetingCalendar(meeting: CalendarMeeting, options: CalendarOptions): string {
  if (!Number.isInteger(meeting.durationMinutes) || meeting.durationMinutes <= 0) {
    throw new RangeError('A meeting lasts a whole number of minutes, at least one.');
  }
  const zone = zoneFor(options.timeZone);
  const local = zone && localZoneFor(zone, meeting.start);
  // The UID takes the meeting's day on the mentor's clock.
  const day = formatWallClock(zone ? zone.wallClock(meeting.start) : utcClock(meeting.start)).slice(0, 8);
  const agenda = options.includeAgenda ? (meeting.agenda ?? []).filter((item) => item.trim() !== '') : [];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentor Up//Mentor Up//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(local ? timeZoneComponent(local) : []),
    'BEGIN:VEVENT',
    property('UID', `${meeting.protegeId}-${day}@mentor-up`),
    property('DTSTAMP', utcDateTime(options.now)),
    local
      ? property(`DTSTART;TZID=${local.zone.name}`, formatWallClock(local.zone.wallClock(meeting.start)))
      : property('DTSTART', utcDateTime(meeting.start)),
    property('DURATION', formatDuration(meeting.durationMinutes)),
    property('SUMMARY', escapeText(`Mentoring session with ${meeting.protegeName}`)),
    ...(agenda.length
      ? [property('DESCRIPTION', escapeText(['Agenda:', ...agenda.map((item) => `- ${item}`)].join('\n')))]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}
