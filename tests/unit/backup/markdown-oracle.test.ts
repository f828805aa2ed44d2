import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { BackupTables } from '../../../db/backup/format';
import { toMarkdown } from '../../../db/markdown-export';
import { HOSTILE_TEXTS } from './arbitraries';

/**
 * The export rendered by a real CommonMark renderer with every safety off: raw HTML passed
 * through and any link scheme accepted. Whatever the records hold, the HTML must have only the
 * elements the export itself writes, the same outline as ordinary text gives, and links only
 * to http(s) addresses on the page's own host.
 */
const renderer = new MarkdownIt('commonmark', { html: true });
renderer.validateLink = () => true;
type Token = ReturnType<typeof renderer.parse>[number];

/** Elements the export's own Markdown produces; anything else came from the text. */
const EXPORT_ELEMENTS = new Set(['P', 'H1', 'H2', 'H3', 'UL', 'LI', 'STRONG', 'EM', 'A', 'BR', 'HR']);

interface Fields {
  name: string;
  role: string;
  text: string;
  goal: string;
  agenda: string;
  url: string;
  title: string;
}

const PAT = '3f1c2b9e-6d4a-4c1e-9a51-2b7d8e0f4a11';
const SESSION = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const at = (d: number, h = 10) => new Date(2026, 0, d, h, 0).getTime();

const ORDINARY: Fields = {
  name: 'Pat Lee',
  role: 'Finance director',
  text: 'Wants to try Copilot',
  goal: 'Post once on LinkedIn',
  agenda: 'Hashtags',
  url: 'https://example.com/guide',
  title: 'A guide',
};

/** One record of every kind, each free-text field filled from `fields`. */
function records(fields: Fields): BackupTables {
  const { name, role, text, goal, agenda, url, title } = fields;
  return {
    proteges: [
      {
        id: PAT,
        name,
        generation: 'boomer',
        role,
        gaps: text,
        mentorSkills: text,
        preferences: text,
        agreement: { timeline: text, meetingFrequency: text, meetingAims: text },
        archived: false,
        createdAt: at(1),
        updatedAt: at(1),
      },
    ],
    goals: [{ id: '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e', protegeId: PAT, title: goal, done: false, createdAt: at(1) }],
    stageEvents: [
      { id: '8d9e0f1a-2b3c-4d4e-8f5a-6b7c8d9e0f1a', protegeId: PAT, stage: 'denial', at: at(1), evidence: text },
    ],
    sessions: [
      {
        id: SESSION,
        protegeId: PAT,
        startedAt: at(8, 14),
        endedAt: at(8, 15),
        agenda: [agenda, 'Second point'],
        wrapUp: { stage: 'resistance', thanks: text, summary: text },
      },
    ],
    notes: [
      {
        id: '0f1a2b3c-4d5e-4f6a-8b7c-8d9e0f1a2b3c',
        protegeId: PAT,
        sessionId: SESSION,
        kind: 'action',
        text,
        source: { kind: 'selection', url, title },
        done: false,
        createdAt: at(8, 14),
        updatedAt: at(8, 14),
      },
      {
        id: '2b3c4d5e-6f7a-4b8c-8d9e-0f1a2b3c4d5e',
        kind: 'note',
        text,
        source: { kind: 'shortcut', url, title },
        createdAt: at(10),
        updatedAt: at(10),
      },
    ],
    tipFeedback: [],
  };
}

function rawHtmlTokens(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token) => [
    ...(token.type === 'html_block' || token.type === 'html_inline' ? [token.content] : []),
    ...rawHtmlTokens(token.children ?? []),
  ]);
}

function render(markdown: string) {
  const tokens = renderer.parse(markdown, {});
  const page = document.createElement('template');
  page.innerHTML = renderer.renderer.render(tokens, renderer.options, {});
  return { raw: rawHtmlTokens(tokens), elements: [...page.content.querySelectorAll('*')] };
}

/**
 * The document's shape: its elements in order, leaving out line breaks, links (checked on their
 * own) and paragraphs (a blank line in a note makes its list item hold paragraphs).
 */
function outline(elements: readonly Element[]): string[] {
  return elements
    .filter((element) => !['BR', 'A', 'P'].includes(element.tagName))
    .map((element) => (/^H\d$/.test(element.tagName) ? `${element.tagName} ${element.textContent}` : element.tagName));
}

function isWebAddress(url: string) {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** What a one-line field reads as once rendered: whitespace runs as one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().replaceAll('\0', '\uFFFD');

const expectedOutline = outline(render(toMarkdown(records(ORDINARY))).elements);

function expectInertWhenRendered(fields: Fields) {
  const { raw, elements } = render(toMarkdown(records(fields)));
  expect(raw, 'no raw HTML reaches the page').toEqual([]);
  for (const element of elements) {
    expect(EXPORT_ELEMENTS, `no <${element.tagName.toLowerCase()}> from the text`).toContain(element.tagName);
    const attributes = element.getAttributeNames();
    expect(attributes, 'no attribute but a link’s href').toEqual(element.tagName === 'A' ? ['href'] : []);
  }
  const links = elements.filter((element) => element.tagName === 'A');
  const linked = isWebAddress(fields.url);
  // Two notes carry the page: each links it once, and only an http(s) page is linked at all.
  expect(links).toHaveLength(linked ? 2 : 0);
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    expect(new URL(href).protocol, href).toMatch(/^https?:$/);
    expect(new URL(href).host, 'the link goes to the page’s own host').toBe(new URL(fields.url).host);
    expect(link.textContent).toBe(oneLine(fields.title) || oneLine(fields.url));
    // A page's own title could claim any address: the host it really goes to follows it.
    const host = ` (${new URL(fields.url).host})`;
    if (oneLine(fields.title)) expect(link.nextSibling?.textContent?.slice(0, host.length)).toBe(host);
  }
  // Same headings, lists, quotes and rules as ordinary text: no line of the text became markup.
  const heading = `H1 ${oneLine(fields.name)}`;
  expect(outline(elements)).toEqual(expectedOutline.map((line) => (line === `H1 ${ORDINARY.name}` ? heading : line)));
}

