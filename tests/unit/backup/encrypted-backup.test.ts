import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decryptBackup, encryptBackup, type DecryptBackupResult } from '../../../db/backup/encrypted-backup';

type DecryptFailure = Extract<DecryptBackupResult, { ok: false }>['reason'];
import { InvalidInputError } from '../../../db/errors';

// Key derivation is slow on purpose; a busy machine needs more than the default time.
vi.setConfig({ testTimeout: 60_000 });

// The file says how many rounds made its key, and decryption reads them from it: the tests
// that are not about the default use few, to stay quick.
const QUICK = { iterations: 1000 };
const BACKUP = JSON.stringify({
  format: 'mentor-up-backup',
  version: 1,
  notes: [{ text: 'Zoë’s first Teams call 😀' }],
});

type Envelope = {
  format: string;
  version: number;
  kdf: { name: string; hash: string; iterations: number; salt: string };
  cipher: { name: string; iv: string };
  keyCheck: string;
  ciphertext: string;
};

function edited(file: string, change: (envelope: Envelope) => void): string {
  const envelope = JSON.parse(file) as Envelope;
  change(envelope);
  return JSON.stringify(envelope);
}

/** The base64 text with one bit of byte `index` flipped. */
function flipBit(base64: string, index = 0): string {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  bytes[index] = bytes[index]! ^ 1;
  return btoa(String.fromCharCode(...bytes));
}

async function refusal(file: string, passphrase: string): Promise<{ reason: DecryptFailure; problem: string }> {
  const result = await decryptBackup(file, passphrase);
  if (result.ok) throw new Error('the file was opened');
  return result;
}

describe('encryptBackup → decryptBackup', () => {
  it('gives back any backup text with the passphrase it was locked with', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.json(), fc.string({ unit: 'binary' })),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
        async (jsonText, passphrase) => {
          const file = await encryptBackup(jsonText, passphrase, QUICK);
          expect(await decryptBackup(file, passphrase)).toEqual({ ok: true, jsonText });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses any other passphrase', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
        async (locked, typed) => {
          fc.pre(locked.normalize('NFC') !== typed.normalize('NFC'));
          const file = await encryptBackup(BACKUP, locked, QUICK);
          expect((await refusal(file, typed)).reason).toBe('wrong-passphrase');
        },
      ),
      { numRuns: 20 },
    );
  });

  it('makes its key with the default rounds unless told otherwise, and opens with them', async () => {
    const file = await encryptBackup(BACKUP, 'correct horse battery staple');
    const envelope = JSON.parse(file) as Envelope;
    expect(envelope).toMatchObject({
      format: 'mentor-up-encrypted-backup',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256' },
      cipher: { name: 'AES-GCM' },
    });
    // OWASP's floor for PBKDF2-HMAC-SHA-256.
    expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(await decryptBackup(file, 'correct horse battery staple')).toEqual({ ok: true, jsonText: BACKUP });
  });

  it('reads the rounds from the file: one made with other rounds still opens', async () => {
    const file = await encryptBackup(BACKUP, 'pass', { iterations: 1234 });
    expect((JSON.parse(file) as Envelope).kdf.iterations).toBe(1234);
    expect(await decryptBackup(file, 'pass')).toEqual({ ok: true, jsonText: BACKUP });
  });

  it('keeps no text of the backup in the file, and a fresh salt and IV each time', async () => {
    const first = await encryptBackup(BACKUP, 'pass', QUICK);
    const second = await encryptBackup(BACKUP, 'pass', QUICK);
    expect(first).not.toContain('Teams');
    expect(first).not.toContain('mentor-up-backup');
    const [a, b] = [first, second].map((file) => JSON.parse(file) as Envelope);
    expect(a?.kdf.salt).not.toBe(b?.kdf.salt);
    expect(a?.cipher.iv).not.toBe(b?.cipher.iv);
    expect(a?.ciphertext).not.toBe(b?.ciphertext);
    expect(atob(a!.kdf.salt)).toHaveLength(16);
    expect(atob(a!.cipher.iv)).toHaveLength(12);
  });

  it('opens a backup of many megabytes', async () => {
    const notes = Array.from({ length: 20_000 }, (_, i) => ({
      id: i,
      text: `Note ${i}: ${'practice with Teams '.repeat(14)}`,
    }));
    const big = JSON.stringify({ notes });
    // Large enough to overflow a regular expression that backtracks over the base64.
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const result = await decryptBackup(await encryptBackup(big, 'pass', QUICK), 'pass');
    expect(result.ok && result.jsonText === big).toBe(true);
  });

  it('opens with the passphrase however its accents were composed', async () => {
    const file = await encryptBackup(BACKUP, 'cafe\u0301 crème', QUICK);
    expect(await decryptBackup(file, 'café crème')).toEqual({ ok: true, jsonText: BACKUP });
  });

  it('opens a file that an editor saved with a byte order mark', async () => {
    const file = await encryptBackup(BACKUP, 'pass', QUICK);
    expect(await decryptBackup(`\uFEFF${file}`, 'pass')).toEqual({ ok: true, jsonText: BACKUP });
  });

  it('refuses to lock with an empty passphrase', async () => {
    const locking = encryptBackup(BACKUP, '', QUICK);
    await expect(locking).rejects.toThrow(InvalidInputError);
    await expect(locking).rejects.toThrow('Choose a passphrase');
  });

  it.each([0, -1, 1.5, 20_000_000])('refuses %d rounds', async (iterations) => {
    await expect(encryptBackup(BACKUP, 'pass', { iterations })).rejects.toThrow(RangeError);
  });
});

