// fast-check generators for documents shaped like live blogs, built to the rules of
// parse-live-blog.ts and parse-clock-time.ts so that the expected entries are known:
// every generated time line (one-line or split) must come back as exactly one update.

import fc from 'fast-check';

// Lower-case words without digits, month names, or "read/see/more/latest", so a body
// line can never read as a time line, a date line, a read-more stub or a lead-in.
const WORDS = ['army', 'capital', 'talks', 'minister', 'soldiers', 'calm', 'city', 'rebels', 'vote', 'night', 'aid'];

const word = fc.constantFrom(...WORDS);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '!', '?', '', ','))
  .map(([words, end]) => words.join(' ') + end);

/** A headline: capitalised words; never empty, so it always counts. */
const title = fc
  .array(word, { minLength: 1, maxLength: 6 })
  .map((words) => words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' '));

const clock24 = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(':', '.', 'h'))
  .map(([h, m, mark]) => `${h}${mark}${String(m).padStart(2, '0')}`);
const clock12 = fc
  .tuple(
    fc.integer({ min: 1, max: 12 }),
    fc.option(fc.integer({ min: 0, max: 59 })),
    fc.constantFrom('am', 'pm', 'a.m.', 'p.m.', 'AM', 'PM'),
    fc.constantFrom('', ' '),
  )
  .map(([h, m, meridiem, gap]) => `${h}${m === null ? '' : `:${String(m).padStart(2, '0')}`}${gap}${meridiem}`);

// Known zones, offsets, parentheses, an unknown upper-case zone (time null), or none (UTC).
const zone = fc.constantFrom('', ' GMT', ' BST', ' EDT', ' IST', ' (CET)', ' GMT+2', ' UTC-03:30', ' XYZ');

/** Hyphen only with a space after it: "15:30-16:00" is a range, not a separator. */
const separator = fc.constantFrom(' – ', '–', ' — ', '—', ' - ', ': ', ':', ' | ', '|', '  –  ');

const datePrefix = fc.constantFrom('', '18 August 2020, ', 'August 18, 2020 at ', '2020-08-18 ', 'Tuesday 18 August 2020 – ');

const dateHeader = fc.constantFrom('Tuesday 18 August 2020', 'August 19, 2020', '2020-08-17', 'Last updated: 18 August 2020');

export interface GeneratedEntry {
  title: string;
  lines: string[];
}

const oneLineEntry = fc
  .tuple(datePrefix, fc.oneof(clock24, clock12), zone, separator, title)
  .map(([date, clock, z, sep, t]): GeneratedEntry => ({ title: t, lines: [`${date}${clock}${z}${sep}${t}`] }));

/** "16:40 GMT" alone, optionally trailed by a separator, the title on the next non-blank line. */
const splitEntry = fc
  .tuple(fc.oneof(clock24, clock12), zone, fc.constantFrom('', ' –', ':', ' |'), fc.integer({ min: 0, max: 2 }), title)
  .map(([clock, z, tail, blanks, t]): GeneratedEntry => ({
    title: t,
    lines: [`${clock}${z}${tail}`, ...Array<string>(blanks).fill(''), t],
  }));

const caption = fc.constantFrom('Soldiers in the capital [Photo/Reuters]', 'A crowd gathers (Photo: AFP)');
const bodyLine = fc.oneof({ weight: 5, arbitrary: sentence }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: caption });

export interface GeneratedBlog {
  text: string;
  entries: GeneratedEntry[];
}

export const liveBlog: fc.Arbitrary<GeneratedBlog> = fc
  .record({
    heading: fc.option(title),
    lead: fc.array(sentence, { maxLength: 3 }),
    blocks: fc.array(
      fc.record({
        header: fc.option(dateHeader, { freq: 4 }),
        entry: fc.oneof({ weight: 3, arbitrary: oneLineEntry }, { weight: 1, arbitrary: splitEntry }),
        body: fc.array(bodyLine, { maxLength: 4 }),
      }),
      { maxLength: 8 },
    ),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .map(({ heading, lead, blocks, newline }) => {
    const lines = [...(heading === null ? [] : [heading, '']), ...lead, ''];
    for (const block of blocks) {
      if (block.header !== null) lines.push(block.header);
      lines.push(...block.entry.lines, ...block.body, '');
    }
    return { text: lines.join(newline), entries: blocks.map((block) => block.entry) };
  });

/** Arbitrary text biased towards the pieces the parser looks for, so odd mixes are common. */
export const liveBlogNoise: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('16:40', '4pm', '12.05', '23h59', ' GMT', ' (', 'EDT+', ' – ', '-', ':', '|', '\n', '\r', '\n\n'),
      fc.constantFrom('18 August 2020', 'May ', 'Last updated: ', '[Photo/AP]', 'Read more', '\uFEFF', ' at '),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
