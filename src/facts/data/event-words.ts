import { attributionCues } from '../../../rules/data/attribution-cues.js';

/**
 * Words that name a datable news event, grouped in families: two mentions can only be the same event when their
 * words share a family. Reporting words are listed too, so a date that belongs to a statement ("said on Sunday")
 * is not taken for the date of the event.
 */
export type EventFamily =
  | 'attack'
  | 'explosion'
  | 'shooting'
  | 'crash'
  | 'fire'
  | 'earthquake'
  | 'storm'
  | 'vote'
  | 'protest'
  | 'meeting'
  | 'arrest'
  | 'report';

export interface EventWord {
  family: EventFamily;
  form: 'noun' | 'verb';
  /** A plural noun names several events ("attacks"), never one to compare. */
  plural?: boolean;
}

type Entry = [phrase: string, word: EventWord];

const nouns = (family: EventFamily, singular: string[], plural: string[] = []): Entry[] => [
  ...singular.map((phrase): Entry => [phrase, { family, form: 'noun' }]),
  ...plural.map((phrase): Entry => [phrase, { family, form: 'noun', plural: true }]),
];
const verbs = (family: EventFamily, forms: string[]): Entry[] => forms.map((phrase): Entry => [phrase, { family, form: 'verb' }]);

export const EVENT_WORDS: readonly Entry[] = [
  ...nouns(
    'attack',
    ['attack', 'assault', 'strike', 'airstrike', 'air strike', 'drone strike', 'bombing', 'bombardment', 'shelling', 'barrage', 'raid', 'ambush', 'air raid'],
    ['attacks', 'assaults', 'strikes', 'airstrikes', 'air strikes', 'bombings', 'barrages', 'raids', 'ambushes'],
  ),
  ...verbs('attack', ['attacked', 'struck', 'bombed', 'shelled', 'raided', 'ambushed', 'targeted', 'hit', 'stormed']),
  ...nouns('explosion', ['explosion', 'blast', 'detonation'], ['explosions', 'blasts']),
  ...verbs('explosion', ['exploded', 'detonated', 'blew up']),
  ...nouns('shooting', ['shooting', 'mass shooting', 'gunfight', 'shootout'], ['shootings']),
  ...verbs('shooting', ['opened fire']),
  ...nouns('crash', ['crash', 'plane crash', 'collision', 'derailment'], ['crashes', 'collisions']),
  ...verbs('crash', ['crashed', 'collided', 'derailed']),
  ...nouns('fire', ['wildfire', 'blaze'], ['wildfires', 'fires']),
  ...verbs('fire', ['caught fire']),
  ...nouns('earthquake', ['earthquake', 'quake', 'tremor'], ['earthquakes', 'quakes', 'tremors']),
  ...nouns('storm', ['hurricane', 'typhoon', 'cyclone', 'tornado', 'storm', 'flood', 'flooding', 'landslide', 'mudslide'], ['storms', 'floods', 'tornadoes']),
  ...verbs('storm', ['made landfall']),
  ...nouns('vote', ['election', 'vote', 'referendum', 'runoff', 'ballot'], ['elections', 'votes', 'referendums']),
  ...verbs('vote', ['voted', 'went to the polls']),
  ...nouns('protest', ['protest', 'demonstration', 'rally', 'sit-in'], ['protests', 'demonstrations', 'rallies']),
  ...verbs('protest', ['protested', 'rallied', 'marched']),
  ...nouns('meeting', ['meeting', 'summit', 'talks'], ['meetings', 'summits']),
  ...verbs('meeting', ['met']),
  ...nouns('arrest', ['arrest'], ['arrests']),
  ...verbs('arrest', ['arrested', 'detained']),
  // A statement's date is not the event's ("said on Sunday", "in a statement on Sunday"): the attribution cues
  // that always report (not "added", "found", which have other senses) mark statements.
  ...attributionCues
    .filter((cue) => cue.kind !== 'verb' || (!cue.strict && !cue.documentOnly))
    .map((cue): Entry => [cue.phrase, { family: 'report', form: cue.kind === 'channel' ? 'noun' : 'verb' }]),
];

/** How the family is named in messages. */
export const FAMILY_NOUN: Record<EventFamily, string> = {
  attack: 'attack',
  explosion: 'explosion',
  shooting: 'shooting',
  crash: 'crash',
  fire: 'fire',
  earthquake: 'earthquake',
  storm: 'storm',
  vote: 'vote',
  protest: 'protest',
  meeting: 'meeting',
  arrest: 'arrest',
  report: 'statement',
};

/**
 * Families whose definite mention without a place ("the attack", "Sunday's quake") refers back to the one event
 * the article introduced. For votes, meetings, protests and arrests a story often tells of several, so those
 * need a shared name to be linked.
 */
export const BACK_REFERENCE_FAMILIES: ReadonlySet<EventFamily> = new Set([
  'attack', 'explosion', 'shooting', 'crash', 'fire', 'earthquake', 'storm',
]);
