/**
 * Whole-library invariants, as pure functions returning readable problems (empty = healthy).
 * The library test runs them on the real tips and on broken fixtures, so each check is known to bite.
 */
import { isSeedPointId, SEED_POINT_IDS, type SeedPoint } from './seed-points';
import type { Tip } from './tip';
import { followRenames, type TipRenames } from './tip-renames';
import { GENERATIONS, isGeneration, isMoment, isStage, STAGES, type Generation, type Stage } from './vocabulary';

export const MAX_TITLE_LENGTH = 60;
export const MIN_BODY_LENGTH = 40;
export const MAX_BODY_LENGTH = 320;
export const MAX_BODY_SENTENCES = 3;
export const MIN_IN_SESSION_TIPS_PER_CELL = 3;
/** Share of distinct words two bodies may have in common before they count as the same tip. */
export const MAX_BODY_OVERLAP = 0.5;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Openers that signal a description rather than an instruction; a body must start with what to do. */
// prettier-ignore
const NON_IMPERATIVE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'after', 'an', 'as', 'because', 'before', 'boomers', 'every', 'everyone', 'i', 'if', 'it',
  'many', 'millennials', 'most', 'often', 'once', 'our', 'people', 'some', 'sometimes', 'that',
  'the', 'their', 'there', 'these', 'they', 'this', 'usually', 'we', 'when', 'while', 'you', 'your',
]);

const GENERATION_MENTION = /\b(boomers?|gen x|millennials?|silent generation)\b/i;
const CHECK_WITH_THE_PERSON = /\b(ask|check|see whether|see if|confirm)\b/i;
/** Words that mock age; tips describe tendencies, never put people down. */
// prettier-ignore
const DEMEANING_PHRASES = [
  'dinosaur', 'senile', 'technophobe', 'luddite', 'old-timer', 'over the hill', 'ok boomer',
  'past their prime', 'set in their ways', 'out of touch',
];

export function countSentences(text: string): number {
  return text
    .trim()
    .split(/(?<=[.!?…])["”']?\s+(?=["“]?[A-Z])/)
    .filter((part) => part.trim() !== '').length;
}

