import type { Generation } from './vocabulary';

/**
 * The points of the seed guidance the tip library is grounded in, summarised in the product's own words.
 * Each point lists the tips built on it; a test checks the lists against the tips' own grounding.
 */

export const SEED_POINT_IDS = [
  'own-skills',
  'senior-gaps',
  'career-long-growth',
  'matching',
  'who-asks-first',
  'agreed-expectations',
  'extra-effort',
  'change-stages',
  'boomer-ideas-and-standing',
  'genx-relaxed-respect',
  'usual-asks',
  'two-way-growth',
  'history-of-change',
] as const;
export type SeedPointId = (typeof SEED_POINT_IDS)[number];

export interface SeedPoint {
  readonly id: SeedPointId;
  /**
   * The generations the seed makes a claim about in this point. A tip may name a generation
   * (in its check line) only when its grounding lists it here; otherwise it asks instead.
   */
  readonly aboutGenerations?: readonly Generation[];
  /** A few words for "why this tip" lines, e.g. "agreeing expectations". */
  readonly label: string;
  readonly summary: string;
  readonly tipIds: readonly string[];
}

export const SEED_POINTS: readonly SeedPoint[] = [
  {
    id: 'own-skills',
    label: 'knowing your own skills',
    summary:
      'Before offering to mentor, be clear about which skills and knowledge you can actually share, and look for senior colleagues who need exactly those.',
    tipIds: ['first-say-what-you-bring', 'prepare-know-where-you-stop', 'prepare-list-your-strengths'],
  },
  {
    id: 'senior-gaps',
    label: 'seniors naming their gaps',
    summary:
      "The senior names the skills and knowledge they lack. Admitting a gap is hard for an established professional, so the mentor's job is to make it safe to say.",
    tipIds: [
      'denial-let-them-pick-the-task',
      'embarrassed-share-a-miss-of-yours',
      'embarrassed-thank-the-question',
      'first-share-a-gap-of-yours',
      'millennial-denial-acknowledge-fluency',
      'millennial-resistance-protect-their-pride',
      'prepare-book-a-private-space',
      'prepare-millennial-find-the-edge',
      'prepare-reread-their-gaps',
      'quiet-offer-the-chat-box',
      'resistance-practise-in-private',
      'silent-denial-start-from-what-matters',
      'skill-ask-what-is-unclear',
    ],
  },
  {
    id: 'career-long-growth',
    aboutGenerations: ['boomer'],
    label: 'growth across a career',
    summary:
      'Learning is framed as a habit that lasts a whole career rather than a remedy for falling behind; Baby Boomers in particular tend to welcome that kind of steady growth.',
    tipIds: [
      'after-suggest-a-learning-habit',
      'boomer-acceptance-learning-plan',
      'boomer-denial-next-step-not-catch-up',
      'boomer-denial-recall-past-shifts',
      'boomer-resistance-recall-a-recent-skill',
      'first-frame-as-growth',
    ],
  },
  {
    id: 'matching',
    label: 'matching mentor and protégé',
    summary:
      "Pairs work when the junior's skills fit what the senior wants to learn, so the match deserves thought before anyone commits.",
    tipIds: ['after-name-a-poor-match', 'first-check-the-fit', 'prepare-compare-skills-with-needs'],
  },
  {
    id: 'who-asks-first',
    label: 'who asks first',
    summary:
      'Ideally the person who wants to learn makes the request; a junior may still take the first step, provided the offer is made with respect and tied to something concrete.',
    tipIds: ['after-leave-the-next-ask-to-them', 'first-let-them-steer', 'first-offer-without-presuming'],
  },
  {
    id: 'agreed-expectations',
    label: 'agreeing expectations',
    summary:
      'Once both agree to work together, they settle the main goals, a reasonable timeline, how often they will meet and what each meeting should achieve.',
    tipIds: [
      'acceptance-agree-the-next-goal',
      'after-hold-a-closing-review',
      'after-recheck-confidence',
      'after-revisit-the-rhythm',
      'after-update-goal-progress',
      'cancel-offer-a-shorter-slot',
      'first-agree-an-end-point',
      'first-agree-goals',
      'first-agree-how-often',
      'first-agree-session-shape',
      'first-agree-who-leads-what',
      'first-confidence-baseline',
      'first-let-them-define-done',
      'first-set-a-timeline',
      'prepare-link-to-agreed-goal',
      'prepare-one-line-goal',
      'rank-recall-who-leads-when',
      'skill-check-todays-aim',
      'skill-halfway-time-check',
      'time-agree-one-thing-to-try',
    ],
  },
  {
    id: 'extra-effort',
    label: 'mentoring as extra effort',
    summary:
      "Reverse mentoring usually sits on top of the junior's normal job and goes unpaid, so thanks matter, and the senior looks for ways to offer career help back.",
    tipIds: ['after-accept-help-in-return', 'after-log-thanks-received', 'after-make-the-time-visible'],
  },
  {
    id: 'change-stages',
    label: 'the change curve',
    summary:
      'People facing change tend to deny it is needed, then fight it, and finally accept it. Fear and frustration along the way are normal, and a chance to help rather than a failure.',
    tipIds: [
      'acceptance-expect-small-slips',
      'acceptance-show-the-distance',
      'after-record-a-step-back',
      'after-record-stage-with-evidence',
      'denial-ask-what-has-changed',
      'denial-ask-where-they-want-to-be',
      'denial-treat-doubt-as-normal',
      'do-it-ask-what-they-fear',
      'first-name-the-ups-and-downs',
      'genx-acceptance-skeptic-to-advocate',
      'overwhelmed-say-nothing-breaks',
      'prepare-check-last-stage',
      'prepare-plan-an-easy-opener',
      'resistance-honour-the-old-way',
      'resistance-name-the-worry',
      'resistance-offer-two-paths',
      'resistance-say-getting-stuck-is-normal',
      'slipped-ask-what-got-in-the-way',
    ],
  },
  {
    id: 'boomer-ideas-and-standing',
    aboutGenerations: ['boomer'],
    label: "valuing a Boomer's ideas",
    summary:
      'With a Baby Boomer protégé, show that their thinking and contributions are valued, and link the goals to how they can stand out at the current stage of a career that often means a great deal to them.',
    tipIds: [
      'after-boomer-credit-their-idea',
      'boomer-acceptance-build-on-their-idea',
      'boomer-acceptance-plan-a-showcase',
      'boomer-denial-ask-for-critique',
      'boomer-denial-tie-to-what-they-own',
      'boomer-rank-ask-for-their-judgement',
      'boomer-resistance-ask-how-to-improve',
      'boomer-resistance-lead-by-example',
      'boomer-resistance-let-them-choose-the-reveal',
      'first-boomer-ask-their-view',
      'first-boomer-next-chapter',
      'prepare-boomer-link-to-standing',
    ],
  },
  {
    id: 'genx-relaxed-respect',
    aboutGenerations: ['genx'],
    label: 'relaxed but respectful with Gen X',
    summary: 'With a Gen X protégé, aim for an easy, informal relationship that never loses its respect.',
    tipIds: [
      'after-genx-keep-follow-up-light',
      'first-genx-set-the-tone',
      'genx-acceptance-relax-the-format',
      'genx-denial-ask-what-bugs-them',
      'genx-resistance-talk-like-a-teammate',
      'prepare-genx-trim-the-plan',
    ],
  },
  {
    id: 'usual-asks',
    label: 'skills and a fresh view',
    summary:
      'Most senior protégés want concrete technical skills, such as social media or new software; others want to see the world the way a younger colleague does.',
    tipIds: [
      'acceptance-go-beyond-tools',
      'acceptance-second-ai-use',
      'after-share-one-resource',
      'denial-ask-what-clients-expect',
      'denial-do-it-live',
      'denial-read-before-posting',
      'denial-share-new-hires-view',
      'denial-then-and-now',
      'millennial-acceptance-automate',
      'millennial-denial-ai-side-by-side',
      'prepare-gather-fresh-views',
      'resistance-answer-privacy-worries',
      'silent-acceptance-personal-use',
      'silent-resistance-connect-to-people',
      'skill-chart-from-their-sheet',
      'skill-co-edit-live',
      'skill-draft-a-first-post',
      'skill-explain-short-video',
      'skill-invite-a-question-about-you',
      'skill-prompt-from-their-task',
      'skill-tidy-their-profile',
      'skill-verify-an-ai-claim',
    ],
  },
  {
    id: 'two-way-growth',
    label: 'a two-way relationship',
    summary:
      'The strongest pairings grow naturally over time rather than by decree, and learning comes to flow in both directions.',
    tipIds: [
      'acceptance-ask-for-their-advice',
      'acceptance-co-author-a-guide',
      'acceptance-follow-their-curiosity',
      'acceptance-invite-them-to-mentor',
      'after-follow-side-threads',
      'after-note-what-you-learned',
      'denial-borrow-how-they-learned-before',
      'first-ask-what-they-could-teach',
      'millennial-acceptance-swap-roles',
      'resistance-trade-expertise',
      'silent-acceptance-trade-stories',
    ],
  },
  {
    id: 'history-of-change',
    label: 'change through history',
    summary:
      'An exercise for thinking about change: pick a past year, list the ten most valuable companies of that year, then look twenty years later at how each fared and ask why.',
    tipIds: ['acceptance-look-twenty-years-ahead', 'denial-twenty-year-test', 'prepare-history-exercise'],
  },
];

export function isSeedPointId(value: unknown): value is SeedPointId {
  return typeof value === 'string' && (SEED_POINT_IDS as readonly string[]).includes(value);
}
