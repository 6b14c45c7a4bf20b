/**
 * What makes a statement worth checking: figures, casualty and damage counts, allegations of responsibility,
 * claims of a record. Read by src/facts/claims.ts; single words are matched against lower-cased words,
 * phrases through the shared PhraseMatcher.
 */

/** Words that make a nearby figure a casualty figure. */
export const casualtyWords: string[] = [
  'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'death', 'deaths', 'toll', 'wounded',
  'wounding', 'injured', 'injuring', 'injuries', 'injury', 'hurt', 'casualties', 'casualty', 'missing', 'displaced',
  'hostages', 'hostage', 'kidnapped', 'abducted', 'arrested', 'detained', 'evacuated', 'hospitalized',
  'hospitalised', 'fatalities', 'victims', 'bodies', 'lives', 'slain', 'murdered', 'executed', 'drowned', 'homeless',
  'refugees', 'sick', 'infected', 'infections', 'cases', 'hospital', 'treated',
];

/** Words that make a nearby figure a damage figure. */
export const damageWords: string[] = [
  'damage', 'damaged', 'damaging', 'destroyed', 'destroying', 'destruction', 'burned', 'burnt', 'flooded',
  'collapsed', 'razed', 'demolished', 'pause', 'halt', 'halted', 'shutdown', 'outage', 'outages', 'disrupted',
  'disruption', 'blackout', 'leveled', 'levelled', 'ruined', 'wrecked', 'looted',
];

/** Words before a figure that qualify it ("about 2,500", "at least 130"); part of the reported span. */
export const approximators: string[] = [
  'at least', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'more than', 'over', 'up to',
  'as many as', 'fewer than', 'less than', 'close to', 'an estimated', 'upwards of', 'just over', 'just under',
  'well over', 'at most', 'no fewer than', 'no less than', 'a further', 'another', 'only', 'just',
];

/** The approximators that make a figure an estimate, which is somebody's ("about 2,500", "an estimated 40,000"). */
export const estimateWords: string[] = [
  'at least', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'up to', 'as many as',
  'close to', 'an estimated', 'upwards of',
];

/** Capitalised words that make the number after them a label, not a quantity ("Article 5", "Flight 370"). */
export const labelWords: string[] = [
  'Article', 'Section', 'Chapter', 'Resolution', 'Route', 'Highway', 'Interstate', 'Flight', 'Room', 'No', 'No.',
  'Number', 'Page', 'Level', 'Phase', 'Grade', 'Category', 'Title', 'Part', 'Item', 'Rule', 'Amendment', 'Platform',
  'Gate', 'Terminal', 'Building', 'Unit', 'Squad', 'Battalion', 'Brigade', 'Division', 'Regiment', 'Company', 'Corps',
  'Fleet', 'Episode', 'Season', 'Game', 'Week', 'Stage', 'Round', 'Model', 'Version', 'Vol.', 'Volume', 'Issue',
  'Proposition', 'Prop.', 'Measure', 'Lot', 'Block', 'Sector', 'Zone', 'District', 'Ward', 'Precinct', 'Camp', 'Exit',
  'Pier', 'Channel', 'Apollo', 'Track', 'Line', 'Bus', 'Train', 'Bill', 'Code', 'Form', 'Schedule', 'Table', 'Figure',
  'Appendix', 'Step', 'Day', 'Hall', 'Floor', 'Suite', 'Box', 'Station', 'Base', 'Group', 'Task', 'Force', 'Windows',
  'Hurricane', 'Storm', 'Typhoon', 'Cyclone', 'Class', 'Type', 'Mark', 'Mk', 'Series', 'Pillar', 'Paragraph', 'Clause',
];

/** Units of time: a figure with one is a duration, check-worthy only as part of casualty or damage ("a 10-day halt"). */
export const timeUnits: string[] = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries',
];

/** Units of distance and size: a figure with one places or describes, it is not a statistic ("30 km west of"). */
export const measureUnits: string[] = [
  'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'mile', 'miles', 'mi', 'meter', 'meters', 'metre',
  'metres', 'feet', 'foot', 'ft', 'yard', 'yards', 'inch', 'inches', 'cm', 'mm', 'nautical',
];

