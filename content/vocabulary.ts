/**
 * The words the whole product shares: generations, change stages and coaching moments.
 * Kept free of storage and UI so the tip library, the database and the surfaces can all use them.
 */

export const GENERATIONS = ['silent', 'boomer', 'genx', 'millennial'] as const;
export type Generation = (typeof GENERATIONS)[number];

export const GENERATION_LABELS: Record<Generation, string> = {
  silent: 'Silent Generation (1928–45)',
  boomer: 'Baby Boomer (1946–64)',
  genx: 'Gen X (1965–80)',
  millennial: 'Millennial (1981–96)',
};

/** The change curve, in the order people usually move through it. */
export const STAGES = ['denial', 'resistance', 'acceptance'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  denial: 'Denial',
  resistance: 'Resistance',
  acceptance: 'Acceptance',
};

/** When a mentor reads a tip. */
export const MOMENTS = ['prepare', 'first-meeting', 'in-session', 'after'] as const;
export type Moment = (typeof MOMENTS)[number];

export const MOMENT_LABELS: Record<Moment, string> = {
  prepare: 'Preparing',
  'first-meeting': 'First meeting',
  'in-session': 'In a session',
  after: 'After a session',
};

/** What a mentor says of a tip for one protégé: it worked, or it is not a fit for them. */
export const TIP_VERDICTS = ['worked', 'not-a-fit'] as const;
export type TipVerdict = (typeof TIP_VERDICTS)[number];

export function isGeneration(value: unknown): value is Generation {
  return typeof value === 'string' && (GENERATIONS as readonly string[]).includes(value);
}

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function isMoment(value: unknown): value is Moment {
  return typeof value === 'string' && (MOMENTS as readonly string[]).includes(value);
}
