// Runs every attribution pattern over the read document and collects what they propose.

import { SHAPE_ROWS, type ShapeRow } from './attribution-patterns.js';
import type { Candidate } from './candidate.js';
import { DISCOURSE_ROWS, type DocumentView } from './discourse-patterns.js';
import { W } from './lexicon/lexicon.js';
import type { Element, ReadSentence } from './read-elements.js';
import { verbLike } from './sentence-subjects.js';

interface CompiledRow {
  row: ShapeRow;
  re: RegExp;
  /** Codes the shape cannot match without, as a mask: a row is not tried on a sentence that lacks one. */
  needs: number;
}

const MASKED = 'QVGTUS:';

function maskOf(codes: Iterable<string>): number {
  let mask = 0;
  for (const c of codes) {
    const bit = MASKED.indexOf(c);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

let compiled: CompiledRow[] | null = null;

/** The element codes a shape requires: those outside character classes, look-arounds and optional parts. */
export function requiredCodes(source: string): string[] {
  let plain = source
    .replace(/\[[^\]]*\]/gu, 'x')
    .replace(/\(\?<?[=!][^()]*\)/gu, '')
    .replace(/\(\?(?:<\w+>|:)/gu, '(');
  for (let before = ''; before !== plain; ) {
    before = plain;
    plain = plain.replace(/\([^()]*\)[?*]/gu, '');
  }
  return [...new Set(plain.replace(/.[?*]/gu, '').match(/[QVGTUS:]/gu) ?? [])];
}

function rows(): CompiledRow[] {
  compiled ??= SHAPE_ROWS.map((row) => ({ row, re: new RegExp(row.shape.source, 'gd'), needs: maskOf(requiredCodes(row.shape.source)) }));
  return compiled;
}

// ", Reuters reports." / ", reports the Express." / ", reports Jane Doe for Harbour Radio in Lisbon.": the
// outlet passing it on is not part of what was said.
const OUTLET_TAIL = /,(?:O[VC]|[VC]O|[VC]Sw?O)[^QV]*$/u;
// Only sentences with one of these can hold an attribution.
const CAN_ATTRIBUTE = /[QVGTU:]/u;

type Span = [number, number] | undefined;

function tokens(elements: readonly Element[], span: Span, limit: number): [number, number] | null {
  if (span === undefined || span[1] <= span[0]) return null;
  const from = elements[span[0]]?.start ?? 0;
  const to = Math.min(elements[span[1] - 1]?.end ?? 0, limit);
  return to > from ? [from, to] : null;
}

// Where what a verb reports stops: "called on A and urged B", "denied A, saying B",
// "reported 12 cases and another clinic has reported 9".
const NEXT_REPORT = /A[wSC]{0,3}[,r]*V|,G/gu;

function cutAtSecondVerb(codes: string, span: Span): Span {
  if (span === undefined) return span;
  NEXT_REPORT.lastIndex = span[0] + 1;
  const m = NEXT_REPORT.exec(codes);
  return m !== null && m.index < span[1] ? [span[0], m.index] : span;
}

/** The span begins with a subject and its verb. */
function opensClause(s: ReadSentence, span: Span): boolean {
  if (span === undefined) return false;
  const first = s.elements[span[0]];
  // Only a known subject: a country, a body or a person's full name ("Ruritania drops …", not "Fresh warnings …").
  const known = first?.mention !== undefined && first.mention.kind === 'name' && first.mention.org !== null;
  return known && verbLike(s, s.elements[span[0] + 1], true);
}

function fromMatch(r: ShapeRow, s: ReadSentence, m: RegExpExecArray, limit: number): Candidate | null {
  const groups = m.indices?.groups ?? {};
  const sIndex = groups['s']?.[0];
  const mention = sIndex === undefined ? undefined : s.elements[sIndex]?.mention;
  if (mention === undefined) return null;
  // "France and Niger asked …": neither alone said it.
  const before = sIndex === undefined ? undefined : s.elements[sIndex - 1];
  const first = s.elements[(sIndex ?? 0) - 2]?.mention;
  if (before?.code === 'A' && s.block.tokens[before.start]?.lower === 'and' && first?.kind === 'name' && mention.kind === 'name' && mention.role === null) return null;
  const verb = groups['v'] === undefined ? undefined : s.elements[groups['v'][0]]?.verb;
  const qElement = groups['q'] === undefined ? undefined : s.elements[groups['q'][0]];
  const parts: Array<[number, number]> = [];
  for (const name of ['rest', 'rest2']) {
    const whole = groups[name];
    // What was said is only a quotation: the quote rows have it.
    if (r.set === 'body' && whole !== undefined && /^[Q,.:;\-]*$/u.test(s.codes.slice(whole[0], whole[1]))) return null;
    const span = tokens(s.elements, cutAtSecondVerb(s.codes, whole), limit);
    if (span !== null) parts.push(span);
  }
  // A headline's quotation with its speaker is the statement itself.
  if (r.kind === 'statement' && parts.length === 0 && qElement !== undefined) parts.push([qElement.start, qElement.end]);
  if (r.kind === 'statement' && parts.length === 0) return null;
  if (r.kind === 'quote' && qElement?.quote === undefined) return null;
  // "Asked about the aid, the spokesman said": the opening participle is the question, not the answer.
  if (r.trailing === true && (s.block.tokens[s.elements[groups['rest']?.[0] ?? 0]?.start ?? 0]?.flags ?? 0) & W.OPENER) return null;
  if (r.trailing === true && verb !== undefined) {
    // "…, the ministry said on Monday." — not "…, it called on governments to act."
    if (verb.form.row.takes === 'object') return null;
    let after = 0;
    for (let k = verb.end; k < limit; k++) {
      const t = s.block.tokens[k];
      // "The repairs, she said, would take a month": the sentence goes on after the speaker.
      if (t?.text === ',' && s.block.tokens[k + 1]?.kind === 'word') return null;
      if (t?.kind === 'word') after++;
    }
    if (after > 6) return null;
  }
  // "continued" and the like report speech only beside a quotation.
  if (verb?.form.row.quoteOnly === true && qElement === undefined) return null;
  // "Jane Doe: Ruritania drops inquiry" is a topic and its news, not something Jane Doe said.
  if (r.id === 'headline-speaker-colon' && opensClause(s, groups['rest'])) return null;
  const weak = verb?.form.row.weak === true;
  const candidate: Candidate = {
    row: r.id,
    score: weak ? r.score * 0.85 : r.score,
    kind: r.kind,
    block: s.block.index,
    quote: r.kind === 'quote' ? qElement?.quote ?? null : null,
    parts,
    speaker: { mention, block: s.block.index, sentence: s.index },
    stance: verb?.stance ?? 'says',
    sentence: s.index,
  };
  if (r.confirm === true) candidate.needsConfirmation = true;
  return candidate;
}

function proposeInSentence(s: ReadSentence, out: Candidate[]): void {
  if (!CAN_ATTRIBUTE.test(s.codes)) return;
  const headline = s.block.kind === 'headline';
  let codes = s.codes;
  let limit = s.sentence.end;
  const tail = OUTLET_TAIL.exec(codes);
  // After its verb, an outlet only passes words on if the verb is "reports" ("…, reports the Express").
  const verb = tail === null ? undefined : s.elements[tail.index + 1]?.verb;
  if (tail !== null && (verb === undefined || verb.form.row.lemma === 'report')) {
    limit = s.elements[tail.index]?.start ?? limit;
    codes = codes.slice(0, tail.index) + 'x'.repeat(tail[0].length - 1) + '.';
  }
  const present = maskOf(codes);
  for (const { row, re, needs } of rows()) {
    if ((row.set === 'headline') !== headline || (present & needs) !== needs) continue;
    re.lastIndex = 0;
    for (let m = re.exec(codes); m !== null; m = re.exec(codes)) {
      const c = fromMatch(row, s, m, limit);
      if (c !== null) out.push(c);
      re.lastIndex = m.index + 1;
    }
  }
}

/** Every candidate attribution in the document, from sentence rows then discourse rows. */
export function proposeCandidates(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  for (const sentences of doc.read) for (const s of sentences) proposeInSentence(s, out);
  for (const row of DISCOURSE_ROWS) row.propose(doc, out);
  return out;
}
