/** Irregular past-tense verb forms that news prose uses to report something that happened. */
export const IRREGULAR_PAST: readonly string[] = [
  'arose', 'ate', 'awoke', 'beat', 'became', 'began', 'bit', 'blew', 'bore', 'bought', 'broke', 'brought', 'built', 'burnt',
  'caught', 'chose', 'came', 'crept', 'dealt', 'did', 'drew', 'drove', 'dug', 'fell', 'fed', 'felt', 'fled', 'flew',
  'forbade', 'forgot', 'fought', 'found', 'froze', 'gave', 'got', 'grew', 'had', 'heard', 'held', 'hid', 'hung',
  'kept', 'knew', 'laid', 'led', 'left', 'lent', 'lit', 'lost', 'made', 'meant', 'met', 'overtook', 'paid', 'ran',
  'rang', 'rode', 'rose', 'sank', 'sat', 'saw', 'sent', 'shook', 'shot', 'slew', 'slid', 'sold', 'sought', 'spent',
  'spoke', 'spun', 'stole', 'stood', 'struck', 'stung', 'swam', 'swept', 'swore', 'took', 'taught', 'tore', 'threw',
  'told', 'underwent', 'was', 'went', 'were', 'withdrew', 'woke', 'won', 'wore', 'wound', 'wrote',
];

/** Words ending in "-ed" that are not past-tense verbs. */
export const NOT_PAST_ED: readonly string[] = [
  'bed', 'bred', 'deed', 'heed', 'reed', 'embed', 'exceed', 'feed', 'greed', 'hundred', 'indeed', 'need', 'naked', 'proceed', 'red',
  'ragged', 'rugged', 'sacred', 'seed', 'shed', 'sled', 'speed', 'succeed', 'steed', 'tweed', 'wed', 'weed', 'wicked',
  'beloved', 'kindred', 'limited', 'united', 'interested', 'concerned', 'related', 'based', 'so-called', 'armed',
  'detailed', 'advanced', 'experienced', 'qualified', 'alleged', 'supposed',
];

/** Past forms that take an infinitive about something later ("agreed to meet", "vowed to return"). */
export const CONTROL_VERBS: readonly string[] = [
  'agreed', 'aimed', 'arranged', 'asked', 'decided', 'failed', 'hoped', 'intended', 'invited', 'offered', 'ordered',
  'planned', 'pledged', 'prepared', 'promised', 'refused', 'sought', 'threatened', 'told', 'tried', 'urged', 'voted',
  'vowed', 'wanted', 'called', 'moved', 'postponed', 'delayed', 'rescheduled',
];
