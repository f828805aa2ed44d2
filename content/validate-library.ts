/**
 * Whole-library invariants, as pure functions returning readable problems (empty = healthy).
 * The library test runs them on the real tips and on broken fixtures, so each check is known to bite.
 */
import { isSeedPointId, SEED_POINT_IDS, SEED_POINTS, type SeedPoint } from './seed-points';
import { isSituationId, SITUATION_IDS, type Situation } from './situations';
import { isSkillTopic } from './skill-topics';
import { isTipTheme, MIN_TIPS_PER_THEME, TIP_THEMES } from './themes';
import type { Tip } from './tip';
import { followRenames, type TipRenames } from './tip-renames';
import { GENERATIONS, isGeneration, isMoment, isStage, STAGES, type Generation, type Stage } from './vocabulary';

const MAX_TITLE_LENGTH = 60;
const MIN_BODY_LENGTH = 40;
const MAX_BODY_LENGTH = 320;
const MAX_BODY_SENTENCES = 3;
const MIN_IN_SESSION_TIPS_PER_CELL = 3;
/** Share of distinct words two bodies may have in common before they count as the same tip. */
const MAX_BODY_OVERLAP = 0.5;
/** In-session tips are read mid-call, in a few seconds. */
export const MAX_IN_SESSION_BODY_WORDS = 25;
const MAX_MEDIAN_IN_SESSION_BODY_WORDS = 20;
const MAX_SAY_WORDS = 20;
const MAX_CHECK_WORDS = 16;
const MAX_SITUATION_LABEL_LENGTH = 28;
const MIN_TIPS_PER_SITUATION = 3;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Openers that signal a description rather than an instruction; a body must start with what to do. */
// prettier-ignore
const NON_IMPERATIVE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'after', 'an', 'as', 'because', 'before', 'boomers', 'every', 'everyone', 'i', 'if', 'it',
  'many', 'millennials', 'most', 'often', 'once', 'our', 'people', 'some', 'sometimes', 'that',
  'the', 'their', 'there', 'these', 'they', 'this', 'usually', 'we', 'when', 'while', 'you', 'your',
]);

/**
 * "The action in the first words", made checkable: every body opens with one of these imperative
 * verbs, so what to do is the very first thing a mentor reads. Add a verb here when a new tip
 * needs one; never a word that could open a description ("People", "Often").
 */
// prettier-ignore
const ACTION_VERBS: ReadonlySet<string> = new Set([
  'accept', 'acknowledge', 'add', 'admit', 'agree', 'answer', 'ask', 'avoid', 'book', 'bring',
  'build', 'call', 'cap', 'check', 'choose', 'close', 'collect', 'compare', 'confirm', 'connect',
  'copy', 'count', 'cut', 'decide', 'describe', 'draft', 'drop', 'end', 'estimate', 'expect', 'explain',
  'find', 'finish', 'fix', 'follow', 'frame', 'give', 'hand', 'have', 'help', 'invite', 'keep',
  'leave', 'let', 'link', 'list', 'listen', 'look', 'make', 'mark', 'mention', 'move', 'name', 'note',
  'notice', 'offer', 'open', 'pause', 'pick', 'plan', 'play', 'point', 'praise', 'present',
  'propose', 'put', 'raise', 'read', 'recall', 'recognise', 'record', 'repeat', 'replace', 'reply', 'resist',
  'return', 'review', 'run', 'save', 'say', 'score', 'send', 'set', 'settle', 'share', 'shorten',
  'show', 'shrink', 'sketch', 'skip', 'slow', 'start', 'step', 'stop', 'suggest', 'swap', 'switch', 'take',
  'talk', 'tell', 'thank', 'think', 'tick', 'tie', 'time', 'track', 'trade', 'treat', 'try', 'turn', 'use',
  'walk', 'welcome', 'write',
]);

