// Remembers who has been named so far in one update, so that "he said" or
// "the bloc said" can point back to them.

import type { Speaker } from './find-names.js';

export interface Mention {
  actor: string;
  role: string | null;
  person: boolean;
}

const PERSON_WORDS = new Set(['he', 'she']);
const BODY_WORDS = new Set([
  'it', 'they', 'bloc', 'ministry', 'group', 'government', 'organisation', 'organization', 'movement',
  'party', 'council', 'union', 'army', 'military', 'junta', 'embassy', 'department', 'office',
  'alliance', 'coalition', 'commission', 'committee', 'body', 'administration', 'presidency',
  'company', 'firm', 'country', 'court', 'regime', 'kremlin', 'mission', 'authorities',
  'agency', 'authority', 'service', 'federation', 'association',
]);

export class ActorMemory {
  private readonly body: Mention[] = [];
  private readonly title: Mention[] = [];

  remember(mention: Mention, fromTitle: boolean): void {
    (fromTitle ? this.title : this.body).push(mention);
  }

  /** Who a named or referring speaker stands for; null when nobody fits. */
  resolve(speaker: Speaker): Mention | null {
    if (speaker.kind === 'blocked') return null;
    if (speaker.kind === 'named') return { actor: speaker.actor, role: speaker.role, person: speaker.person };
    const word = speaker.word;
    const found =
      this.find(this.body, word, true) ?? this.find(this.title, word, true) ??
      this.find(this.body, word, false) ?? this.find(this.title, word, false);
    if (found === null) return null;
    return { ...found, role: found.role ?? speaker.role };
  }

  /** Latest mention that fits `word`; with `strict` off, a bare pronoun takes the latest of all. */
  private find(list: readonly Mention[], word: string, strict: boolean): Mention | null {
    const pronounLike = PERSON_WORDS.has(word) || BODY_WORDS.has(word);
    if (!strict) return pronounLike ? (list[list.length - 1] ?? null) : null;
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (m === undefined) continue;
      if (PERSON_WORDS.has(word) ? m.person : BODY_WORDS.has(word) ? !m.person : roleHas(m, word)) return m;
    }
    return null;
  }
}

// "the president", "the spokesman": only someone already given that role.
function roleHas(m: Mention, word: string): boolean {
  return (m.role ?? '').toLowerCase().includes(word);
}
