/**
 * Tip ids are stored with per-protégé feedback, so a renamed tip keeps an old → new entry.
 * These helpers follow such entries; they take the rename table as an argument so they stay pure.
 */

export type TipRenames = Readonly<Record<string, string>>;

/** Follows old → new links to the newest id. Undefined when the links loop back on themselves. */
export function followRenames(id: string, renames: TipRenames): string | undefined {
  const seen = new Set<string>();
  let current = id;
  while (Object.hasOwn(renames, current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    const next = renames[current];
    if (next === undefined) return undefined;
    current = next;
  }
  return current;
}

/** The current id for `id` after renames, or undefined when it names no known tip. */
export function resolveTipIdIn(
  id: string,
  renames: TipRenames,
  knownIds: { has(id: string): boolean },
): string | undefined {
  const resolved = followRenames(id, renames);
  return resolved !== undefined && knownIds.has(resolved) ? resolved : undefined;
}

/** Ids (each once, in first-seen order) that no longer lead to a known tip. */
export function findUnknownTipIds(
  ids: Iterable<string>,
  renames: TipRenames,
  knownIds: { has(id: string): boolean },
): string[] {
  const unknown = new Set<string>();
  for (const id of ids) {
    if (resolveTipIdIn(id, renames, knownIds) === undefined) unknown.add(id);
  }
  return [...unknown];
}
