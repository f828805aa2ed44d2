import { describe, expect, it } from 'vitest';
import { newId } from '../../../db/database';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('makes version-7 UUIDs that carry the time', () => {
    const id = newId(Date.UTC(2027, 0, 1));
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2027, 0, 1));
  });

  it('sorts in creation order, within one millisecond and when the clock steps back', () => {
    const at = Date.UTC(2030, 5, 1);
    const ids = [newId(at), newId(at), newId(at), newId(at - 5_000), newId(at + 1), newId(at + 1)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stays ordered past 4096 ids in one millisecond', () => {
    const at = Date.UTC(2031, 0, 1);
    const ids = Array.from({ length: 5000 }, () => newId(at));
    expect([...ids].sort()).toEqual(ids);
  });
});
