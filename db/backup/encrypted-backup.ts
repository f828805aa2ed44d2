import { z } from '../../utils/zod';
import { InvalidInputError } from '../errors';
import { MAX_BACKUP_BYTES } from './read-backup';

/**
 * A backup locked with a passphrase, for a copy kept somewhere less private than the device.
 * The backup's JSON is encrypted with AES-GCM (256-bit key), the key derived from the
 * passphrase with PBKDF2-SHA-256, a fresh random salt and IV each time. The file is a small
 * JSON envelope that says how it was made, so a later version can make keys more slowly and
 * still open this one. Nothing is written anywhere: the caller imports the JSON it gives back
 * through the usual checks.
 */

const ENCRYPTED_BACKUP_FORMAT = 'mentor-up-encrypted-backup';
const ENCRYPTED_BACKUP_VERSION = 1;
/** OWASP's figure for PBKDF2-HMAC-SHA-256 (2023): about a fifth of a second on a laptop. */
const DEFAULT_KDF_ITERATIONS = 600_000;
/** A file asking for more would freeze the page for minutes rather than open. */
const MAX_KDF_ITERATIONS = 10_000_000;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const KEY_CHECK_BYTES = 32;
const GCM_TAG_BYTES = 16;

// A pattern of four-character groups overflows the regular expression stack on a backup of a
// few megabytes: the characters are checked here and the length apart.
const BASE64_CHARACTERS = /^[A-Za-z0-9+/]*={0,2}$/;

function base64Text() {
  return z
    .string()
    .regex(BASE64_CHARACTERS, 'is not base64')
    .refine((text) => text.length % 4 === 0, 'is not base64');
}

function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

function base64Bytes(bytes: number) {
  return base64Text().refine((text) => text.length === base64Length(bytes), `is not ${bytes} bytes`);
}

const envelopeHeaderSchema = z.object({ format: z.literal(ENCRYPTED_BACKUP_FORMAT), version: z.number().int() });

const envelopeSchema = z.strictObject({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(ENCRYPTED_BACKUP_VERSION),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z
      .number()
      .int('is not a whole number')
      .min(1, 'is not a number of rounds')
      .max(MAX_KDF_ITERATIONS, 'asks for far more rounds than Mentor Up uses'),
    salt: base64Bytes(SALT_BYTES),
  }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: base64Bytes(IV_BYTES) }),
  /** Derived from the passphrase beside the key: tells a wrong passphrase from a damaged file. */
  keyCheck: base64Bytes(KEY_CHECK_BYTES),
  ciphertext: z
    .string()
    .min(base64Length(GCM_TAG_BYTES), 'is too short')
    .max(base64Length(MAX_BACKUP_BYTES + GCM_TAG_BYTES), 'is larger than any backup')
    .pipe(base64Text()),
});

type Envelope = z.infer<typeof envelopeSchema>;

const FIELD_NAMES: Record<string, string> = {
  '': 'the file',
  format: 'the format',
  version: 'the version',
  kdf: 'the key derivation',
  'kdf.name': 'the key derivation',
  'kdf.hash': 'the key derivation’s hash',
  'kdf.iterations': 'the key strength',
  'kdf.salt': 'the salt',
  'cipher.iv': 'the IV',
  cipher: 'the cipher',
  'cipher.name': 'the cipher',
  keyCheck: 'the passphrase check',
  ciphertext: 'the encrypted data',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.map(String).join('.');
  const where = FIELD_NAMES[key] ?? `"${key}"`;
  if (issue.code === 'unrecognized_keys') {
    return `${where} has ${issue.keys.length === 1 ? 'a field' : 'fields'} Mentor Up does not know (${issue.keys.join(', ')})`;
  }
  if (issue.code === 'invalid_type') return `${where} is missing or not valid`;
  if (issue.code === 'invalid_value') return `${where} is not one Mentor Up uses`;
  // Our own messages read as the end of a sentence ("is not base64").
  return `${where} ${issue.message.replace(/\.$/, '')}`;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const encoder = new TextEncoder();

/** The envelope's description of itself, bound to the ciphertext so none of it can be swapped. */
function associatedData(envelope: Omit<Envelope, 'keyCheck' | 'ciphertext'>): Uint8Array<ArrayBuffer> {
  const { format, version, kdf, cipher } = envelope;
  return encoder.encode(
    [format, version, kdf.name, kdf.hash, kdf.iterations, kdf.salt, cipher.name, cipher.iv].join('\n'),
  );
}

interface DerivedKeys {
  key: CryptoKey;
  check: Uint8Array;
}

/**
 * PBKDF2 makes one secret from the passphrase (the slow step); HKDF splits it into the AES
 * key and the passphrase check, so checking costs nothing more and reveals nothing of the key.
 */
async function deriveKeys(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<DerivedKeys> {
  const { subtle } = globalThis.crypto;
  // The same passphrase typed on another system may arrive composed differently ("é" or "e" + "´").
  const material = await subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const secret = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  const hkdf = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const expand = (purpose: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: encoder.encode(`${ENCRYPTED_BACKUP_FORMAT} ${purpose}`),
  });
  const key = await subtle.deriveKey(expand('encryption key'), hkdf, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const check = new Uint8Array(await subtle.deriveBits(expand('passphrase check'), hkdf, KEY_CHECK_BYTES * 8));
  return { key, check };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

export interface EncryptOptions {
  /** PBKDF2 rounds; more is slower to open and slower to guess. */
  iterations?: number;
}

/** The backup's JSON as the text of an encrypted backup file. */
export async function encryptBackup(
  jsonText: string,
  passphrase: string,
  { iterations = DEFAULT_KDF_ITERATIONS }: EncryptOptions = {},
): Promise<string> {
  if (passphrase === '') throw new InvalidInputError('Choose a passphrase to lock the backup with.');
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_KDF_ITERATIONS) {
    throw new RangeError(`PBKDF2 iterations must be a whole number from 1 to ${MAX_KDF_ITERATIONS}.`);
  }
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  } as const;
  const { key, check } = await deriveKeys(passphrase, salt, iterations);
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: associatedData(header) },
    key,
    encoder.encode(jsonText),
  );
  const envelope: Envelope = { ...header, keyCheck: toBase64(check), ciphertext: toBase64(new Uint8Array(ciphertext)) };
  return JSON.stringify(envelope, null, 2);
}

