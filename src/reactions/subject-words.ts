// Word lists shared by the readers of a verb's subject (find-subject.ts and
// descriptive-subjects.ts): which lower-case words refer back, which cannot be a role.

// "the bloc said": a definite description that points back to an earlier actor.
export const REFERENCE_NOUNS = new Set([
  'bloc', 'ministry', 'group', 'government', 'organisation', 'organization', 'movement', 'party',
  'council', 'union', 'army', 'military', 'junta', 'embassy', 'department', 'office', 'alliance',
  'coalition', 'commission', 'committee', 'body', 'administration', 'presidency', 'company', 'firm',
  'country', 'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'leader', 'premier', 'pm', 'court', 'regime', 'kremlin', 'mission', 'authorities',
  'agency', 'authority', 'service', 'federation', 'association', 'charity',
]);

// Lower-case words that cannot be part of a role in front of a name.
export const STOP_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'as', 'when', 'while', 'that', 'which', 'who', 'whom', 'after', 'before', 'because', 'since',
  'then', 'also', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'not', 'it', 'he',
  'she', 'they', 'his', 'her', 'their', 'its', 'this', 'said', 'told', 'says', 'later', 'earlier',
  'once', 'again', 'today', 'yesterday', 'where', 'if', 'so', 'than', 'into', 'about', 'over',
]);

export const ARTICLES = new Set(['the', 'The', 'a', 'A', 'an', 'An']);
export const ROLE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
