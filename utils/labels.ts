import type { GratitudeKind, NoteKind } from '../db/types';

/** What the surfaces and the Markdown export call each kind of note. */
export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  note: 'Note',
  action: 'Action item',
  'talking-point': 'Talking point',
  gratitude: 'Gratitude',
};

/** Which way thanks went, as a person reads it. */
export const GRATITUDE_LABELS: Record<GratitudeKind, string> = {
  given: 'Thanks given',
  received: 'Thanks received',
  favour: 'Favour to return',
};
