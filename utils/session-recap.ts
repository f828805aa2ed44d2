import { escapeBlock, escapeInline } from '../db/markdown-export';
import { mayBeShared, type Note, type Session } from '../db/types';
import { formatDateTime, formatDay } from './dates';

export type RecapFormat = 'text' | 'markdown';

/** What a recap may show: only notes and action items the mentor marked shareable; never an observation. */
export function isShareable(note: Note): boolean {
  return note.shareable === true && mayBeShared(note);
}

interface Part {
  title: string;
  lines: string[];
  /** Multi-line note text keeps its line breaks. */
  block?: boolean;
}

/**
 * A recap of one session the mentor can send to the protégé: the agenda, the talking points covered,
 * the agreed actions and notes marked shareable, and the next meeting. Private notes, observations
 * and the wrap-up's own words never appear.
 */
export function buildSessionRecap(session: Session, notes: readonly Note[], format: RecapFormat): string {
  const mine = notes.filter((note) => note.sessionId === session.id);
  const shared = mine.filter(isShareable);
  const parts: Part[] = [
    { title: 'Agenda', lines: session.agenda.map((line) => line.trim()).filter(Boolean) },
    {
      title: 'What we covered',
      lines: mine.filter((note) => note.kind === 'talking-point' && note.discussed).map((note) => note.text),
    },
    { title: 'Agreed actions', lines: shared.filter((note) => note.kind === 'action').map((n) => n.text), block: true },
    { title: 'Notes', lines: shared.filter((note) => note.kind === 'note').map((n) => n.text), block: true },
  ];
  const heading = `Session recap, ${formatDateTime(session.startedAt)}`;
  const next = session.wrapUp?.nextMeetingAt;
  const nextLine = next === undefined ? undefined : `Next meeting: ${formatDay(next)}`;
  const shown = parts.filter((part) => part.lines.length > 0);

  if (format === 'text') {
    return [
      heading,
      ...shown.map((part) => [`${part.title}:`, ...part.lines.map((l) => `- ${indentText(l.trim())}`)].join('\n')),
      ...(nextLine ? [nextLine] : []),
    ].join('\n\n');
  }
  return [
    `# ${escapeInline(heading)}`,
    ...shown.map((part) =>
      [
        `## ${part.title}`,
        '',
        ...part.lines.map((l) => `- ${part.block ? escapeBlock(l, '  ') : escapeInline(l)}`),
      ].join('\n'),
    ),
    ...(nextLine ? [escapeInline(nextLine)] : []),
  ].join('\n\n');
}

/** Plain text: continuation lines of a list item line up under its first line. */
function indentText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\n  ');
}