describe('decryptBackup refuses, saying why', () => {
  const locked = encryptBackup(BACKUP, 'right passphrase', QUICK);

  it.each<{ case: string; change: (envelope: Envelope) => void; reason: DecryptFailure; says: RegExp }>([
    {
      case: 'a bit of the ciphertext flipped',
      change: (e) => (e.ciphertext = flipBit(e.ciphertext, 3)),
      reason: 'damaged',
      says: /changed or damaged/,
    },
    {
      case: 'a bit of the authentication tag flipped',
      change: (e) => (e.ciphertext = flipBit(e.ciphertext, atob(e.ciphertext).length - 1)),
      reason: 'damaged',
      says: /changed or damaged/,
    },
    {
      case: 'the ciphertext cut short',
      change: (e) => (e.ciphertext = btoa(atob(e.ciphertext).slice(0, -20))),
      reason: 'damaged',
      says: /changed or damaged/,
    },
    {
      case: 'the IV changed',
      change: (e) => (e.cipher.iv = flipBit(e.cipher.iv)),
      reason: 'damaged',
      says: /changed or damaged/,
    },
    {
      case: 'the salt changed (the passphrase no longer makes the key)',
      change: (e) => (e.kdf.salt = flipBit(e.kdf.salt)),
      reason: 'wrong-passphrase',
      says: /file has been changed/,
    },
    {
      case: 'the rounds changed',
      change: (e) => (e.kdf.iterations += 1),
      reason: 'wrong-passphrase',
      says: /does not open this backup/,
    },
    {
      case: 'the passphrase check changed',
      change: (e) => (e.keyCheck = flipBit(e.keyCheck)),
      reason: 'wrong-passphrase',
      says: /does not open this backup/,
    },
    {
      case: 'the salt missing',
      change: (e) => delete (e.kdf as Partial<Envelope['kdf']>).salt,
      reason: 'damaged',
      says: /: the salt is missing or not valid\.$/,
    },
    {
      case: 'the IV the wrong length',
      change: (e) => (e.cipher.iv = btoa('short')),
      reason: 'damaged',
      says: /the IV is not 12 bytes/,
    },
    {
      case: 'the ciphertext not base64',
      change: (e) => (e.ciphertext = `${e.ciphertext.slice(0, -4)}!!!!`),
      reason: 'damaged',
      says: /the encrypted data is not base64/,
    },
    {
      case: 'a field Mentor Up does not know',
      change: (e) => Object.assign(e, { extra: true }),
      reason: 'damaged',
      says: /: the file has a field Mentor Up does not know \(extra\)\.$/,
    },
    {
      case: 'another key derivation',
      change: (e) => (e.kdf.hash = 'SHA-1'),
      reason: 'damaged',
      says: /: the key derivation’s hash is not one Mentor Up uses\.$/,
    },
    {
      case: 'rounds that would freeze the page',
      change: (e) => (e.kdf.iterations = 1e12),
      reason: 'damaged',
      says: /: the key strength asks for far more rounds than Mentor Up uses\.$/,
    },
    {
      case: 'a newer version',
      change: (e) => (e.version = 2),
      reason: 'newer-version',
      says: /newer version of Mentor Up/,
    },
  ])('$case', async ({ change, reason, says }) => {
    const result = await refusal(edited(await locked, change), 'right passphrase');
    expect(result.reason).toBe(reason);
    expect(result.problem).toMatch(says);
  });

  it.each<[string, string]>([
    ['not JSON', 'hello'],
    ['empty', ''],
    ['a plain backup', BACKUP],
    ['JSON of another kind', '[1, 2, 3]'],
    ['null', 'null'],
  ])('a file that is %s', async (_case, file) => {
    const result = await refusal(file, 'right passphrase');
    expect(result.reason).toBe('not-encrypted-backup');
    expect(result.problem).toBe('This file is not an encrypted Mentor Up backup.');
  });

  it('a wrong passphrase, plainly', async () => {
    const result = await refusal(await locked, 'Right passphrase');
    expect(result).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
      problem:
        'That passphrase does not open this backup. Check it and try again (capitals count); if it is right, the file has been changed since it was made.',
    });
  });

  it('checks the file before asking for the passphrase', async () => {
    expect((await refusal(await locked, '')).reason).toBe('no-passphrase');
    expect((await refusal(BACKUP, '')).reason).toBe('not-encrypted-backup');
    expect(
      (
        await refusal(
          edited(await locked, (e) => (e.version = 3)),
          '',
        )
      ).reason,
    ).toBe('newer-version');
  });
});
