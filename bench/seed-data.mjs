import { benchSearchWords } from './words.mjs';

/**
 * A fixed, seeded data set for the benchmark: the same protégés and notes on every run, with
 * text drawn from a mentoring vocabulary so the word index has a realistic spread of prefixes.
 */

/** Small fast PRNG (mulberry32): the same seed gives the same data everywhere. */
function randomSource(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words that share prefixes with the benchmark queries ("linkedin", "copilot"), so each
// keystroke narrows the results a little, as it would in real notes.
const VOCABULARY = (
  'linkedin linkedinlearning linked link links line lines lint list listen learn learning lunch late later ' +
  'copilot copilots copy copied cope coffee cooperate cop copper company companies colleague calendar ' +
  'call chat chatgpt camera change channel check clear comment confidence ' +
  'slack teams zoom meet email inbox outlook excel spreadsheet shortcut shortcuts tab tabs browser ' +
  'phone tablet password passkey privacy profile post posts follow followers hashtag video tiktok ' +
  'instagram youtube podcast prompt prompts model summary summarise draft drafts meeting agenda ' +
  'goal goals feedback thanks favour question questions practice session sessions pushback worry ' +
  'frustrated fear curious keen proud tried showed explained wrote steps written slowly twice ' +
  'again next week month quarter review project team manager client customer report slides ' +
  'deck story history generation boomer career skill skills gap gaps habit growth idea ideas ' +
  'input value trust respect informal patient example examples notes reminder reminders ' +
  'emile zoë ångström café résumé naïve crème'
).split(' ');

const FIRST_NAMES = [
  'Margaret',
  'Harold',
  'Linda',
  'Robert',
  'Susan',
  'Gary',
  'Deborah',
  'Kevin',
  'Patricia',
  'Dennis',
  'Karen',
  'Steven',
  'Donna',
  'Mark',
  'Brenda',
  'Paul',
  'Ingrid',
  'Émile',
  'Zoë',
  'Ángel',
];
const LAST_NAMES = [
  'Okafor',
  'Schmidt',
  'Nguyen',
  'Walsh',
  'Moreau',
  'Kowalski',
  'Haddad',
  'Lindqvist',
  'Tanaka',
  'Brennan',
];
const GENERATIONS = ['silent', 'boomer', 'boomer', 'boomer', 'genx', 'genx', 'genx', 'millennial'];
const STAGES = ['denial', 'resistance', 'acceptance'];
const KINDS = ['note', 'note', 'note', 'action', 'talking-point', 'gratitude'];
const SOURCES = ['popup', 'sidepanel', 'shortcut'];

const DAY = 86_400_000;

/** Deterministic UUID-shaped ids, so the data set is identical from run to run. */
function makeId(random) {
  const hex = () => Math.floor(random() * 16).toString(16);
  const block = (n) => Array.from({ length: n }, hex).join('');
  return `${block(8)}-${block(4)}-4${block(3)}-a${block(3)}-${block(12)}`;
}

/**
 * @param {{ proteges?: number, notes?: number, seed?: number, now?: number }} [options]
 */
export function benchData({
  proteges: protegeCount = 200,
  notes: noteCount = 10_000,
  seed = 2027,
  now = Date.UTC(2027, 0, 1),
} = {}) {
  const random = randomSource(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];

  const proteges = Array.from({ length: protegeCount }, (_, index) => {
    const createdAt = now - Math.floor(random() * 700) * DAY;
    return {
      id: makeId(random),
      name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)} ${index + 1}`,
      generation: pick(GENERATIONS),
      role: 'Director',
      archived: index % 25 === 24,
      createdAt,
      updatedAt: createdAt,
    };
  });

  const stageEvents = proteges.map((protege) => ({
    id: makeId(random),
    protegeId: protege.id,
    stage: pick(STAGES),
    at: protege.createdAt + DAY,
  }));

  const notes = Array.from({ length: noteCount }, () => {
    const protege = pick(proteges);
    const length = 6 + Math.floor(random() * 30);
    const text = Array.from({ length }, () => pick(VOCABULARY)).join(' ');
    const kind = pick(KINDS);
    const createdAt = protege.createdAt + Math.floor(random() * (now - protege.createdAt));
    const note = {
      id: makeId(random),
      protegeId: protege.id,
      kind,
      text: text[0].toUpperCase() + text.slice(1) + '.',
      source: { kind: pick(SOURCES) },
      createdAt,
      updatedAt: createdAt,
    };
    if (kind === 'action') note.done = random() < 0.5;
    if (kind === 'talking-point') note.discussed = random() < 0.5;
    if (kind === 'gratitude') note.gratitude = pick(['given', 'received']);
    return { ...note, words: benchSearchWords(note.text) };
  });

  return { proteges, stageEvents, notes };
}
