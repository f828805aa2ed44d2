import type { SituationId } from '../content/situations';
import type { Generation, Stage, TipVerdict } from '../content/vocabulary';

/** Ids are random UUID strings, so records from backups and other devices never clash. */
export type Id = string;
/** Milliseconds since the epoch. */
export type Timestamp = number;

export interface Agreement {
  /** The overall timeline, in the mentor's words ("three months, to the end of Q2"). */
  timeline?: string;
  /** How often to meet ("every other Tuesday, 30 minutes"). */
  meetingFrequency?: string;
  /** What each meeting aims to accomplish. */
  meetingAims?: string;
}

export interface Protege {
  id: Id;
  name: string;
  /** A starting point for coaching, never a verdict: tip feedback outranks it. */
  generation: Generation;
  role?: string;
  /** The skills and knowledge gaps the protégé wants to close. */
  gaps?: string;
  /** What the mentor brings to the table. */
  mentorSkills?: string;
  /** "Prefers phone", "likes written steps". */
  preferences?: string;
  agreement?: Agreement;
  archived: boolean;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export const NOTE_KINDS = ['note', 'action', 'talking-point', 'gratitude'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Gratitude notes: thanks said, thanks received, or a favour the protégé offered to return. */
export const GRATITUDE_KINDS = ['given', 'received', 'favour'] as const;
export type GratitudeKind = (typeof GRATITUDE_KINDS)[number];

export const NOTE_SOURCES = ['popup', 'sidepanel', 'selection', 'shortcut'] as const;
export type NoteSourceKind = (typeof NOTE_SOURCES)[number];

export interface NoteSource {
  kind: NoteSourceKind;
  /** The page a selection was saved from. */
  url?: string;
  title?: string;
}

export interface Note {
  id: Id;
  /** Absent for notes saved before a protégé was chosen (the inbox). */
  protegeId?: Id;
  sessionId?: Id;
  kind: NoteKind;
  text: string;
  source: NoteSource;
  /** Action items: ticked off. */
  done?: boolean;
  /** Talking points: raised in a session, so no longer carried forward. */
  discussed?: boolean;
  /** Gratitude notes: which way the thanks went. Favours use `done` once returned. */
  gratitude?: GratitudeKind;
  /** An observation logged in a session from "What's happening?": the situation seen, at `createdAt`. */
  situation?: SituationId;
  /** Notes and action items: the mentor may share it with the protégé (the session recap). Absent means private. */
  shareable?: boolean;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/**
 * Whether a note may be marked shareable (for the session recap): notes and action items only,
 * never an observation logged from "What's happening?". Every other note stays private.
 */
export function mayBeShared(note: Pick<Note, 'kind' | 'situation'>): boolean {
  return (note.kind === 'note' || note.kind === 'action') && note.situation === undefined;
}

export interface StageEvent {
  id: Id;
  protegeId: Id;
  stage: Stage;
  at: Timestamp;
  /** What the mentor saw or heard that suggests the stage. */
  evidence?: string;
}

export interface WrapUp {
  stage?: Stage;
  thanks?: string;
  nextMeetingAt?: Timestamp;
  summary?: string;
}

export interface Session {
  id: Id;
  protegeId: Id;
  startedAt: Timestamp;
  endedAt?: Timestamp;
  agenda: string[];
  wrapUp?: WrapUp;
}

export interface Goal {
  id: Id;
  protegeId: Id;
  title: string;
  targetDate?: Timestamp;
  done: boolean;
  createdAt: Timestamp;
  doneAt?: Timestamp;
}

/** One protégé's verdict on one tip, as stored. */
export interface TipVerdictRecord {
  /** `${protegeId}|${tipId}`: one verdict per protégé and tip. */
  id: Id;
  protegeId: Id;
  tipId: string;
  verdict: TipVerdict;
  at: Timestamp;
}
