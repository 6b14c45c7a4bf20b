/**
 * Attributions that name no source. Read by the attribution fact through the shared PhraseMatcher; the
 * vague-attribution rule reports them.
 */
export interface VaguePhrase {
  phrase: string;
  /** What the writer should add, completing "Vague attribution "…": …". */
  advice: string;
}

function all(list: string, advice: string): VaguePhrase[] {
  return list.split(',').map((item) => item.trim()).map((phrase) => ({ phrase, advice }));
}

/** Fixed phrases. */
export const vaguePhrases: VaguePhrase[] = [
  ...all('reportedly, according to reports, according to media reports, according to unconfirmed reports, according to some reports, according to local reports, reports say, reports said, reports suggest, reports suggested, media reports say, media reports said, unconfirmed reports say, unconfirmed reports said, it has been reported, it was reported, it is reported', 'say who reported it'),
  ...all('purportedly, supposedly, it is said, it was said, some say, many say, people say, some would say, many would say, some have said, many have said, according to some, rumor has it, rumour has it, word is, it is widely said', 'say who says so'),
  ...all('it is believed, it was believed, it is widely believed, many believe, some believe, it is thought, it was thought, it is widely thought, it is understood, it was understood', 'say who believes it'),
  ...all('according to sources, sources say, sources said, sources tell, sources told, sources claim, sources claimed', 'say who the sources are, or why they cannot be named'),
  ...all('it is alleged, it was alleged, it has been alleged, it is claimed, it was claimed, it has been claimed', 'say who makes the claim'),
  ...all('studies show, studies have shown, studies suggest, research shows, research has shown, research suggests', 'cite the study'),
];

/**
 * Unnamed groups that, as the subject of a reporting verb, name no one ("experts say", "critics argue").
 * They count only right before one of `vagueGroupVerbs`.
 */
export const vagueGroups: VaguePhrase[] = [
  ...all('experts, some experts, many experts, other experts, health experts, legal experts, security experts', 'name the experts or their institution'),
  ...all('analysts, some analysts, many analysts, other analysts, political analysts', 'name the analysts or their firm'),
  ...all('observers, some observers, many observers, political observers, commentators, some commentators, pundits', 'name the observers'),
  ...all('critics, some critics, many critics, detractors, opponents, skeptics, sceptics', 'name at least one critic'),
  ...all('scientists, some scientists, many scientists, researchers, some researchers', 'name the scientists or their institution'),
  ...all('insiders, some insiders, industry insiders, people familiar', 'say who the insiders are, or why they cannot be named'),
  ...all('some, many, some people, many people, most people', 'say who'),
];

/** Present-tense reporting verbs that make a vague group an attribution ("critics argue", "experts have warned"). */
export const vagueGroupVerbs: string[] = [
  'say', 'argue', 'believe', 'claim', 'contend', 'suggest', 'warn', 'fear', 'think', 'agree', 'insist', 'note',
  'point out', 'maintain', 'estimate', 'worry', 'charge', 'allege', 'have said', 'have argued', 'have warned',
  'have suggested', 'have noted', 'have claimed', 'have long argued', 'have long said', 'would argue', 'would say',
];

/**
 * Participles that, passive and without an agent ("is believed to", "was alleged to"), report a claim without
 * its source. The pattern (a form of "be", optional adverbs, the participle, then a complement and no "by") is
 * matched over the sentence's words; only the participles are listed here.
 */
export interface PassiveReportVerb {
  participle: string;
  /** Words that may follow the participle in the pattern. */
  complements: string[];
  advice: string;
}

export const passiveReportVerbs: PassiveReportVerb[] = [
  { participle: 'believed', complements: ['to', 'that'], advice: 'say who believes it' },
  { participle: 'thought', complements: ['to', 'that'], advice: 'say who thinks so' },
  { participle: 'said', complements: ['to', 'that'], advice: 'say who says so' },
  { participle: 'reported', complements: ['to', 'that'], advice: 'say who reported it' },
  { participle: 'claimed', complements: ['to', 'that'], advice: 'say who claims it' },
  { participle: 'alleged', complements: ['to', 'that'], advice: 'say who alleges it' },
  { participle: 'rumored', complements: ['to', 'that'], advice: 'say who is saying it' },
  { participle: 'rumoured', complements: ['to', 'that'], advice: 'say who is saying it' },
  { participle: 'understood', complements: ['to', 'that'], advice: 'say who says so' },
  { participle: 'suspected', complements: ['to'], advice: 'say who suspects it' },
  { participle: 'feared', complements: ['to', 'that'], advice: 'say who fears it' },
  { participle: 'presumed', complements: ['to'], advice: 'say who presumes it' },
  { participle: 'estimated', complements: ['to'], advice: 'say who estimates it' },
  { participle: 'blamed', complements: ['on', 'for'], advice: 'say who blames them' },
];

/** Adverbs allowed between "be" and the participle ("is widely believed to"). */
export const passiveAdverbs: string[] = [
  'widely', 'generally', 'also', 'now', 'still', 'long', 'often', 'commonly', 'largely', 'broadly', 'further',
  'initially', 'previously', 'already', 'falsely', 'wrongly', 'mistakenly', 'privately', 'publicly', 'increasingly',
  'not', 'being', 'been',
];
