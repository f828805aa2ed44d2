/** A value the user typed or a file supplied that cannot be stored; the message is for people. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

export function requireText(value: string, what: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new InvalidInputError(`${what} is empty.`);
  if (trimmed.length > maxLength) {
    throw new InvalidInputError(
      `${what} is ${trimmed.length.toLocaleString('en')} characters; the limit is ${maxLength.toLocaleString('en')}.`,
    );
  }
  return trimmed;
}

/** Optional free text: blank becomes undefined so it is not stored. */
export function optionalText(value: string | undefined, what: string, maxLength: number) {
  if (value === undefined || value.trim() === '') return undefined;
  return requireText(value, what, maxLength);
}
