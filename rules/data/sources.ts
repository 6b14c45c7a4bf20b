/**
 * Words that say what kind of source an attribution names. Read by src/facts/sources.ts; matched against single
 * lower-cased words unless noted.
 */

/** Titles and roles (lower case, without the period) that make a capitalised name a person ("Col. Marotto"). */
export const personTitles: string[] = [
  'mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'rep', 'sen', 'gov', 'prof', 'rev',
  'president', 'minister', 'secretary', 'senator', 'governor', 'mayor', 'general', 'colonel',
  'lieutenant', 'sergeant', 'captain', 'major', 'admiral', 'commander', 'spokesman', 'spokeswoman', 'spokesperson',
  'chief', 'director', 'leader', 'ambassador', 'judge', 'justice', 'prosecutor', 'attorney', 'lawyer', 'professor',
  'king', 'queen', 'prince', 'princess', 'sheikh', 'pope', 'chancellor', 'premier', 'chairman', 'chairwoman',
  'chair', 'ceo', 'founder', 'analyst', 'economist', 'researcher', 'scientist', 'expert', 'representative', 'envoy',
  'diplomat', 'marine', 'sheriff', 'detective', 'inspector', 'superintendent', 'coach', 'manager', 'officer',
];

/** Words that make a capitalised name an organisation rather than a person ("Daily Mail", "US Central Command"). */
export const organizationWords: string[] = [
  'mail', 'times', 'post', 'news', 'press', 'journal', 'herald', 'tribune', 'telegraph', 'guardian', 'gazette',
  'agency', 'ministry', 'department', 'command', 'forces', 'force', 'army', 'navy', 'police', 'council', 'committee',
  'commission', 'organization', 'organisation', 'group', 'party', 'institute', 'university', 'college', 'bank',
  'fund', 'corp', 'inc', 'company', 'co', 'ltd', 'court', 'office', 'house', 'guard', 'guards',
  'network', 'radio', 'tv', 'television', 'channel', 'broadcasting', 'union', 'authority', 'authorities', 'service',
  'services', 'center', 'centre', 'foundation', 'association', 'reuters', 'ap', 'afp', 'cnn', 'bbc', 'pentagon',
  'kremlin', 'congress', 'senate', 'parliament', 'coalition', 'alliance', 'front', 'movement', 'brigade',
  'brigades', 'battalion', 'division', 'regiment', 'corps', 'resistance', 'state', 'states', 'nations',
  'kingdom', 'republic', 'federation', 'government', 'administration', 'embassy', 'hospital', 'airlines', 'motors',
  'media', 'monitor', 'observatory', 'watch', 'international', 'foundation', 'board', 'bureau', 'cabinet',
];

/** Common nouns that name an institution or a group speaking for one ("the ministry", "police", "officials"). */
export const institutionNouns: string[] = [
  'ministry', 'military', 'army', 'navy', 'police', 'government', 'agency', 'department', 'company', 'firm',
  'authorities', 'authority', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'prosecutors',
  'coalition', 'group', 'militia', 'command', 'office', 'administration', 'embassy', 'council', 'court', 'committee',
  'commission', 'parliament', 'hospital', 'union', 'organization', 'organisation', 'party', 'campaign', 'regulator',
  'regulators', 'investigators', 'rescuers', 'medics', 'firefighters', 'organizers', 'organisers', 'board',
  'pentagon', 'kremlin', 'media', 'television', 'newspaper', 'broadcaster', 'outlet', 'network', 'officers',
  'troops', 'forces', 'cabinet', 'presidency', 'palace', 'bank', 'school', 'university', 'airline', 'utility', 'club',
  'team', 'league', 'federation', 'association', 'institute', 'foundation', 'charity', 'church', 'service', 'bureau',
  'observatory', 'monitor', 'department', 'sheriff', 'prosecutor',
];

/** Nouns that make the source a document or a data set. */
export const documentNouns: string[] = [
  'statement', 'report', 'reports', 'study', 'survey', 'data', 'figures', 'numbers', 'statistics', 'records',
  'documents', 'document', 'filing', 'complaint', 'indictment', 'census', 'poll', 'analysis', 'video', 'footage',
  'letter', 'email', 'memo', 'post', 'tweet', 'release', 'transcript', 'assessment', 'estimate', 'estimates', 'audit',
  'review', 'findings', 'ruling', 'order', 'affidavit', 'tally', 'count', 'figure', 'database', 'record', 'map',
  'maps', 'images', 'photos', 'paper', 'papers', 'budget', 'forecast', 'projections', 'model',
];

/** Pronouns that stand for a source named earlier. */
export const sourcePronouns: string[] = ['he', 'she', 'they', 'it', 'we', 'i'];