/** Each pattern names the generation it refers to; bodies never name one, check lines may. */
const GENERATION_MENTIONS: readonly (readonly [Generation, RegExp])[] = [
  ['silent', /\bsilent generation\b/i],
  ['boomer', /\b(baby )?boomers?\b/i],
  ['genx', /\bgen(eration)? x\b/i],
  ['millennial', /\bmillennials?\b/i],
];
const CHECK_WITH_THE_PERSON = /\b(ask|check|see whether|see if|confirm)\b/i;

/** A junior has no standing to warn a senior colleague about what happens if they do not change. */
// prettier-ignore
const FEAR_APPEALS = ['left behind', 'moves without you', 'before they do', 'obsolete', 'irrelevant', 'be replaced', 'too late'];
/** Status is theirs to raise; a mentor does not dig into how a senior person is seen. */
// prettier-ignore
const STATUS_PROBES = ['how others see them', 'others see them', 'standing feels at stake', 'status worr', 'their reputation is at risk', 'look foolish'];
/** The protégé does the work; the mentor guides, even when asked to take over. */
// prettier-ignore
const DOING_THE_WORK = ['while they watch', 'on their behalf', 'do it for them', 'for them to copy', 'take over the keyboard', 'take the controls'];
/** What is said in a session stays in it: nothing goes to their manager or their team unasked. */
const BREAKS_CONFIDENCE =
  /\b(note|tell|email|message|report|cc|copy|update|inform)\b[^.;]{0,24}\btheir (manager|boss|team)\b/i;
/** Words that mock age; tips describe tendencies, never put people down. */
// prettier-ignore
const DEMEANING_PHRASES = [
  'dinosaur', 'senile', 'technophobe', 'luddite', 'old-timer', 'over the hill', 'ok boomer',
  'past their prime', 'set in their ways', 'out of touch',
];

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

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

function generationsNamedIn(text: string): Generation[] {
  return GENERATION_MENTIONS.filter(([, pattern]) => pattern.test(text)).map(([generation]) => generation);
}

/**
 * Generations are a starting point: a tip for some of them says so in its check line, which asks
 * the mentor to see whether it holds for this person. Only the seed's own claims may name one.
 */
function findGenerationClaimProblems(tip: Tip, seedPoints: readonly SeedPoint[]): string[] {
  const at = `tip "${tip.id}"`;
  const problems: string[] = [];
  if (generationsNamedIn(tip.body).length > 0) {
    problems.push(`${at}: body names a generation; move the tendency and its check to the check line`);
  }
  if (tip.generations.length < GENERATIONS.length && tip.check === undefined) {
    problems.push(`${at}: is for some generations only but has no check line`);
  }
  if (tip.check === undefined) return problems;
  const grounded = seedPoints.find((point) => point.id === tip.grounding)?.aboutGenerations ?? [];
  for (const generation of generationsNamedIn(tip.check)) {
    if (!grounded.includes(generation)) {
      problems.push(`${at}: check line makes a claim about ${generation} that its grounding does not; ask instead`);
    }
  }
  return problems;
}

