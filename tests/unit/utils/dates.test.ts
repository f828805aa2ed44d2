import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../db/errors';
import { parseDateInput } from '../../../utils/dates';

describe('parseDateInput', () => {
  it.each([
    ['2027-03-01', 2027, 2, 1],
    ['2000-01-01', 2000, 0, 1],
    ['9999-12-31', 9999, 11, 31],
    ['2028-02-29', 2028, 1, 29],
    [' 2026-11-05 ', 2026, 10, 5],
  ])('reads %s as local midnight of that day, year in full', (typed, year, month, day) => {
    const at = parseDateInput(typed)!;
    const date = new Date(at);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([
      year,
      month,
      day,
      0,
      0,
    ]);
  });

  it.each(['', '   '])('reads a blank date (%j) as no date', (typed) => {
    expect(parseDateInput(typed)).toBeUndefined();
  });

  it.each([
    ['0202-05-01', 'The date is in the year 202. Choose a day from 2000 to 9999.'],
    ['1969-12-31', 'The date is in the year 1969. Choose a day from 2000 to 9999.'],
    ['0001-01-01', 'The date is in the year 1. Choose a day from 2000 to 9999.'],
    ['1999-12-31', 'The date is in the year 1999. Choose a day from 2000 to 9999.'],
    ['10000-01-01', 'The date is in the year 10000. Choose a day from 2000 to 9999.'],
    ['2027-02-30', 'That day does not exist. Choose another.'],
    ['2027-13-01', 'That day does not exist. Choose another.'],
    ['2027-3-1', 'That date is not complete. Choose a day, or clear the date.'],
  ])('refuses %s with a message instead of storing another day', (typed, message) => {
    expect(() => parseDateInput(typed)).toThrow(new InvalidInputError(message));
  });
});
