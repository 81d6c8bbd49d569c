// What the chunker finds in a sentence: who is mentioned and how.

export type MentionKind = 'name' | 'role' | 'pronoun' | 'outlet' | 'crowd' | 'institution';

export interface Mention {
  /** Token range [start, end) in its block. */
  start: number;
  end: number;
  kind: MentionKind;
  /** "Maria van der Sefton", "Harbour Commission"; for institutions the noun ("Police"). */
  name: string | null;
  /** Role words as written, without the article ("chief executive of the Harbour Trust", "goalkeeper"). */
  role: string | null;
  /** The role's head noun, lower case ("executive", "agency", "spokesperson"). */
  head: string | null;
  /** "the goalkeeper" points back, "a spokesperson" brings in someone new; null for names. */
  definite: boolean | null;
  /** An organisation or country (true), a person (false), or not known (null). */
  org: boolean | null;
  /** Whom the role belongs to: "for the company", "a UN spokeswoman", "Kessel’s spokesperson". */
  owner: Mention | null;
  gender: 'm' | 'f' | null;
  /** Followed by ’s: it owns the next noun and is not the speaker itself. */
  possessive: boolean;
  /** An acronym given in brackets after the name: "Harbour Trust of Ruritania (HTR)". */
  alias: string | null;
  /** he, she, it, they. */
  pronoun: string | null;
}

export function blankMention(start: number, end: number, kind: MentionKind): Mention {
  return {
    start, end, kind, name: null, role: null, head: null, definite: null, org: null, owner: null,
    gender: null, possessive: false, alias: null, pronoun: null,
  };
}
