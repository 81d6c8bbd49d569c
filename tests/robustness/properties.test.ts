// Property-based tests for the pieces every feed string passes through: the terminal
// sanitiser, the plain-text live-blog parser and the HTML-to-text converter. Seeds are
// random on purpose; a failure prints the seed and path that reproduce it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/parse/html-to-text.js';
import { parseLiveBlog } from '../../src/parse/parse-live-blog.js';
import { sanitizeForTerminal, sanitizeLine } from '../../src/text/sanitize-for-terminal.js';
import { liveBlog, liveBlogNoise } from '../fixtures/live-blog-arbitrary.js';
import { findDangerous } from './terminal-safety.js';

const RUNS = { numRuns: 300 };

// Every character class the sanitiser has a rule for, plus neighbours that must survive.
const SPECIAL = [
  '\u0000', '\u0007', '\b', '\t', '\n', '\r', '\r\n', '\u001b', '\u001b[31m', '\u001b]52;c;AA==\u0007', '\u007f',
  '\u0080', '\u0085', '\u009b', '\u009c', '\u009f', '\u00a0', '\u061c', '\u200d', '\u200e', '\u200f', '\u202a',
  '\u202e', '\u2066', '\u2069', '\u2028', '\u2029', '\ufeff', '\ud83d\ude42', '\ud800', '\u200b', '\u00ad',
  '\u200c', '\u0645\u200c\u0649', '\ud83d\udc69\u200d\ud83d\udc67', '\udb40\udc69',
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(''));
/** Any text, as fast-check builds it plus a heavy dose of control characters. */
const anyText = fc.oneof(hostileText, fc.string({ unit: 'binary' }));
/** Text with nothing for the sanitiser to change (tabs and CRs are rewritten, format characters dropped, so excluded). */
const printableText = fc
  .string({ unit: 'binary' })
  .filter((text) => findDangerous(text) === null)
  .map((text) => text.replace(/[\t\r\p{Cf}]/gu, ''));
// Format characters the sanitiser drops (all but the bidi controls, which it marks).
const DROPPED = /(?![\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069])\p{Cf}/gu;

describe('sanitizeForTerminal', () => {
  it('never outputs a dangerous character', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(findDangerous(sanitizeForTerminal(text))).toBeNull();
        expect(findDangerous(sanitizeLine(text))).toBeNull();
        expect(sanitizeLine(text)).not.toContain('\n');
      }),
      RUNS,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = sanitizeForTerminal(text);
        expect(sanitizeForTerminal(once)).toBe(once);
        expect(sanitizeLine(sanitizeLine(text))).toBe(sanitizeLine(text));
      }),
      RUNS,
    );
  });

  it('leaves printable text unchanged', () => {
    fc.assert(
      fc.property(printableText, (text) => {
        expect(sanitizeForTerminal(text)).toBe(text);
      }),
      RUNS,
    );
  });

  it('replaces each unsafe character by one marker and keeps everything else in order', () => {
    fc.assert(
      fc.property(
        anyText.map((text) => text.replace(DROPPED, '')),
        (text) => {
          // Only CR LF shrinks (to LF); every other code unit maps to exactly one.
          const expectedLength = text.length - (text.match(/\r\n/g)?.length ?? 0);
          expect(sanitizeForTerminal(text)).toHaveLength(expectedLength);
        },
      ),
      RUNS,
    );
  });

  it('drops invisible format characters, keeping a joiner only between the letters or emoji it joins', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const clean = sanitizeForTerminal(text);
        expect(clean.length).toBeLessThanOrEqual(text.length);
        for (const match of clean.matchAll(DROPPED)) {
          expect(['\u200c', '\u200d']).toContain(match[0]);
          const index = match.index ?? 0;
          expect(index > 0 && index < clean.length - 1, JSON.stringify(clean)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

const fallbackDate = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
  fc.constant(new Date(Number.NaN)),
);

describe('parseLiveBlog', () => {
  it('never throws on arbitrary text, and keeps its promises about the result', () => {
    fc.assert(
      fc.property(fc.oneof(liveBlogNoise, anyText), fallbackDate, (text, date) => {
        const feed = parseLiveBlog(text, { fallbackDate: date });
        expect(feed.kind).toBe('live-blog');
        for (const update of feed.updates) {
          expect(update.title.trim()).not.toBe('');
          expect(update.time === null || Number.isFinite(update.time)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('finds exactly the generated entries, with their titles, in order', () => {
    fc.assert(
      fc.property(liveBlog, fallbackDate, (blog, date) => {
        const feed = parseLiveBlog(blog.text, { fallbackDate: date });
        expect(feed.updates.map((update) => update.title)).toEqual(blog.entries.map((entry) => entry.title));
        for (const update of feed.updates) {
          expect(update.time === null || Number.isFinite(update.time)).toBe(true);
          expect(update.timeText).not.toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('gives every entry a time when the zone is known and a day can be found', () => {
    const blog = liveBlog.filter((b) => b.entries.length > 0 && !b.text.includes('XYZ'));
    fc.assert(
      fc.property(blog, (generated) => {
        const feed = parseLiveBlog(generated.text, { fallbackDate: new Date(Date.UTC(2020, 7, 18)) });
        for (const update of feed.updates) expect(update.time).not.toBeNull();
      }),
      RUNS,
    );
  });
});

// Markup built from parts whose text is known: words only, so every '<' in the input
// belongs to markup and none may survive, and the words must come out in order.
const htmlWord = fc.constantFrom('alpha', 'bravo', 'charlie', 'delta', 'echo');
const htmlPart = fc.oneof(
  { weight: 4, arbitrary: htmlWord.map((word) => ({ html: ` ${word} `, words: [word] })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom('p', 'div', 'b', 'em', 'a', 'span', 'li', 'ul', 'ol', 'blockquote', 'h2', 'td', 'tr', 'table'),
        fc.boolean(),
        fc.constantFrom('', ' class="x"', ' title="a > b"', " data-x='<p>'", ' href="https://x.example/?a=1&amp;b=2"'),
      )
      .map(([name, closing, attributes]) => ({ html: closing ? `</${name}>` : `<${name}${attributes}>`, words: [] })),
  },
  { weight: 1, arbitrary: fc.constantFrom('<br>', '<br/>', '<img src="x.png" alt="<b>"/>', '<hr>').map((html) => ({ html, words: [] })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<script>hidden("<b>")</script>',
      '<style>p > b { x: 1 }</style>',
      '<!-- hidden <b> -->',
      '<?php hidden ?>',
    ).map((html) => ({ html, words: [] })),
  },
);

describe('htmlToText', () => {
  it('never throws and never loops on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.array(htmlPart).map((parts) => parts.map((p) => p.html).join('<'))), (html) => {
        expect(typeof htmlToText(html)).toBe('string');
      }),
      RUNS,
    );
  });

  it('removes every tag and keeps the text in order', () => {
    fc.assert(
      fc.property(fc.array(htmlPart, { maxLength: 40 }), (parts) => {
        const text = htmlToText(parts.map((part) => part.html).join(''));
        expect(text).not.toMatch(/<\/?[A-Za-z!?]/);
        expect(text).not.toContain('hidden');
        const words = text.split(/\s+/).filter((token) => /^[a-z]+$/.test(token));
        expect(words).toEqual(parts.flatMap((part) => part.words));
      }),
      RUNS,
    );
  });
});
