/**
 * Words and phrases that attribute a statement to a source. Read by the attribution fact
 * (src/facts/attribution.ts) through the shared PhraseMatcher.
 */
export type CueKind =
  /** A reporting verb: its source is its subject ("the ministry said"), or follows it when inverted (", said Smith"). */
  | 'verb'
  /** A phrase its source follows: "according to X", "citing X", "as reported by X". */
  | 'preposition'
  /** The channel of a statement, which attributes by itself: "in a statement", "at a news conference". */
  | 'channel';

export interface AttributionCueEntry {
  phrase: string;
  kind: CueKind;
  /**
   * The verb has other senses ("the economy added 200 jobs"): it attributes only before "that", a quotation,
   * a colon or a comma, at the end of the sentence, or inverted after a quotation.
   */
  strict?: boolean;
  /** Attributes only with a document as subject ("the data show", "the report found"). */
  documentOnly?: boolean;
  /**
   * An -ed form that also opens a reduced relative clause ("the attack, described as ..."): directly after a comma
   * it attributes only when inverted with its source (", reported Reuters") or followed by "by" and an agent.
   */
  participle?: boolean;
}

type Flags = Omit<AttributionCueEntry, 'phrase' | 'kind'>;

function verbs(forms: string, flags: Flags = {}): AttributionCueEntry[] {
  return forms.split(',').map((item) => item.trim()).map((phrase) => ({ phrase, kind: 'verb' as const, ...flags }));
}

function phrases(kind: CueKind, list: string, flags: Flags = {}): AttributionCueEntry[] {
  return list.split(',').map((item) => item.trim()).map((phrase) => ({ phrase, kind, ...flags }));
}

export const attributionCues: AttributionCueEntry[] = [
  ...verbs('said, says, say, saying, told, tells, telling, tweeted, tweets, wrote, writes, remarked, remarks'),
  ...verbs('reported, estimated, claimed, announced, stated, described, alleged, believed, accused, blamed, cited, quoted, confirmed, called, dubbed, branded, indicated, revealed, disclosed, posted, published, recorded, counted, projected, forecast, calculated, tallied', { participle: true }),
  ...verbs('reports, reporting, estimates, estimating, claims, claiming, announces, announcing, describes, describing, alleges, alleging, believe, believes, accuses, accusing, blames, blaming, cites, confirms, confirming, calls, indicates, reveals, discloses, forecasts, calculates, tallies'),
  ...verbs('warned, warns, cautioned, cautions, explained, explains, insisted, insists, argued, argues, asserted, asserts, declared, declares, testified, testifies, predicted, predicts, acknowledged, acknowledges, admitted, admits, conceded, concedes, stressed, stresses, emphasized, emphasised, emphasizes, reiterated, contended, contends, countered, recounted, denied, denies, vowed, vows, promised, pledged, urged, urges, demanded, complained, lamented, boasted, estimated at, told reporters, told journalists'),
  ...verbs('added, adds, noted, notes, continued, concluded, asked, observed, read, reads, pointed out, went on, states, maintained, maintains, recalled, recalls, charged, responded, replied, answered, began, begins, opened with, ended with, ends with, closed with', { strict: true }),
  ...verbs('put the toll at, put the death toll at, puts the toll at, puts the death toll at, put the number at, put the figure at, put the cost at, puts the cost at'),
  ...verbs('show, shows, showed, shown, found, finds, suggest, suggests, suggested, indicate, indicated, come from, comes from, came from', { documentOnly: true }),
  ...phrases('preposition', 'according to, as reported by, as stated by, as announced by, reported by, as told to, data from, figures from, statistics from, numbers from, records from, estimates from, a report by, a report from, a study by, a survey by, an analysis by, a tally by, a count by, figures released by, data released by, data compiled by, figures compiled by, compiled by, provided by, released by, published by, issued by, polled by, surveyed by, interviewed by'),
  // A market quotes its own prices: "shares rose 6% in afternoon trading".
  ...phrases('channel', 'in trading, in early trading, in late trading, in morning trading, in afternoon trading, in midday trading, in premarket trading, in pre-market trading, in after-hours trading, in extended trading, in heavy trading, in light trading, in thin trading, in volatile trading, in electronic trading, in overnight trading'),
  ...phrases('channel', 'in a statement, in a joint statement, in a written statement, in a brief statement, in a statement on, in an interview, in a post, in a social media post, in a tweet, in a video, in a video statement, in a letter, in an email, in a news release, in a press release, in a report, in its report, in a filing, in court documents, in court papers, in remarks, in a speech, in testimony, at a news conference, at a press conference, at a briefing, at a news briefing, at a press briefing, during a briefing, during a news conference'),
];

