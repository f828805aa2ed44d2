/**
 * JSON.parse keeps the last of two equal keys in one object and says nothing, so a file could
 * show one value to a person reading it and give another to the import. This walks text that
 * JSON.parse has already accepted and reports keys that appear twice in the same object.
 */

export interface DuplicateKey {
  /** Where the object holding the key sits, as keys and indexes from the top. */
  path: (string | number)[];
  key: string;
}

interface Frame {
  /**
   * Keys seen so far, for an object; undefined for an array. A list while short (records have a
   * dozen keys, and a set for each of a hundred thousand would keep the collector busy), a set
   * once long, so a file with one huge object cannot make the check slow.
   */
  keys: string[] | Set<string> | undefined;
  /** The current key (object) or index (array). */
  at: string | number;
}

const SHORT_OBJECT_KEYS = 16;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** The index of the quote that ends the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/** Up to `limit` duplicate keys, in the order they appear. `text` must be valid JSON. */
export function findDuplicateKeys(text: string, limit = 10): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, end);
        // Escapes spell the same key many ways ("a" and "\u0061"): compare what they mean.
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        const seen = Array.isArray(top.keys) ? top.keys.includes(key) : top.keys.has(key);
        if (seen) {
          found.push({ path: stack.slice(0, -1).map((frame) => frame.at), key });
          if (found.length >= limit) return found;
        }
        if (!Array.isArray(top.keys)) top.keys.add(key);
        else if (top.keys.length < SHORT_OBJECT_KEYS) top.keys.push(key);
        else top.keys = new Set([...top.keys, key]);
        top.at = key;
        expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT) {
      stack.push({ keys: [], at: '' });
      expectKey = true;
    } else if (c === OPEN_ARRAY) {
      stack.push({ keys: undefined, at: 0 });
      expectKey = false;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      stack.pop();
      expectKey = false;
    } else if (c === COMMA) {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return found;
}
