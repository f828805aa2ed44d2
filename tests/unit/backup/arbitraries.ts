import { hasVisibleLetterOrDigit, stripBidiControls } from '../../../db/record-rules';
import fc from 'fast-check';
import { GENERATIONS, STAGES } from '../../../content/vocabulary';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Backup, type BackupRow } from '../../../db/backup/format';
import { CURRENT_SCHEMA_VERSION } from '../../../db/schema-versions';
import { GRATITUDE_KINDS, NOTE_KINDS, NOTE_SOURCES } from '../../../db/types';

/** Text that tries to become markup or code wherever it is shown. */
export const HOSTILE_TEXTS = [
  '<script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  '[click me](javascript:window.__pwned=true)',
  '<a href="javascript:alert(1)">link</a>',
  '# not a heading\n- not a list\n> not a quote\n1. not numbered',
  '`code` *bold* _em_ ~~gone~~ | table | &lt;entity&gt;',
  '<javascript:alert(1)>',
  '__proto__',
] as const;

const id = fc.uuid({ version: 4 });
/** When every generated backup was made: no record in it changed later. */
const EXPORTED_AT = '2026-03-01T12:00:00.000Z';
const time = fc.integer({ min: 0, max: Date.parse(EXPORTED_AT) });
/** Target dates and next meetings are plans: they may lie well after the export. */
const plannedTime = fc.integer({ min: 0, max: 4_102_444_800_000 });

/** A name as Mentor Up stores one: a visible letter or digit, no marks that reorder text. */
function storableName() {
  return text(100).filter((value) => hasVisibleLetterOrDigit(value) && stripBidiControls(value) === value);
}

function text(maxLength: number) {
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: Math.min(maxLength, 60) }) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
    )
    .filter((value) => value.trim() !== '' && value.length <= maxLength);
}

const agreement = fc.record(
  { timeline: text(2000), meetingFrequency: text(2000), meetingAims: text(2000) },
  { requiredKeys: [] },
);

const protege = fc.record(
  {
    id,
    name: storableName(),
    generation: fc.constantFrom(...GENERATIONS),
    role: text(100),
    gaps: text(2000),
    mentorSkills: text(2000),
    preferences: text(2000),
    agreement,
    archived: fc.boolean(),
    createdAt: time,
    updatedAt: time,
  },
  { requiredKeys: ['id', 'name', 'generation', 'archived', 'createdAt', 'updatedAt'] },
);

const source = fc.record(
  {
    kind: fc.constantFrom(...NOTE_SOURCES),
    url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)')),
    title: fc.string({ maxLength: 40 }),
  },
  { requiredKeys: ['kind'] },
);

function pick<T>(values: readonly T[]) {
  return values.length ? fc.option(fc.constantFrom(...values), { nil: undefined }) : fc.constant(undefined);
}

function withOptional<T extends object>(row: T): T {
  // fc.record leaves out optional keys; an explicit `undefined` would not survive JSON anyway.
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}

/** Any backup the product could have written: unique ids, every reference inside the file. */
export const validBackup: fc.Arbitrary<Backup> = fc
  .uniqueArray(protege, { selector: (p) => p.id, maxLength: 4 })
  .chain((proteges) => {
    const protegeIds = proteges.map((p) => p.id);
    const ofSomeone = pick(protegeIds);
    const sessionRows = protegeIds.length
      ? fc.uniqueArray(
          fc.record(
            {
              id,
              protegeId: fc.constantFrom(...protegeIds),
              startedAt: time,
              endedAt: time,
              agenda: fc.array(text(500), { maxLength: 3 }),
              wrapUp: fc.record(
                {
                  stage: fc.constantFrom(...STAGES),
                  thanks: text(2000),
                  nextMeetingAt: plannedTime,
                  summary: text(2000),
                },
                { requiredKeys: [] },
              ),
            },
            { requiredKeys: ['id', 'protegeId', 'startedAt', 'agenda'] },
          ),
          { selector: (s) => s.id, maxLength: 3 },
        )
      : fc.constant<BackupRow<'sessions'>[]>([]);
    return sessionRows.chain((sessions) => {
      // Built only when there is someone to point at: fc.constantFrom needs at least one value.
      const onlyIfSomeone = <T>(rows: () => fc.Arbitrary<T[]>) => (protegeIds.length ? rows() : fc.constant([] as T[]));
      return fc.record({
        proteges: fc.constant(proteges),
        sessions: fc.constant(sessions),
        notes: fc.uniqueArray(
          fc
            .record({
              id,
              protegeId: ofSomeone,
              sessionAt: fc.nat(),
              kind: fc.constantFrom(...NOTE_KINDS),
              text: text(20_000),
              source,
              done: fc.option(fc.boolean(), { nil: undefined }),
              discussed: fc.option(fc.boolean(), { nil: undefined }),
              shareable: fc.option(fc.boolean(), { nil: undefined }),
              gratitude: fc.option(fc.constantFrom(...GRATITUDE_KINDS), { nil: undefined }),
              createdAt: time,
              updatedAt: time,
            })
            // Only gratitude notes say which way the thanks went; a note's session is one of its protégé's.
            .map(({ sessionAt, ...note }) => {
              const theirs = sessions.filter((s) => note.protegeId !== undefined && s.protegeId === note.protegeId);
              const sessionId = sessionAt % 2 && theirs.length ? theirs[sessionAt % theirs.length]!.id : undefined;
              return withOptional({
                ...note,
                sessionId,
                gratitude: note.kind === 'gratitude' ? note.gratitude : undefined,
              });
            }),
          { selector: (n) => n.id, maxLength: 6 },
        ),
        stageEvents: onlyIfSomeone(() =>
          fc.uniqueArray(
            fc.record(
              {
                id,
                protegeId: fc.constantFrom(...protegeIds),
                stage: fc.constantFrom(...STAGES),
                at: time,
                evidence: text(2000),
              },
              { requiredKeys: ['id', 'protegeId', 'stage', 'at'] },
            ),
            { selector: (e) => e.id, maxLength: 3 },
          ),
        ),
        goals: onlyIfSomeone(() =>
          fc.uniqueArray(
            fc.record(
              {
                id,
                protegeId: fc.constantFrom(...protegeIds),
                title: text(500),
                targetDate: plannedTime,
                done: fc.boolean(),
                createdAt: time,
                doneAt: time,
              },
              { requiredKeys: ['id', 'protegeId', 'title', 'done', 'createdAt'] },
            ),
            { selector: (g) => g.id, maxLength: 3 },
          ),
        ),
        tipFeedback: onlyIfSomeone(() =>
          fc.uniqueArray(
            fc
              .record({
                protegeId: fc.constantFrom(...protegeIds),
                tipId: fc.constantFrom('ask-before-showing', 'name-the-fear', 'ten-largest-companies'),
                verdict: fc.constantFrom('worked' as const, 'not-a-fit' as const),
                at: time,
              })
              .map((row) => ({ id: `${row.protegeId}|${row.tipId}`, ...row })),
            { selector: (t) => t.id, maxLength: 3 },
          ),
        ),
      });
    });
  })
  .map((tables) => ({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: EXPORTED_AT,
    ...tables,
  }));
