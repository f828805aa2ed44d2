import { describe, expect, it } from 'vitest';
import type { Goal, Note } from '../../../db/types';
import { agendaLine, buildAgenda } from '../../../utils/agenda';

function note(id: string, kind: Note['kind'], createdAt: number, extra: Partial<Note> = {}): Note {
  return { id, kind, text: `text ${id}`, source: { kind: 'popup' }, createdAt, updatedAt: createdAt, ...extra };
}

function goal(id: string, createdAt: number, extra: Partial<Goal> = {}): Goal {
  return { id, protegeId: 'p', title: `goal ${id}`, done: false, createdAt, ...extra };
}

describe('buildAgenda', () => {
  it('puts open talking points first, oldest first, and leaves out discussed ones and other kinds', () => {
    const agenda = buildAgenda({
      notes: [
        note('new', 'talking-point', 3),
        note('old', 'talking-point', 1),
        note('done', 'talking-point', 2, { discussed: true }),
        note('plain', 'note', 0),
        note('act', 'action', 0),
      ],
      goals: [],
    });
    expect(agenda.map((i) => i.kind === 'talking-point' && i.noteId)).toEqual(['old', 'new']);
  });

  it('then open goals, nearest target date first and undated last', () => {
    const agenda = buildAgenda({
      notes: [note('tp', 'talking-point', 1)],
      goals: [
        goal('undated', 1),
        goal('later', 2, { targetDate: 200 }),
        goal('sooner', 3, { targetDate: 100 }),
        goal('met', 0, { done: true, targetDate: 50 }),
      ],
      stageTip: { id: 'tip-1', title: 'Name the worry out loud' },
    });
    expect(agenda.map(agendaLine)).toEqual([
      'Talking point: text tp',
      'Goal: goal sooner',
      'Goal: goal later',
      'Goal: goal undated',
      'Try: Name the worry out loud',
    ]);
  });

  it.each([
    [2, 1, 3],
    [0, 0, 0],
  ])('caps talking points at %d and goals at %d', (maxTalkingPoints, maxGoals, expected) => {
    const agenda = buildAgenda({
      notes: [1, 2, 3].map((n) => note(`t${n}`, 'talking-point', n)),
      goals: [1, 2].map((n) => goal(`g${n}`, n)),
      maxTalkingPoints,
      maxGoals,
    });
    expect(agenda).toHaveLength(expected);
  });

  it('is empty when there is nothing open and no tip', () => {
    expect(buildAgenda({ notes: [], goals: [] })).toEqual([]);
  });
});
