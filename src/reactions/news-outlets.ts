// Who may never be shown as the author of a reaction. Outlets and wire services
// only relay what others said; witnesses and crowds are sources, not actors.

const OUTLETS: readonly string[] = [
  'reuters', 'ap', 'associated press', 'the associated press', 'afp', 'agence france-presse',
  'agence france presse', 'al jazeera', 'aljazeera', 'bbc', 'bbc news', 'cnn', 'dpa', 'efe', 'ansa',
  'xinhua', 'tass', 'ria novosti', 'interfax', 'anadolu', 'anadolu agency', 'kyodo', 'yonhap',
  'bloomberg', 'the new york times', 'new york times', 'the washington post', 'washington post',
  'the guardian', 'guardian', 'the times', 'the independent', 'financial times', 'the financial times',
  'the wall street journal', 'wall street journal', 'le monde', 'rfi', 'france 24', 'france24',
  'sky news', 'nbc', 'nbc news', 'cbs', 'cbs news', 'abc', 'abc news', 'fox news', 'npr', 'pbs',
  'euronews', 'dw', 'deutsche welle', 'politico', 'axios', 'the telegraph', 'telegraph', 'getty',
  'getty images', 'epa', 'anp', 'pa', 'pa media', 'press association', 'the hill', 'usa today',
];

const OUTLET_SET = new Set(OUTLETS);

// Capitalised at the start of a sentence, these look like names but are crowds.
const NOT_ACTORS = new Set([
  'witness', 'witnesses', 'protesters', 'protestors', 'demonstrators', 'residents', 'locals',
  'people', 'sources', 'officials', 'reports', 'analysts', 'observers', 'soldiers', 'troops',
  'critics', 'experts', 'diplomats', 'activists', 'supporters', 'crowds', 'many', 'some', 'others',
  'everyone', 'nobody', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'he', 'she',
  'they', 'we', 'i', 'you', 'reporters', 'journalists', 'correspondents', 'images', 'footage',
  'video', 'photos', 'police', 'media', 'state media', 'local media',
  // Unnamed groups that open headlines ("Strikers reject …"): people, not actors.
  'strikers', 'workers', 'dockers', 'farmers', 'students', 'teachers', 'doctors', 'nurses', 'villagers',
  'families', 'parents', 'voters', 'fans', 'refugees', 'migrants', 'companies', 'firms', 'businesses',
  'shoppers', 'passengers', 'survivors', 'victims', 'rescuers', 'lawmakers', 'ministers', 'leaders',
]);

const AGENCY_SUFFIX = / (?:news agency|news service|news channel|correspondent|reporter|witness)$/;

// The same few names are asked about many times per update; the cache is emptied
// when full so that a long-running desk does not grow it without bound.
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 5_000;

/** True for names of news outlets, wire services and crowd words, which are never actors. */
export function isNeverActor(name: string): boolean {
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdict = judge(name);
    verdicts.set(name, verdict);
  }
  return verdict;
}

function judge(name: string): boolean {
  const lower = name.toLowerCase().replace(/[’']s$/, '').trim();
  if (lower === '') return true;
  if (OUTLET_SET.has(lower) || NOT_ACTORS.has(lower)) return true;
  if (AGENCY_SUFFIX.test(lower)) return true;
  // "Reuters witness", "AFP correspondent": the first word alone gives it away.
  const first = lower.split(' ')[0] ?? '';
  return OUTLET_SET.has(first) && lower.split(' ').length <= 2 && first.length > 2;
}
