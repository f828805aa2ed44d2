import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { GENERATIONS, STAGES } from '../../../content/vocabulary';
import { db } from '../../../db/database';
import { InvalidInputError } from '../../../db/errors';
import { addGoal, listGoals } from '../../../db/goals';
import { listNotes, saveNote } from '../../../db/notes';
import { updateProtege } from '../../../db/proteges';
import { addProtege } from './seed';
import {
  MAX_GOAL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_PAGE_TITLE_LENGTH,
  MAX_URL_LENGTH,
  MAX_WRAP_UP_LENGTH,
  AGREEMENT_LIMITS,
  PROFILE_TEXT_LIMITS,
} from '../../../db/record-rules';
import { startSession, wrapUpSession } from '../../../db/sessions';
import { agendaLine, buildAgenda } from '../../../utils/agenda';
import { parseDateInput } from '../../../utils/dates';
import { pageLinkCapture, saveCaptureWithRetry, selectionCapture } from '../../../features/capture/page-capture';
import { exportAndPlanIntoEmptyDatabase } from './restorable';
import { resetDatabase } from './reset';

// Each run writes and exports a few records of up to tens of thousands of characters.
vi.setConfig({ testTimeout: 120_000 });

/** Characters that have broken limits and names before: marks, two-unit emoji, spaces. */
const tricky = fc.constantFrom('x', ' ', '\n', 'é', '😀', '\u202E', '\u2066', '\u200F', '\u0301', '\t', '李');

/**
 * Text whose length lands around `limit` (a little under, on, or a little over, counted in
 * characters or in UTF-16 units), or anywhere from empty to short: what a person or a page
 * may type at the edges of what is stored.
 */
function textNear(limit: number) {
  const nearLimit = fc
    .tuple(fc.integer({ min: -3, max: 3 }), fc.string({ unit: 'binary', maxLength: 6 }), tricky, tricky)
    .map(([delta, head, middle, fill]) => head + middle + fill.repeat(Math.max(0, limit + delta - head.length - 1)));
  return fc.oneof(nearLimit, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: tricky, maxLength: 20 }));
}

const pageUrl = fc.oneof(
  textNear(MAX_URL_LENGTH).map((rest) => `https://example.com/${encodeURIComponent(rest)}`),
  fc.webUrl(),
  fc.constantFrom('javascript:alert(1)', 'ftp://files.example/a', 'not a url', 'https://x.example/\u202Egpj.exe'),
);

/** What a date input may hold: any year of up to five digits, or blank. */
const dateInput = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

const writes = fc.record({
  name: fc.oneof(textNear(MAX_NAME_LENGTH), fc.constantFrom('Pat Lee', '\u202EPat', 'Zoë')),
  generation: fc.constantFrom(...GENERATIONS),
  role: textNear(MAX_NAME_LENGTH),
  profileField: textNear(PROFILE_TEXT_LIMITS.gaps),
  agreementField: textNear(AGREEMENT_LIMITS.timeline),
  pageTitle: textNear(MAX_PAGE_TITLE_LENGTH * 6),
  pageUrl,
  selection: textNear(MAX_NOTE_LENGTH),
  talkingPoint: textNear(MAX_NOTE_LENGTH),
  goalTitle: textNear(MAX_GOAL_LENGTH),
  goalDate: dateInput,
  stage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
  thanks: textNear(MAX_WRAP_UP_LENGTH),
  summary: textNear(MAX_WRAP_UP_LENGTH),
  nextMeeting: dateInput,
});

/**
 * Runs one write as the product does. A write refused with a message for people stores
 * nothing, and is fine; any other failure is not.
 */
async function attempt<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof InvalidInputError) return undefined;
    throw error;
  }
}

const FALLBACK_NAME = 'Pat Lee';

describe('every real write path at its limits', () => {
  it('stores only what its own backup exports, reads back and plans into an empty database', async () => {
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(writes, async (input) => {
        await resetDatabase();
        // Profile: added, then every field changed.
        const protege =
          (await attempt(() => addProtege({ name: input.name, generation: input.generation, role: input.role }))) ??
          (await addProtege({ name: FALLBACK_NAME, generation: input.generation }));
        await attempt(() => updateProtege(protege.id, { name: input.name }));
        for (const field of ['gaps', 'mentorSkills', 'preferences'] as const) {
          await attempt(() => updateProtege(protege.id, { [field]: input.profileField }));
        }
        await attempt(() =>
          updateProtege(protege.id, { agreement: { timeline: input.agreementField, meetingAims: input.profileField } }),
        );

        // Capture: a page link and a selection, from the page's own title and address.
        const page = { url: input.pageUrl, title: input.pageTitle };
        for (const capture of [pageLinkCapture(page), selectionCapture(input.selection, page)]) {
          if (capture) await attempt(() => saveCaptureWithRetry({ ...capture, protegeId: protege.id }, []));
        }

        // Goals, with a typed target date.
        await attempt(() => addGoal(protege.id, input.goalTitle, parseDateInput(input.goalDate)));

        // Agenda: a talking point becomes a line of the session's agenda.
        await attempt(() =>
          saveNote({
            protegeId: protege.id,
            kind: 'talking-point',
            text: input.talkingPoint,
            source: { kind: 'sidepanel' },
          }),
        );
        const agenda = buildAgenda({ notes: await listNotes(protege.id), goals: await listGoals(protege.id) });
        const session = await startSession(protege.id, agenda.map(agendaLine));

        // Wrap-up: stage, thanks (which also become a gratitude note), summary, next meeting.
        await attempt(async () =>
          wrapUpSession(session.id, {
            stage: input.stage,
            thanks: input.thanks,
            summary: input.summary,
            nextMeetingAt: parseDateInput(input.nextMeeting),
          }),
        );

        stored += await db.notes.count();
        await exportAndPlanIntoEmptyDatabase();
      }),
      { numRuns: 60 },
    );
    // The inputs are mostly storable: the property is not met by refusing everything.
    expect(stored).toBeGreaterThan(60);
  });
});
