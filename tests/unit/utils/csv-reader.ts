/**
 * A strict RFC 4180 reader for tests: it refuses what the RFC does not allow (a quote inside an
 * unquoted field, a line break outside quotes, a last record without its CRLF), so a test that
 * reads a file back also checks that it was written by the rules.
 */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const char = text[i]!;
    if (atFieldStart && char === '"') {
      // A quoted field runs to the quote that is not doubled.
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('a quoted field is not closed');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i];
        i++;
      }
      if (i < text.length && text[i] !== ',' && text.slice(i, i + 2) !== '\r\n') {
        throw new Error(`text after a closing quote at ${i}`);
      }
      atFieldStart = false;
      continue;
    }
    if (char === ',') {
      row.push(field);
      field = '';
      i++;
      atFieldStart = true;
      continue;
    }
    if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
      atFieldStart = true;
      continue;
    }
    if (char === '\r' || char === '\n') throw new Error(`a line break outside quotes at ${i}`);
    if (char === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
    field += char;
    i++;
    atFieldStart = false;
  }
  if (field !== '' || row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}