/** The say and check lines: short, plain, and the check really asks. */
function findLineProblems(tip: Tip): string[] {
  const at = `tip "${tip.id}"`;
  const problems: string[] = [];
  const lines: [string, string | undefined, number][] = [
    ['say', tip.say, MAX_SAY_WORDS],
    ['check', tip.check, MAX_CHECK_WORDS],
  ];
  for (const [field, line, maxWords] of lines) {
    if (line === undefined) continue;
    if (line.trim() === '') problems.push(`${at}: ${field} line is empty`);
    if (line !== line.trim()) problems.push(`${at}: ${field} line has leading or trailing space`);
    if (countWords(line) > maxWords)
      problems.push(`${at}: ${field} line is ${countWords(line)} words (max ${maxWords})`);
    if (!/[.!?…]$/.test(line)) problems.push(`${at}: ${field} line does not end with a full stop or question mark`);
  }
  if (tip.say !== undefined && /^["“'‘]|["”'’]$/.test(tip.say)) {
    problems.push(`${at}: say line is wrapped in quotation marks (the card adds them)`);
  }
  if (tip.check !== undefined && !CHECK_WITH_THE_PERSON.test(tip.check)) {
    problems.push(`${at}: check line does not ask the mentor to check with the person`);
  }
  return problems;
}

/** Problems with a single tip's own fields. */
export function findTipProblems(tip: Tip, seedPoints: readonly SeedPoint[] = SEED_POINTS): string[] {
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
  } else if (!ACTION_VERBS.has(opener.toLowerCase())) {
    problems.push(`${at}: body does not open with a listed action verb ("${opener}")`);
  }
  const sentences = countSentences(body);
  if (sentences > MAX_BODY_SENTENCES)
    problems.push(`${at}: body has ${sentences} sentences (max ${MAX_BODY_SENTENCES})`);
  const words = countWords(body);
  if (tip.moments.includes('in-session') && words > MAX_IN_SESSION_BODY_WORDS) {
    problems.push(`${at}: in-session body is ${words} words (max ${MAX_IN_SESSION_BODY_WORDS})`);
  }

  problems.push(...findGenerationClaimProblems(tip, seedPoints));
  problems.push(...findLineProblems(tip));

  const allText = [tip.title, body, tip.say ?? '', tip.check ?? ''].join(' ').toLowerCase();
  for (const phrase of DEMEANING_PHRASES) {
    if (allText.includes(phrase)) problems.push(`${at}: uses demeaning phrase "${phrase}"`);
  }
  const advice = [body, tip.say ?? '', tip.check ?? ''].join(' ').toLowerCase();
  for (const phrase of FEAR_APPEALS) {
    if (advice.includes(phrase)) problems.push(`${at}: appeals to fear ("${phrase}")`);
  }
  for (const phrase of STATUS_PROBES) {
    if (advice.includes(phrase)) problems.push(`${at}: probes their status ("${phrase}")`);
  }
  for (const phrase of DOING_THE_WORK) {
    if (advice.includes(phrase)) problems.push(`${at}: has the mentor doing the work ("${phrase}")`);
  }
  if (BREAKS_CONFIDENCE.test(advice)) problems.push(`${at}: passes on what was said in confidence`);

  problems.push(
    ...findListProblems(tip.id, 'generations', tip.generations, isGeneration),
    ...findListProblems(tip.id, 'stages', tip.stages, isStage),
    ...findListProblems(tip.id, 'moments', tip.moments, isMoment),
    ...(tip.situations ? findListProblems(tip.id, 'situations', tip.situations, isSituationId) : []),
    ...(tip.skills ? findListProblems(tip.id, 'skills', tip.skills, isSkillTopic) : []),
    ...(tip.themes ? findListProblems(tip.id, 'themes', tip.themes, isTipTheme) : []),
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
function wordOverlap(a: string, b: string): number {
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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function medianInSessionBodyWords(tips: readonly Tip[]): number {
  return median(tips.filter((tip) => tip.moments.includes('in-session')).map((tip) => countWords(tip.body)));
}

/** Mid-call reading across the library: single tips are capped above, and the typical one is shorter still. */
export function findReadabilityProblems(tips: readonly Tip[]): string[] {
  const words = medianInSessionBodyWords(tips);
  return words > MAX_MEDIAN_IN_SESSION_BODY_WORDS
    ? [`in-session bodies: median ${words} words (max ${MAX_MEDIAN_IN_SESSION_BODY_WORDS})`]
    : [];
}

/** Every situation listed once, labelled, with a known stage, and answered by enough tips, one with a line to say. */
export function findSituationProblems(situations: readonly Situation[], tips: readonly Tip[]): string[] {
  const problems: string[] = [];
  for (const id of SITUATION_IDS) {
    const count = situations.filter((situation) => situation.id === id).length;
    if (count === 0) problems.push(`situation "${id}": missing`);
    if (count > 1) problems.push(`situation "${id}": listed ${count} times`);
  }
  for (const situation of situations) {
    const at = `situation "${situation.id}"`;
    if (!isSituationId(situation.id)) problems.push(`${at}: unknown id`);
    const label = (situation.label as string | undefined)?.trim() ?? '';
    if (label === '') problems.push(`${at}: label is missing`);
    if (label.length > MAX_SITUATION_LABEL_LENGTH) {
      problems.push(`${at}: label is ${label.length} characters (max ${MAX_SITUATION_LABEL_LENGTH})`);
    }
    if (situation.signals !== undefined && !isStage(situation.signals)) {
      problems.push(`${at}: signals unknown stage "${String(situation.signals)}"`);
    }
    const answering = tips.filter((tip) => tip.situations?.includes(situation.id) === true);
    if (answering.length < MIN_TIPS_PER_SITUATION) {
      problems.push(`${at}: ${answering.length} tips (min ${MIN_TIPS_PER_SITUATION})`);
    }
    if (answering.length > 0 && !answering.some((tip) => tip.say !== undefined)) {
      problems.push(`${at}: no tip gives a line to say`);
    }
  }
  return problems;
}

/** Each theme a reverse mentor needs has its minimum number of tips. */
export function findThemeProblems(tips: readonly Tip[]): string[] {
  return TIP_THEMES.flatMap((theme) => {
    const count = tips.filter((tip) => tip.themes?.includes(theme) === true).length;
    return count < MIN_TIPS_PER_THEME[theme]
      ? [`theme "${theme}": ${count} tips (min ${MIN_TIPS_PER_THEME[theme]})`]
      : [];
  });
}

const MIN_SIGNS_PER_STAGE = 2;
const MAX_SIGN_WORDS = 14;

/** Each stage has enough short, distinct signs to tell it from the others at a glance. */
export function findStageSignProblems(signs: Readonly<Partial<Record<Stage, readonly string[]>>>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const stage of STAGES) {
    const list = signs[stage] ?? [];
    if (list.length < MIN_SIGNS_PER_STAGE) {
      problems.push(`signs of ${stage}: ${list.length} (min ${MIN_SIGNS_PER_STAGE})`);
    }
    for (const sign of list) {
      if (sign.trim() === '') problems.push(`signs of ${stage}: a sign is empty`);
      if (countWords(sign) > MAX_SIGN_WORDS) {
        problems.push(`signs of ${stage}: "${sign}" is ${countWords(sign)} words (max ${MAX_SIGN_WORDS})`);
      }
      const key = sign.trim().toLowerCase();
      if (seen.has(key)) problems.push(`signs of ${stage}: "${sign}" is listed twice`);
      seen.add(key);
    }
  }
  return problems;
}

/** Words shared in a row with the seed article before a text counts as copied from it. */
const MAX_SHARED_RUN = 7;

/** Lower-case words with punctuation (apostrophes included) dropped, so "They’re" and "theyre" match. */
export function normalisedWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}'’‘]+/gu) ?? [])
    .map((word) => word.replace(/['’‘]/g, ''))
    .filter((word) => word !== '');
}

/**
 * Runs of `runLength` consecutive words that `text` shares with `source`, each once, in order.
 * Ideas from the seed carry over; its sentences do not.
 */
export function findSharedRuns(text: string, source: string, runLength = MAX_SHARED_RUN + 1): string[] {
  const sourceWords = normalisedWords(source);
  const sourceRuns = new Set<string>();
  for (let index = 0; index + runLength <= sourceWords.length; index += 1) {
    sourceRuns.add(sourceWords.slice(index, index + runLength).join(' '));
  }
  const words = normalisedWords(text);
  const shared = new Set<string>();
  for (let index = 0; index + runLength <= words.length; index += 1) {
    const run = words.slice(index, index + runLength).join(' ');
    if (sourceRuns.has(run)) shared.add(run);
  }
  return [...shared];
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
  situations: readonly Situation[],
): string[] {
  return [
    ...tips.flatMap((tip) => findTipProblems(tip, seedPoints)),
    ...findDuplicateProblems(tips),
    ...findSeedPointProblems(tips, seedPoints),
    ...findCoverageProblems(tips),
    ...findReadabilityProblems(tips),
    ...findSituationProblems(situations, tips),
    ...findThemeProblems(tips),
    ...findRenameProblems(tips, renames),
  ];
}
