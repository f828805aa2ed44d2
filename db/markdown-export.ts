import { GENERATION_LABELS, STAGE_LABELS } from '../content/vocabulary';
import { AGREEMENT_FIELDS, PROFILE_TEXT_FIELDS, type AgreementField, type ProfileTextField } from './record-rules';
import type { BackupTables } from './backup/format';
import { GRATITUDE_LABELS } from '../utils/labels';
import type { Goal, Id, Note, NoteKind, Protege, Session } from './types';

/**
 * A readable Markdown record of protégés: profile, agreement, goals, stage history, sessions and
 * notes by kind. Pure: the same records give the same text. The output is inert by
 * construction, in any CommonMark viewer even with raw HTML on: whatever the mentor typed (or a
 * web page chose as its title) is escaped so it stays text, and the only links are http(s)
 * page addresses whose every delimiter is percent-encoded.
 */

/** Characters that could start markup anywhere in a line: emphasis, code, links, HTML, entities, tables, headings' closing `#`. */
const INLINE_MARKUP = /[\\`*_[\]<>&|~#]/g;
/** Characters that start a block (heading, list, quote, setext underline) at a line's start. */
const LINE_START_MARKUP = /^([#+\-=]|\d+(?=[.)]))/;
/**
 * Every line ending a renderer might honour: CommonMark's CRLF, CR and LF, and Unicode's line
 * and paragraph separators (and NEL). A lone CR left in place would start a line, and so a
 * heading or a list, that no escaping saw.
 */
const LINE_BREAKS = /\r\n?|[\n\u0085\u2028\u2029]/;

function escapeLine(line: string): string {
  const escaped = line.trimStart().replace(INLINE_MARKUP, '\\$&');
  return escaped.replace(LINE_START_MARKUP, (match) => (/^\d/.test(match) ? `${match}\\` : `\\${match}`));
}

/** A one-line field (a name, a title): runs of whitespace, line breaks included, become one space. */
export function escapeInline(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim());
}

/** Multi-line text whose line breaks are kept; continuation lines indented by `indent`. */
export function escapeBlock(text: string, indent = ''): string {
  return text
    .trim()
    .split(LINE_BREAKS)
    .map((line, i) => (i === 0 ? '' : indent) + escapeLine(line))
    .join('  \n');
}

/** Characters that could end or reshape a link destination; `href` leaves these as they are. */
const DESTINATION_DELIMITERS = /[<>()[\]\s\\]/g;
/** An `&` that a renderer would read as the start of a character reference. */
const ENTITY_START = /&(?=#?[a-z0-9]+;)/gi;

function percentEncode(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** The address as a URL when it is a web page's (http or https), else undefined. */
function webUrl(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The address as a Markdown link destination, or undefined when it is not an http(s) URL. */
function linkDestination(url: string): string | undefined {
  const parsed = webUrl(url);
  // `href` already encodes controls, quotes and (outside the path) angle brackets; the rest of
  // the delimiters are encoded here, and an entity-like `&` is escaped so it stays itself.
  return parsed && `<${parsed.href.replace(DESTINATION_DELIMITERS, percentEncode).replace(ENTITY_START, '\\&')}>`;
}

/**
 * A link only for http(s) addresses; anything else is shown as plain text. A link under a
 * page's own title names the host it really goes to, since a title can claim any address.
 */
function safeLink(url: string, label?: string): string {
  const parsed = webUrl(url);
  const title = label?.trim();
  const text = escapeInline(title || url);
  if (!parsed) return title ? `${text} (${escapeInline(url)})` : text;
  const link = `[${text}](${linkDestination(url)})`;
  return title ? `${link} (${escapeInline(parsed.host)})` : link;
}

function pad(n: number) {
  return String(n).padStart(2, '0');
}

function formatDate(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function formatDateTime(time: number): string {
  const d = new Date(time);
  return `${formatDate(time)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The export's words for each profile field (the role has its own line above them). */
const PROFILE_HEADINGS: Record<ProfileTextField, string> = {
  role: 'Role',
  gaps: 'Skills and gaps to close',
  mentorSkills: 'What I bring',
  preferences: 'Preferences',
};

const AGREEMENT_HEADINGS: Record<AgreementField, string> = {
  timeline: 'Timeline',
  meetingFrequency: 'How often to meet',
  meetingAims: 'What each meeting aims to do',
};

function field(label: string, value: string | undefined): string[] {
  return value ? [`- **${label}:** ${escapeBlock(value, '  ')}`] : [];
}

function goalLine(goal: Goal): string {
  const details = [
    goal.targetDate !== undefined ? `target ${formatDate(goal.targetDate)}` : '',
    goal.done && goal.doneAt !== undefined ? `done ${formatDate(goal.doneAt)}` : '',
  ].filter(Boolean);
  return `- [${goal.done ? 'x' : ' '}] ${escapeInline(goal.title)}${details.length ? ` (${details.join(', ')})` : ''}`;
}

function sessionLines(session: Session): string[] {
  const ended = session.endedAt !== undefined ? ` to ${formatDateTime(session.endedAt)}` : ' (not ended)';
  const lines = [`### Session of ${formatDateTime(session.startedAt)}${ended}`, ''];
  if (session.agenda.length) {
    lines.push('Agenda:', '', ...session.agenda.map((item) => `- ${escapeInline(item)}`), '');
  }
  const wrapUp = session.wrapUp;
  if (wrapUp) {
    const wrap = [
      ...(wrapUp.stage ? [`- **Stage:** ${STAGE_LABELS[wrapUp.stage]}`] : []),
      ...field('Thanks', wrapUp.thanks),
      ...field('Summary', wrapUp.summary),
      ...(wrapUp.nextMeetingAt !== undefined ? [`- **Next meeting:** ${formatDateTime(wrapUp.nextMeetingAt)}`] : []),
    ];
    if (wrap.length) lines.push('Wrap-up:', '', ...wrap, '');
  }
  return lines;
}

const NOTE_SECTIONS: { kind: NoteKind; heading: string }[] = [
  { kind: 'action', heading: 'Action items' },
  { kind: 'talking-point', heading: 'Talking points' },
  { kind: 'gratitude', heading: 'Gratitude' },
  { kind: 'note', heading: 'Notes' },
];

function noteLine(note: Note, sessionsById: Map<Id, Session>): string {
  const ticks = note.kind === 'action' || (note.kind === 'gratitude' && note.gratitude === 'favour');
  const box = ticks ? `[${note.done ? 'x' : ' '}] ` : '';
  const direction = note.gratitude ? `${GRATITUDE_LABELS[note.gratitude]}: ` : '';
  const status = note.kind === 'talking-point' && note.discussed ? ' (discussed)' : '';
  const session = note.sessionId ? sessionsById.get(note.sessionId) : undefined;
  const meta = [formatDateTime(note.createdAt), session ? `session of ${formatDateTime(session.startedAt)}` : '']
    .filter(Boolean)
    .join(', ');
  const lines = [`- ${box}${direction}${escapeBlock(note.text, '  ')}${status}  `, `  *${meta}*`];
  if (note.source.url) lines.push(`  From ${safeLink(note.source.url, note.source.title)}`);
  return lines.join('\n');
}

function notesLines(notes: readonly Note[], sessionsById: Map<Id, Session>, level: string): string[] {
  const lines: string[] = [];
  const newestFirst = [...notes].sort((a, b) => b.createdAt - a.createdAt);
  for (const { kind, heading } of NOTE_SECTIONS) {
    const ofKind = newestFirst.filter((note) => note.kind === kind);
    if (ofKind.length) lines.push(`${level} ${heading}`, '', ...ofKind.map((n) => noteLine(n, sessionsById)), '');
  }
  return lines;
}

function protegeSection(protege: Protege, tables: BackupTables): string[] {
  const mine = <T extends { protegeId?: Id }>(rows: readonly T[]) => rows.filter((row) => row.protegeId === protege.id);
  const goals = mine(tables.goals).sort((a, b) => a.createdAt - b.createdAt);
  const stages = mine(tables.stageEvents).sort((a, b) => a.at - b.at);
  const sessions = mine(tables.sessions).sort((a, b) => a.startedAt - b.startedAt);
  const sessionsById = new Map(sessions.map((s) => [s.id, s]));
  const notes = mine(tables.notes);
  const agreement = protege.agreement ?? {};

  const lines = [`# ${escapeInline(protege.name)}`, ''];
  lines.push(
    `- **Generation:** ${GENERATION_LABELS[protege.generation]} (a starting point, not a verdict)`,
    ...(protege.role ? [`- **Role:** ${escapeInline(protege.role)}`] : []),
    ...(protege.archived ? ['- **Archived**'] : []),
    ...PROFILE_TEXT_FIELDS.filter((key) => key !== 'role').flatMap((key) => field(PROFILE_HEADINGS[key], protege[key])),
    '',
  );
  const terms = AGREEMENT_FIELDS.flatMap((key) => field(AGREEMENT_HEADINGS[key], agreement[key]));
  lines.push('## Agreement', '', ...(terms.length ? terms : ['No agreement recorded yet.']), '');
  lines.push('### Goals', '', ...(goals.length ? goals.map(goalLine) : ['No goals yet.']), '');

  lines.push('## Change stage', '');
  const latest = stages[stages.length - 1];
  if (latest) {
    lines.push(`Now: **${STAGE_LABELS[latest.stage]}**`, '');
    for (const event of stages) {
      const evidence = event.evidence ? `: ${escapeBlock(event.evidence, '  ')}` : '';
      lines.push(`- ${formatDate(event.at)}, ${STAGE_LABELS[event.stage]}${evidence}`);
    }
    lines.push('');
  } else {
    lines.push('No stage recorded yet.', '');
  }

  lines.push('## Sessions', '');
  if (sessions.length) for (const session of sessions) lines.push(...sessionLines(session));
  else lines.push('No sessions yet.', '');

  lines.push('## Notes', '');
  if (notes.length) lines.push(...notesLines(notes, sessionsById, '###'));
  else lines.push('No notes yet.', '');
  return lines;
}

/**
 * Markdown for one protégé, or for every protégé (one section each, then notes saved without
 * a protégé) when `protegeId` is left out.
 */
export function toMarkdown(tables: BackupTables, protegeId?: Id): string {
  const proteges = tables.proteges
    .filter((p) => protegeId === undefined || p.id === protegeId)
    .sort((a, b) => a.name.localeCompare(b.name));
  const sections = proteges.map((p) => protegeSection(p, tables).join('\n').trimEnd());
  if (protegeId === undefined) {
    const unassigned = tables.notes.filter((note) => note.protegeId === undefined);
    if (unassigned.length) {
      sections.push(['# Notes without a protégé', '', ...notesLines(unassigned, new Map(), '##')].join('\n').trimEnd());
    }
  }
  if (!sections.length) return 'No protégés yet.\n';
  return `${sections.join('\n\n---\n\n')}\n`;
}

export function markdownFileName(name: string | undefined, now = new Date()): string {
  const slug = (name ?? 'all-proteges')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `mentor-up-${slug || 'protege'}-${now.toISOString().slice(0, 10)}.md`;
}
