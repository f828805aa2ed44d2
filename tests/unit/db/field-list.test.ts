import { describe, expect, it } from 'vitest';
import { protegeSchema } from '../../../db/backup/format';
import { updateProtege } from '../../../db/proteges';
import { addProtege } from './seed';
import { AGREEMENT_FIELDS, AGREEMENT_LIMITS, PROFILE_TEXT_FIELDS, PROFILE_TEXT_LIMITS } from '../../../db/record-rules';
import { db } from '../../../db/database';
import { keepPendingEdit, readPendingEdit } from '../../../db/pending-edits';
import { resetDatabase } from './reset';

// One list of a protégé's text fields (db/record-rules.ts): the backup's schema, the writes and
// the pending edits each take every field from it, with its limit.
describe.each(PROFILE_TEXT_FIELDS.map((field) => [field]))('the profile field %s', (field) => {
  it('is in the backup schema, within its limit', () => {
    const shape = protegeSchema.shape as Record<string, unknown>;
    expect(shape).toHaveProperty(field);
    const base = {
      id: '0f0e0d0c-0b0a-4908-8706-050403020100',
      name: 'Pat',
      generation: 'genx',
      archived: false,
      createdAt: 1,
      updatedAt: 1,
    };
    expect(protegeSchema.safeParse({ ...base, [field]: 'x'.repeat(PROFILE_TEXT_LIMITS[field]) }).success).toBe(true);
    expect(protegeSchema.safeParse({ ...base, [field]: 'x'.repeat(PROFILE_TEXT_LIMITS[field] + 1) }).success).toBe(
      false,
    );
  });

  it('is written by updateProtege and kept as a pending edit', async () => {
    await resetDatabase();
    const pat = await addProtege({ name: 'Pat', generation: 'genx' });
    await updateProtege(pat.id, { [field]: 'Written' });
    expect((await db.proteges.get(pat.id))?.[field]).toBe('Written');
    await keepPendingEdit({ type: 'profile', id: pat.id, field }, 'Typed');
    expect(await readPendingEdit({ type: 'profile', id: pat.id, field })).toMatchObject({ value: 'Typed' });
  });
});

const agreementSchema = protegeSchema.shape.agreement.unwrap();

describe.each(AGREEMENT_FIELDS.map((field) => [field]))('the agreement field %s', (field) => {
  it('is in the backup schema within its limit, and kept as a pending edit', async () => {
    expect(agreementSchema.safeParse({ [field]: 'x'.repeat(AGREEMENT_LIMITS[field]) }).success).toBe(true);
    expect(agreementSchema.safeParse({ [field]: 'x'.repeat(AGREEMENT_LIMITS[field] + 1) }).success).toBe(false);
    await keepPendingEdit({ type: 'agreement', id: 'p1', field }, 'Typed');
    expect(await readPendingEdit({ type: 'agreement', id: 'p1', field })).toMatchObject({ value: 'Typed' });
  });
});

it('the schema has no text field the list lacks', () => {
  const listed = new Set<string>([
    ...PROFILE_TEXT_FIELDS,
    'id',
    'name',
    'generation',
    'agreement',
    'archived',
    'createdAt',
    'updatedAt',
  ]);
  expect(Object.keys(protegeSchema.shape).filter((key) => !listed.has(key))).toEqual([]);
  expect(Object.keys(agreementSchema.shape).toSorted()).toEqual([...AGREEMENT_FIELDS].toSorted());
});
