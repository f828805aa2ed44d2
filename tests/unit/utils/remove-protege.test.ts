import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getProtege, listProteges } from '../../../db/proteges';
import { addProtege, saveQuickNote } from '../db/seed';
import { startSession } from '../../../db/sessions';
import { FORMS, keepFormDraft, readFormDraft } from '../../../utils/form-drafts';
import { keepPendingEdit, readPendingEdit } from '../../../db/pending-edits';
import { keepPickerSnapshot } from '../../../db/picker-snapshot';
import { removeProtege } from '../../../db/remove-protege';
import {
  lastPopupTip,
  lastProtegeId,
  panelNoteDraft,
  pickerSnapshot,
  quickNoteDraft,
  sessionNoteDraft,
  unsavedCaptures,
  wrapUpDraft,
} from '../../../utils/storage';
import { EMPTY_DRAFT } from '../../../utils/popup-items';
import { resetDatabase } from '../db/reset';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});

async function twoProteges() {
  const pat = await addProtege({ name: 'Pat Lee', generation: 'boomer' });
  const sam = await addProtege({ name: 'Sam Roe', generation: 'genx' });
  await keepPickerSnapshot(await listProteges());
  return { pat, sam };
}

describe('deleting a protégé', () => {
  it('clears what was kept about them outside the database, and nothing about anyone else', async () => {
    const { pat, sam } = await twoProteges();
    const patNote = await saveQuickNote({ protegeId: pat.id, kind: 'note', text: 'Wants Copilot' });
    const samNote = await saveQuickNote({ protegeId: sam.id, kind: 'note', text: 'Prefers phone' });
    const patSession = await startSession(pat.id);
    for (const who of [pat, sam]) {
      await keepFormDraft(FORMS.goal(who.id), { fields: { title: `Goal for ${who.name}` } });
      await keepFormDraft(FORMS.gratitude(who.id), { fields: { text: 'Thanks' } });
      await keepPendingEdit({ type: 'profile', id: who.id, field: 'role' }, 'Director');
      await keepPendingEdit({ type: 'agreement', id: who.id, field: 'timeline' }, 'Six months');
    }
    await keepPendingEdit({ type: 'note-text', id: patNote.id }, 'Wants Copilot, soon');
    await keepPendingEdit({ type: 'note-text', id: samNote.id }, 'Prefers phone calls');
    await keepFormDraft(FORMS.addProtege, { fields: { name: 'Pat Lee' }, submittedId: pat.id });
    const capture = { text: 'Read this', url: 'https://example.com/', title: 'Example', capturedAt: 1 };
    await unsavedCaptures.setValue([
      { ...capture, protegeId: pat.id },
      { ...capture, protegeId: sam.id },
    ]);
    await wrapUpDraft.setValue({ sessionId: patSession.id, stage: '', thanks: 'Thanks', nextMeeting: '', summary: '' });
    await lastProtegeId.setValue(pat.id);
    await lastPopupTip.setValue({ protegeId: pat.id, tipId: 'some-tip' });
    await quickNoteDraft.setValue({ text: 'About Pat', kind: 'note', protegeId: pat.id });
    await panelNoteDraft.setValue({ text: 'About Sam', kind: 'action', protegeId: sam.id });
    await sessionNoteDraft.setValue({ text: 'In Pat’s session', kind: 'note', protegeId: pat.id });

    await removeProtege(pat.id);

    expect(await getProtege(pat.id)).toBeUndefined();
    expect(await pickerSnapshot.getValue()).toEqual([{ id: sam.id, name: 'Sam Roe' }]);
    expect(await readFormDraft(FORMS.goal(pat.id))).toBeNull();
    expect(await readFormDraft(FORMS.gratitude(pat.id))).toBeNull();
    expect(await readFormDraft(FORMS.addProtege)).toBeNull();
    expect(await readPendingEdit({ type: 'profile', id: pat.id, field: 'role' })).toBeUndefined();
    expect(await readPendingEdit({ type: 'agreement', id: pat.id, field: 'timeline' })).toBeUndefined();
    expect(await readPendingEdit({ type: 'note-text', id: patNote.id })).toBeUndefined();
    expect(await wrapUpDraft.getValue()).toBeNull();
    expect(await lastProtegeId.getValue()).toBeNull();
    expect(await lastPopupTip.getValue()).toBeNull();
    expect((await unsavedCaptures.getValue()).map((c) => c.protegeId)).toEqual([sam.id]);
    expect(await quickNoteDraft.getValue()).toEqual(EMPTY_DRAFT);
    expect(await sessionNoteDraft.getValue()).toEqual(EMPTY_DRAFT);
    expect(await panelNoteDraft.getValue()).toEqual({ text: 'About Sam', kind: 'action', protegeId: sam.id });

    expect(await readFormDraft(FORMS.goal(sam.id))).toEqual({ fields: { title: 'Goal for Sam Roe' } });
    expect(await readFormDraft(FORMS.gratitude(sam.id))).not.toBeNull();
    expect((await readPendingEdit({ type: 'profile', id: sam.id, field: 'role' }))?.value).toBe('Director');
    expect((await readPendingEdit({ type: 'agreement', id: sam.id, field: 'timeline' }))?.value).toBe('Six months');
    expect((await readPendingEdit({ type: 'note-text', id: samNote.id }))?.value).toBe('Prefers phone calls');
  });

  it('keeps an add-protégé draft that was for someone else', async () => {
    const { pat } = await twoProteges();
    await keepFormDraft(FORMS.addProtege, { fields: { name: 'Kim' } });
    await removeProtege(pat.id);
    expect(await readFormDraft(FORMS.addProtege)).toEqual({ fields: { name: 'Kim' } });
  });
});

describe('the picker snapshot', () => {
  it('never names a deleted protégé, even when a page with a stale list writes it afterwards', async () => {
    const { pat, sam } = await twoProteges();
    const staleList = await listProteges();
    await removeProtege(pat.id);
    // A page whose live query had not answered yet still lists Pat.
    await keepPickerSnapshot(staleList);
    expect(await pickerSnapshot.getValue()).toEqual([{ id: sam.id, name: 'Sam Roe' }]);
  });

  it.each([
    ['the stale write first', true],
    ['the deletion first', false],
  ])('holds when a stale write and a deletion run at once (%s)', async (_, staleFirst) => {
    const { pat, sam } = await twoProteges();
    const staleList = await listProteges();
    const seen: string[][] = [];
    const unwatch = pickerSnapshot.watch((entries) => seen.push((entries ?? []).map((e) => e.id)));
    const renamed = staleList.map((p) => ({ ...p, name: `${p.name} (renamed)` }));
    const writes = staleFirst
      ? [keepPickerSnapshot(renamed), removeProtege(pat.id)]
      : [removeProtege(pat.id), keepPickerSnapshot(renamed)];
    await Promise.all(writes);
    unwatch();
    expect(await pickerSnapshot.getValue()).toEqual([{ id: sam.id, name: sam.name }]);
    // Once Pat was out of the snapshot, Pat never came back.
    const out = seen.findIndex((ids) => !ids.includes(pat.id));
    expect(out).toBeGreaterThanOrEqual(0);
    expect(seen.slice(out).every((ids) => !ids.includes(pat.id))).toBe(true);
  });
});