/** Words after a number that make it an amount of money. */
export const currencyWords: string[] = [
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'sterling', 'yen', 'yuan', 'renminbi', 'rupee', 'rupees',
  'franc', 'francs', 'ruble', 'rubles', 'rouble', 'roubles', 'dinar', 'dinars', 'riyal', 'riyals', 'shekel',
  'shekels', 'peso', 'pesos', 'lira', 'won', 'rand', 'naira', 'usd', 'eur', 'gbp',
];

/** Spelled-out numbers counted as figures in a casualty or damage context ("two soldiers were wounded"). */
export const numberWords: string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'dozen', 'dozens', 'scores', 'thousand',
  'thousands', 'million', 'millions',
];

/** Phrases that allege responsibility or wrongdoing when a wrongdoing noun is near ("attacks attributed to X"). */
export const allegationPhrases: string[] = [
  'responsible for', 'was behind', 'were behind', 'is behind', 'are behind', 'be behind', 'been behind',
  'carried out by', 'perpetrated by', 'orchestrated by', 'masterminded by', 'ordered by', 'attributed to',
  'blamed for', 'blamed on', 'accused of', 'suspected of', 'complicit in', 'guilty of', 'committed by',
];

/** Nouns of wrongdoing that make an allegation phrase an allegation ("responsible for the attack"). */
export const wrongdoingNouns: string[] = [
  'attack', 'attacks', 'strike', 'strikes', 'bombing', 'bombings', 'killing', 'killings', 'shooting', 'shootings',
  'assault', 'assaults', 'massacre', 'massacres', 'explosion', 'explosions', 'blast', 'blasts', 'raid', 'raids',
  'ambush', 'hack', 'hacking', 'cyberattack', 'cyberattacks', 'fraud', 'corruption', 'bribery', 'embezzlement',
  'theft', 'abuse', 'abuses', 'crime', 'crimes', 'murder', 'murders', 'violence', 'plot', 'coup', 'leak', 'sabotage',
  'genocide', 'misconduct', 'wrongdoing', 'negligence', 'cover-up', 'laundering', 'arson', 'terrorism', 'kidnapping',
  'kidnappings', 'abduction', 'atrocities', 'atrocity', 'barrage', 'incursion', 'invasion', 'shelling', 'airstrike',
  'airstrikes', 'rocket', 'rockets', 'missile', 'missiles', 'drone', 'drones', 'deaths', 'death', 'poisoning',
  'disappearance', 'crash', 'fire', 'fires', 'spill', 'outbreak', 'collapse', 'scandal', 'harassment',
];

/** Superlatives that claim a record when a time scope follows ("the largest since 2020", "the deadliest in decades"). */
export const superlatives: string[] = [
  'largest', 'biggest', 'highest', 'lowest', 'deadliest', 'worst', 'best', 'longest', 'shortest', 'strongest',
  'weakest', 'heaviest', 'hottest', 'coldest', 'warmest', 'wettest', 'driest', 'fastest', 'slowest', 'greatest',
  'smallest', 'fewest', 'busiest', 'costliest', 'bloodiest', 'most intense', 'most severe', 'most serious',
  'most expensive', 'most violent', 'most powerful', 'most significant', 'most widespread', 'sharpest', 'steepest',
  'largest-ever', 'biggest-ever', 'highest-ever', 'lowest-ever',
];

/**
 * Phrases that claim a record by themselves. "For the first time since 2009" is left out: a milestone of a team's or
 * a place's own history is the reporter's to state, and news rarely sources it.
 */
export const recordPhrases: string[] = [
  'record high', 'record highs', 'record low', 'record lows', 'record number', 'record numbers', 'record level',
  'record levels', 'record year', 'record amount', 'record turnout', 'record temperatures', 'record heat',
  'record profits', 'record losses', 'record sales', 'all-time high', 'all-time highs', 'all-time low',
  'all-time lows', 'the most since', 'the fewest since', 'the least since', 'the highest level since', 'the lowest level since',
  'unprecedented number',
];