function firstWord(text: string): string {
  return /^[\p{L}']+/u.exec(text)?.[0] ?? '';
}

function findListProblems(
  tipId: string,
  field: string,
  values: readonly unknown[],
  isKnown: (value: unknown) => boolean,
): string[] {
  const problems: string[] = [];
  if (values.length === 0) problems.push(`tip "${tipId}": ${field} is empty`);
  for (const value of values) {
    if (!isKnown(value)) problems.push(`tip "${tipId}": unknown ${field} value "${String(value)}"`);
  }
  if (new Set(values).size !== values.length) problems.push(`tip "${tipId}": ${field} lists a value twice`);
  return problems;
}

/** Problems with a single tip's own fields. */
export function findTipProblems(tip: Tip): string[] {
  const problems: string[] = [];
  const at = `tip "${tip.id}"`;

  if (!KEBAB_CASE.test(tip.id)) problems.push(`${at}: id is not kebab-case`);

  const title = tip.title.trim();
  if (title === '') problems.push(`${at}: title is empty`);
  if (tip.title.length > MAX_TITLE_LENGTH) {
    problems.push(`${at}: title is ${tip.title.length} characters (max ${MAX_TITLE_LENGTH})`);
  }
  if (title.endsWith('.')) problems.push(`${at}: title ends with a full stop`);

  const { body } = tip;
  if (body.length < MIN_BODY_LENGTH) problems.push(`${at}: body is too short (${body.length} < ${MIN_BODY_LENGTH})`);
  if (body.length > MAX_BODY_LENGTH) problems.push(`${at}: body is too long (${body.length} > ${MAX_BODY_LENGTH})`);
  if (body !== body.trim()) problems.push(`${at}: body has leading or trailing space`);
  if (!/[.!?…]["”']?$/.test(body)) problems.push(`${at}: body does not end with a full stop`);
  const opener = firstWord(body);
  if (!/^\p{Lu}/u.test(opener) || NON_IMPERATIVE_OPENERS.has(opener.toLowerCase())) {
    problems.push(`${at}: body does not start with what to do ("${opener}")`);
  }
  const sentences = countSentences(body);
  if (sentences > MAX_BODY_SENTENCES)
    problems.push(`${at}: body has ${sentences} sentences (max ${MAX_BODY_SENTENCES})`);

  if (GENERATION_MENTION.test(body) && !CHECK_WITH_THE_PERSON.test(body)) {
    problems.push(`${at}: body names a generation without asking the mentor to check with the person`);
  }
  const lowerBody = `${tip.title} ${body}`.toLowerCase();
  for (const phrase of DEMEANING_PHRASES) {
    if (lowerBody.includes(phrase)) problems.push(`${at}: uses demeaning phrase "${phrase}"`);
  }

  problems.push(
    ...findListProblems(tip.id, 'generations', tip.generations, isGeneration),
    ...findListProblems(tip.id, 'stages', tip.stages, isStage),
    ...findListProblems(tip.id, 'moments', tip.moments, isMoment),
  );
  if (tip.grounding !== 'practice' && !isSeedPointId(tip.grounding)) {
    problems.push(`${at}: unknown grounding "${String(tip.grounding)}"`);
  }
  return problems;
}

function significantWords(text: string): ReadonlySet<string> {
  return new Set(text.toLowerCase().match(/[\p{L}']{3,}/gu) ?? []);
}

/** Share of distinct words the two texts have in common (0 = nothing shared, 1 = same words). */
export function wordOverlap(a: string, b: string): number {
  const wordsA = significantWords(a);
  const wordsB = significantWords(b);
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  const union = wordsA.size + wordsB.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** Duplicate ids, duplicate titles and near-identical bodies across the library. */
export function findDuplicateProblems(tips: readonly Tip[]): string[] {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  const seenTitles = new Map<string, string>();
  for (const tip of tips) {
    if (seenIds.has(tip.id)) problems.push(`tip "${tip.id}": duplicate id`);
    seenIds.add(tip.id);
    const titleKey = tip.title.trim().toLowerCase();
    const earlier = seenTitles.get(titleKey);
    if (earlier !== undefined) problems.push(`tip "${tip.id}": same title as "${earlier}"`);
    else seenTitles.set(titleKey, tip.id);
  }
  tips.forEach((tip, index) => {
    for (const other of tips.slice(index + 1)) {
      if (other.id !== tip.id && wordOverlap(tip.body, other.body) > MAX_BODY_OVERLAP) {
        problems.push(`tip "${other.id}": body nearly identical to "${tip.id}"`);
      }
    }
  });
  return problems;
}

/** Every seed point present once, backed by tips, and its tipIds in step with the tips' grounding. */
export function findSeedPointProblems(tips: readonly Tip[], seedPoints: readonly SeedPoint[]): string[] {
  const problems: string[] = [];
  const tipsById = new Map(tips.map((tip) => [tip.id, tip]));
  for (const id of SEED_POINT_IDS) {
    const count = seedPoints.filter((point) => point.id === id).length;
    if (count === 0) problems.push(`seed point "${id}": missing`);
    if (count > 1) problems.push(`seed point "${id}": listed ${count} times`);
  }
  for (const point of seedPoints) {
    const at = `seed point "${point.id}"`;
    if (point.summary.trim() === '') problems.push(`${at}: summary is empty`);
    if (point.label.trim() === '') problems.push(`${at}: label is empty`);
    if (point.tipIds.length === 0) problems.push(`${at}: no tip`);
    for (const tipId of point.tipIds) {
      const tip = tipsById.get(tipId);
      if (tip === undefined) problems.push(`${at}: lists unknown tip "${tipId}"`);
      else if (tip.grounding !== point.id) {
        problems.push(`${at}: lists tip "${tipId}" whose grounding is "${tip.grounding}"`);
      }
    }
    for (const tip of tips) {
      if (tip.grounding === point.id && !point.tipIds.includes(tip.id)) {
        problems.push(`${at}: does not list tip "${tip.id}", which is grounded in it`);
      }
    }
  }
  return problems;
}

export function countInSessionTips(tips: readonly Tip[], generation: Generation, stage: Stage): number {
  return tips.filter(
    (tip) => tip.moments.includes('in-session') && tip.generations.includes(generation) && tip.stages.includes(stage),
  ).length;
}

/** Every generation × stage pair needs enough in-session tips to choose from during a call. */
export function findCoverageProblems(tips: readonly Tip[]): string[] {
  const problems: string[] = [];
  for (const generation of GENERATIONS) {
    for (const stage of STAGES) {
      const count = countInSessionTips(tips, generation, stage);
      if (count < MIN_IN_SESSION_TIPS_PER_CELL) {
        problems.push(`cell ${generation} × ${stage}: ${count} in-session tips (min ${MIN_IN_SESSION_TIPS_PER_CELL})`);
      }
    }
  }
  return problems;
}

/** Each rename must lead, without loops, to a tip that exists, and the old id must be retired. */
export function findRenameProblems(tips: readonly Tip[], renames: TipRenames): string[] {
  const problems: string[] = [];
  const liveIds = new Set(tips.map((tip) => tip.id));
  for (const oldId of Object.keys(renames)) {
    const at = `rename "${oldId}"`;
    if (liveIds.has(oldId)) problems.push(`${at}: old id is still a tip`);
    const target = followRenames(oldId, renames);
    if (target === undefined) problems.push(`${at}: renames loop`);
    else if (!liveIds.has(target)) problems.push(`${at}: points to unknown tip "${target}"`);
  }
  return problems;
}

export function findLibraryProblems(
  tips: readonly Tip[],
  seedPoints: readonly SeedPoint[],
  renames: TipRenames,
): string[] {
  return [
    ...tips.flatMap(findTipProblems),
    ...findDuplicateProblems(tips),
    ...findSeedPointProblems(tips, seedPoints),
    ...findCoverageProblems(tips),
    ...findRenameProblems(tips, renames),
  ];
}