/** Verb complements that make an ambiguous cue a report rather than another sense ("claimed responsibility"). */
export const cueNonReports: string[] = [
  'claimed responsibility', 'claim responsibility', 'claims responsibility', 'claimed credit', 'claims credit',
  'claimed the lives', 'claimed the life', 'claims the lives', 'called for', 'called on', 'calls for', 'calls on',
  'called off', 'called up', 'called in', 'read more', 'said goodbye', 'told to', 'denied entry', 'denied access',
  'reported missing', 'reported dead', 'reported killed', 'reported injured', 'reported wounded', 'found dead',
  'found guilty', 'found himself', 'found herself', 'found themselves', 'it was reported to police',
  'it was reported to the police', 'it was reported to authorities', 'it was reported to the authorities',
];

/** Words skipped between a reporting verb and its subject ("the ministry has also said"). */
export const cueAdverbs: string[] = [
  'also', 'later', 'earlier', 'previously', 'separately', 'repeatedly', 'publicly', 'privately', 'again', 'further',
  'then', 'recently', 'initially', 'first', 'still', 'now', 'has', 'have', 'had', 'once', 'often', 'long', 'already',
  'officially', 'formally', 'quickly', 'immediately', 'subsequently', 'last', 'yesterday', 'today', 'tonight',
  'reportedly', 'similarly', 'likewise', 'additionally', 'moreover', 'however', 'too', 'both', 'all', 'each',
];

/** Words before a verb cue that make it no attribution ("declined to say", "did not say", "could say"). */
export const cueBlockers: string[] = [
  'to', 'not', 'never', "n't", 'nor', 'would', 'could', 'might', 'may', 'must', 'should', 'shall', 'will', 'can',
  'cannot', 'do', 'does', 'did', "didn't", "don't", "doesn't", "won't", "wouldn't", "couldn't", "can't", "shouldn't",
  'no', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'unconfirmed',
  'initial', 'media', 'news', 'press', 'recent', 'some', 'many', 'several', 'such', 'of', 'in', 'on', 'by', 'for',
  'with', 'from', 'without', 'widely', 'commonly', 'frequently', 'newly', 'self', 'amid', 'despite', 'over', 'about',
  'against', 'following', 'under', 'into', 'at', 'as', 'amongst', 'among', 'between',
];

/** Forms of "be" that make a following participle passive ("is said to", "was reported"). */
export const beForms: string[] = ["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am", "isn't", "aren't", "wasn't", "weren't"];

/** Sentence openings that continue the report of the sentence before ("Another 12 were wounded."). */
export const continuationOpeners: string[] = [
  'he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'another', 'additionally', 'also', 'in addition',
  'moreover', 'furthermore', 'of those', 'of them', 'of these', 'among them', 'among those', 'the rest', 'the remaining',
  'the others', 'the official', 'the officials', 'the spokesman', 'the spokeswoman', 'the spokesperson', 'the statement',
  'the ministry', 'the report', 'the agency', 'the same', 'most of them', 'some of them', 'all of them', 'both',
];

/** Sentence openings that point back at a figure, so the sentence can attribute the one before ("The figures come from ..."). */
export const figureBackReferences: string[] = [
  'that', 'this', 'these', 'those', 'the figure', 'the figures', 'that figure', 'those figures', 'these figures',
  'the number', 'the numbers', 'those numbers', 'these numbers', 'the toll', 'the death toll', 'the count',
  'the tally', 'the estimate', 'the estimates', 'that estimate', 'the data', 'the statistics', 'the total',
  'both figures', 'all figures', 'the casualty figures',
];

/** Words too common to show that two sentences talk about the same thing. */
export const cohesionStopWords: string[] = [
  'that', 'this', 'these', 'those', 'with', 'from', 'have', 'were', 'been', 'being', 'which', 'their', 'there',
  'they', 'them', 'then', 'than', 'would', 'could', 'should', 'about', 'after', 'before', 'said', 'says', 'also',
  'more', 'most', 'into', 'over', 'under', 'when', 'what', 'while', 'will', 'where', 'some', 'such', 'only', 'other',
  'each', 'very', 'just', 'even', 'still', 'year', 'years', 'month', 'months', 'week', 'weeks', 'time', 'according',
  'including', 'people', 'percent', 'million', 'billion', 'least', 'nearly', 'about', 'around', 'last', 'first',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
];
