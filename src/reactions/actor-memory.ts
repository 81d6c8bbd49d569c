// Remembers who has been named so far in one update, so that "he said" or
// "the bloc said" can point back to them.

import type { Speaker } from './find-names.js';

export interface Mention {
  actor: string;
  role: string | null;
  person: boolean;
  /** Described, not named ("a senior official"): shown with no actor, `actor` holds the description. */
  anonymous?: boolean;
}

const PERSON_WORDS = new Set(['he', 'she']);
const BODY_WORDS = new Set([
  'it', 'they', 'bloc', 'ministry', 'group', 'government', 'organisation', 'organization', 'movement',
  'party', 'council', 'union', 'army', 'military', 'junta', 'embassy', 'department', 'office',
  'alliance', 'coalition', 'commission', 'committee', 'body', 'administration', 'presidency',
  'company', 'firm', 'country', 'court', 'regime', 'kremlin', 'mission', 'authorities',
  'agency', 'authority', 'service', 'federation', 'association', 'charity',
]);

// Nouns for organisations, as opposed to the pronouns "it" and "they".
const INSTITUTION_WORDS = new Set([...BODY_WORDS].filter((w) => w !== 'it' && w !== 'they'));

export class ActorMemory {
  private readonly body: Mention[] = [];
  private readonly title: Mention[] = [];

  remember(mention: Mention, fromTitle: boolean): void {
    (fromTitle ? this.title : this.body).push(mention);
  }

  /** Who a named or referring speaker stands for; null when nobody fits. */
  resolve(speaker: Speaker): Mention | null {
    if (speaker.kind === 'blocked') return null;
    if (speaker.kind === 'anonymous') {
      return { actor: speaker.role ?? 'unnamed source', role: speaker.role, person: true, anonymous: true };
    }
    if (speaker.kind === 'named') return { actor: speaker.actor, role: speaker.role, person: speaker.person };
    const word = speaker.word;
    const found = INSTITUTION_WORDS.has(word)
      ? this.institution(word, speaker.modifiers ?? [])
      : this.find(this.body, word, true) ?? this.find(this.title, word, true) ??
        this.find(this.body, word, false) ?? this.find(this.title, word, false);
    if (found === null) return null;
    return { ...found, role: found.role ?? speaker.role };
  }

  /**
   * "the ministry", "the transport ministry": the latest body this description fits.
   * A description with its own modifiers that fits nobody named so far is a new
   * actor in its own right ("the interior ministry said 37 people were detained"),
   * never the person or group quoted just before it.
   */
  private institution(word: string, said: readonly string[]): Mention | null {
    // "the regional bloc", "the 15-nation bloc": words any body of that kind could carry name none.
    const modifiers = said.filter((w) => !GENERIC_MODIFIERS.has(w) && !COUNTED.test(w));
    const wanted = [...modifiers, word];
    const fits = (m: Mention): boolean => {
      if (m.person) return false;
      const about = `${m.actor} ${m.role ?? ''}`.toLowerCase();
      return wanted.every((w) => about.includes(w));
    };
    const described = latest(this.body, fits) ?? latest(this.title, fits);
    if (described !== null) return described;
    if (modifiers.length === 0) {
      // "the bloc said" after "ECOWAS": a bare noun points back to the latest body.
      return latest(this.body, (m) => !m.person) ?? latest(this.title, (m) => !m.person);
    }
    const created: Mention = { actor: [...said, word].join(' '), role: null, person: false };
    this.body.push(created);
    return created;
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

const GENERIC_MODIFIERS = new Set([
  'regional', 'international', 'continental', 'global', 'world', 'main', 'powerful', 'influential',
  'national', 'local', 'ruling', 'west', 'western', 'african', 'european', 'asian', 'arab', 'new',
]);
const COUNTED = /^\d+-(?:nation|member|country|state|strong)$/u;

function latest(list: readonly Mention[], fits: (m: Mention) => boolean): Mention | null {
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i];
    if (m !== undefined && fits(m)) return m;
  }
  return null;
}

// "the president", "the spokesman": only someone already given that role.
function roleHas(m: Mention, word: string): boolean {
  return (m.role ?? '').toLowerCase().includes(word);
}
