import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { privateArea } from '../../../utils/private-area';
import { db } from '../../../db/database';
import { listProteges } from '../../../db/proteges';
import { finishInterruptedAdd } from '../../../db/finish-interrupted-add';
import {
  FORMS,
  keepFormDraft,
  loadFormDrafts,
  parseFormDraft,
  preloadedFormDraft,
  readFormDraft,
} from '../../../utils/form-drafts';
import { resetDatabase } from '../db/reset';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});

describe('form drafts', () => {
  it.each([
    ['a draft', { fields: { name: 'Pat' } }, { fields: { name: 'Pat' } }],
    ['a submitted draft', { fields: {}, submittedId: 'x' }, { fields: {}, submittedId: 'x' }],
    ['a number in a field', { fields: { name: 3 } }, null],
    ['an unknown key', { fields: {}, extra: true }, null],
    ['an empty id', { fields: {}, submittedId: '' }, null],
    ['a string', 'Pat', null],
  ])('reads %s as stored outside data', (_, stored, read) => {
    expect(parseFormDraft(stored)).toEqual(read);
  });

  it('are all read at once as the page opens, and junk is read as none', async () => {
    await keepFormDraft(FORMS.goal('p1'), { fields: { title: 'Post weekly' } });
    await privateArea().set({ 'formDraft:gratitude:p1': { fields: 7 } });
    await loadFormDrafts();
    expect(preloadedFormDraft(FORMS.goal('p1'))).toEqual({ fields: { title: 'Post weekly' } });
    expect(preloadedFormDraft(FORMS.gratitude('p1'))).toBeNull();
    expect(preloadedFormDraft(FORMS.stageEvidence('p1'))).toBeNull();
  });
});

describe('finishInterruptedAdd', () => {
  it('stores a protégé whose add a closed page left unfinished, once, under the kept id', async () => {
    const fields = { name: 'Robin Park', generation: 'boomer' };
    await keepFormDraft(FORMS.addProtege, { fields, submittedId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' });
    expect(await finishInterruptedAdd()).toBe(true);
    expect(await finishInterruptedAdd()).toBe(false);
    const stored = await listProteges();
    expect(stored.map((p) => [p.id, p.name, p.generation])).toEqual([
      ['6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', 'Robin Park', 'boomer'],
    ]);
    expect(await readFormDraft(FORMS.addProtege)).toBeNull();
  });

  it('does not add again a protégé whose write did commit', async () => {
    await keepFormDraft(FORMS.addProtege, {
      fields: { name: 'Sam', generation: 'genx' },
      submittedId: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
    });
    expect(await finishInterruptedAdd()).toBe(true);
    await keepFormDraft(FORMS.addProtege, {
      fields: { name: 'Sam', generation: 'genx' },
      submittedId: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
    });
    await finishInterruptedAdd();
    expect(await db.proteges.count()).toBe(1);
  });

  it('puts input that cannot be stored back into the form as typed', async () => {
    await keepFormDraft(FORMS.addProtege, { fields: { name: '   ', generation: 'boomer' }, submittedId: 'id-2' });
    expect(await finishInterruptedAdd()).toBe(false);
    expect(await db.proteges.count()).toBe(0);
    expect(await readFormDraft(FORMS.addProtege)).toEqual({ fields: { name: '   ', generation: 'boomer' } });
  });
});