type DecryptFailure = 'not-encrypted-backup' | 'newer-version' | 'damaged' | 'no-passphrase' | 'wrong-passphrase';

export type DecryptBackupResult =
  { ok: true; jsonText: string } | { ok: false; reason: DecryptFailure; problem: string };

function refused(reason: DecryptFailure, problem: string): DecryptBackupResult {
  return { ok: false, reason, problem };
}

const BYTE_ORDER_MARK = '\uFEFF';
/** Base64 and the envelope around it: a file much longer is no backup Mentor Up made. */
const MAX_FILE_CHARS = base64Length(MAX_BACKUP_BYTES + GCM_TAG_BYTES) + 4096;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The backup's JSON from an encrypted backup file, or why it cannot be opened: not such a
 * file, made by a newer Mentor Up, damaged or changed, or a passphrase that does not open it.
 * The file is checked before the passphrase, so with an empty one it answers at once:
 * `no-passphrase` for a file worth asking a passphrase for, `not-encrypted-backup` for a
 * plain backup or anything else.
 */
export async function decryptBackup(fileText: string, passphrase: string): Promise<DecryptBackupResult> {
  const text = fileText.startsWith(BYTE_ORDER_MARK) ? fileText.slice(1) : fileText;
  if (text.length > MAX_FILE_CHARS) {
    return refused('not-encrypted-backup', 'This file is larger than any encrypted backup Mentor Up makes.');
  }
  const parsed = parseJson(text);
  const header = envelopeHeaderSchema.safeParse(parsed);
  if (!header.success) return refused('not-encrypted-backup', 'This file is not an encrypted Mentor Up backup.');
  if (header.data.version > ENCRYPTED_BACKUP_VERSION) {
    return refused(
      'newer-version',
      'This encrypted backup was made by a newer version of Mentor Up. Update the extension, then open it again.',
    );
  }
  const checked = envelopeSchema.safeParse(parsed);
  if (!checked.success) {
    const [issue] = checked.error.issues;
    const detail = issue ? describeIssue(issue) : 'it is not complete';
    return refused('damaged', `This encrypted backup is damaged and cannot be opened: ${detail}.`);
  }
  if (passphrase === '') return refused('no-passphrase', 'Type the passphrase the backup was locked with.');

  const envelope = checked.data;
  const { key, check } = await deriveKeys(passphrase, fromBase64(envelope.kdf.salt), envelope.kdf.iterations);
  if (!sameBytes(check, fromBase64(envelope.keyCheck))) {
    return refused(
      'wrong-passphrase',
      'That passphrase does not open this backup. Check it and try again (capitals count); if it is right, the file has been changed since it was made.',
    );
  }
  let plain: ArrayBuffer;
  try {
    plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.cipher.iv), additionalData: associatedData(envelope) },
      key,
      fromBase64(envelope.ciphertext),
    );
  } catch {
    return refused(
      'damaged',
      'This encrypted backup has been changed or damaged since it was made, so it cannot be opened.',
    );
  }
  try {
    return { ok: true, jsonText: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    // Authenticated, so Mentor Up wrote it; but not text it would have written.
    return refused('damaged', 'This encrypted backup does not hold a backup Mentor Up can read.');
  }
}