/** Pieces that each try to become markup, a line break or a link. */
const MARKUP_PIECES = [
  ...HOSTILE_TEXTS,
  '<',
  '>',
  '</p>',
  '<!--',
  '-->',
  '<![CDATA[',
  '<?php',
  '<div>',
  '<a href="javascript:alert(1)">',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  ']: ',
  '[x]: javascript:alert(1)',
  '<https://example.org>',
  '<pat@example.com>',
  'javascript:',
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '#',
  '# ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  '    ',
  '\t',
  '```',
  '~~~',
  '---',
  '===',
  '***',
  '|',
  '&',
  '&lt;',
  '&#60;',
  '&#x3C;',
  '&amp;',
  '\\',
  '`',
  '*',
  '_',
  '~',
  '"',
  "'",
  '\0',
  '\u00A0',
  'Pat',
  ' ',
];

const hostileText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...MARKUP_PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map((pieces) => pieces.join(''))
  .filter((text) => text.trim() !== '');

const hostileUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom(
        'https://example.com/',
        'http://example.com/a?',
        'https://example.com/#',
        'mailto:pat@example.com',
        'javascript:',
        'JaVaScRiPt:',
        'data:text/html,',
        'vbscript:',
        'file:///',
        '',
      ),
      hostileText,
    )
    .map(([start, rest]) => start + rest),
);

const hostileFields: fc.Arbitrary<Fields> = fc.record({
  name: hostileText,
  role: hostileText,
  text: hostileText,
  goal: hostileText,
  agenda: hostileText,
  url: hostileUrl,
  title: fc.oneof(hostileText, fc.constant('')),
});

const withField = (changes: Partial<Fields>): Fields => ({ ...ORDINARY, ...changes });

describe('Markdown export, rendered by CommonMark with raw HTML on and every link scheme allowed', () => {
  it('renders ordinary records as the export’s own outline, with the page linked', () => {
    expect(expectedOutline).toContain('H1 Pat Lee');
    expect(expectedOutline).toContain('H3 Action items');
    expectInertWhenRendered(ORDINARY);
  });

  it.each<[string, Partial<Fields>]>([
    [
      'a mailto: address that closes the link and opens HTML',
      { url: 'mailto:pat@example.com><img src=x onerror=alert(1)><a href="javascript:alert(2)">x</a>' },
    ],
    ['a mailto: address that closes the link and opens another', { url: 'mailto:a@b.c>) [go](javascript:alert(1)' }],
    ['an http(s) address with brackets and parentheses', { url: 'https://example.com/a)b](c)[d' }],
    ['an address whose query holds a tag', { url: 'https://example.com/?q=<img src=x onerror=alert(1)>' }],
    ['an address whose fragment closes the destination', { url: 'https://example.com/#"><script>alert(1)</script>' }],
    ['an address with backslashes', { url: 'https://example.com/a\\b?c\\>d#e\\)f' }],
    ['an address with an entity in its query', { url: 'https://example.com/?a=&lt;b&#62;c&amp;d' }],
    ['an address with spaces', { url: 'https://example.com/a b?c d#e f' }],
    ['a javascript: address', { url: 'javascript:alert(1)' }],
    ['a data: address', { url: 'data:text/html,<script>alert(1)</script>' }],
    ['a title that is a link', { title: '[click](javascript:alert(1))' }],
    ['a title that is HTML', { title: '<img src=x onerror=alert(1)>' }],
    ['a lone carriage return before a heading', { text: 'first\r# fake heading\r- fake item' }],
    ['a carriage return in a name', { name: 'Pat\r# Second heading' }],
    ['Unicode line and paragraph separators', { text: 'first\u2028# fake\u2029> quote\u0085---' }],
    ['CRLF before a setext underline', { text: 'Title\r\n===\r\n<div>x</div>' }],
    ['an HTML block after a line break', { text: 'first\n<div onclick="alert(1)">x</div>' }],
    ['a comment and a processing instruction', { text: '<!-- x --> <?php x ?> <![CDATA[ x ]]>' }],
    ['a link reference definition', { text: 'see [x]\n[x]: javascript:alert(1)' }],
    ['an autolink and an email autolink', { text: '<javascript:alert(1)> <https://evil.example> <a@b.c>' }],
    ['a heading’s closing hashes', { name: 'Pat ##' }],
    ['entities', { text: '&lt;script&gt; &#60;img&#62; &#x3C;a&#x3E;' }],
    ['indented code and fences', { text: 'a\n\n    code\n```\nfence\n```\n~~~' }],
  ])('keeps %s inert', (_case, changes) => {
    expectInertWhenRendered(withField(changes));
  });

  it('keeps generated hostile notes, names, titles and addresses inert', () => {
    fc.assert(fc.property(hostileFields, expectInertWhenRendered), { numRuns: 200 });
  }, 60_000);
});
