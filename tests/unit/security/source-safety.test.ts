import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productSourceFiles } from './product-source';

// Whole-repo invariants over the product's own source: text is never turned into HTML or code.

const FORBIDDEN = [
  { what: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { what: 'assigning innerHTML or outerHTML', pattern: /\.(?:inner|outer)HTML\s*\+?=/ },
  { what: 'insertAdjacentHTML', pattern: /insertAdjacentHTML\s*\(/ },
  { what: 'document.write', pattern: /document\.write(?:ln)?\s*\(/ },
  { what: 'eval', pattern: /(?<![\w$.])eval\s*\(/ },
  { what: 'new Function', pattern: /\bnew\s+Function\b/ },
];

describe('product source', () => {
  it('never turns text into HTML or code', async () => {
    const files = await productSourceFiles();
    expect(files.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of files) {
      const code = await readFile(file, 'utf8');
      for (const { what, pattern } of FORBIDDEN) {
        if (pattern.test(code)) found.push(`${path.relative(process.cwd(), file)}: ${what}`);
      }
    }
    expect(found).toEqual([]);
  });
});
