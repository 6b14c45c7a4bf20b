/**
 * How an article says a machine wrote it: a claim ("written entirely by") followed by an agent ("AI"), said of the
 * article itself ("this content", "these articles", a "Note:") — or a byline naming a bot. Phrases go through the
 * shared matcher with acronymsExact, so "AI" must be in capitals ("Ai Weiwei" is a person). A claim is a sequence of
 * matches separated by white space only: verb, optional adverb, preposition, agent.
 */
import { phraseProduct } from '../../src/text/phrase-matcher.js';

export type DisclosurePart =
  /** "written", "generated". */
  | 'verb'
  /** "entirely", "in part". */
  | 'adverb'
  /** "by", "with the help of". */
  | 'preposition'
  /** "AI", "artificial intelligence", "a large language model". */
  | 'agent'
  /** Claim and agent in one word: "AI-generated". */
  | 'claim-and-agent'
  /** Words that make the sentence about the article itself. */
  | 'self';

export interface DisclosurePhrase {
  phrase: string;
  part: DisclosurePart;
}

const verbs = ['written', 'generated', 'produced', 'created', 'compiled', 'drafted', 'composed', 'prepared', 'curated',
  'summarized', 'summarised', 'assisted'];

const adverbs = ['entirely', 'partly', 'partially', 'fully', 'largely', 'wholly', 'automatically', 'in part'];

const prepositions = ['by', 'using', 'with', 'with the help of', 'with the assistance of', 'with the aid of',
  'with assistance from', 'with help from', 'through'];

const agents = [
  'AI', 'an AI', 'A.I.', 'an A.I.', 'artificial intelligence', 'an artificial intelligence', 'generative AI', 'AI tools',
  'an AI tool', 'an AI model', 'an AI system', 'an AI language model', 'a language model', 'a large language model',
  'large language models', 'ChatGPT', 'GPT-3', 'GPT-3.5', 'GPT-4', 'GPT-4o', 'an automated system', 'a bot',
];

const claimsAndAgents = ['AI-generated', 'AI-written', 'AI-assisted', 'AI-produced', 'machine-generated', 'machine-written'];

const selfReferences = [
  ...phraseProduct(['this', 'these', 'our'], ['article', 'articles', 'story', 'stories', 'content', 'post', 'posts', 'report',
    'reports', 'summary', 'summaries', 'piece', 'pieces', 'text', 'page', 'newsletter', 'news']),
  "this article's", 'the above article', 'the article above', 'disclaimer:', 'disclosure:', "editor's note:", 'note:',
];

export const disclosurePhrases: DisclosurePhrase[] = [
  ...verbs.map((phrase): DisclosurePhrase => ({ phrase, part: 'verb' })),
  ...adverbs.map((phrase): DisclosurePhrase => ({ phrase, part: 'adverb' })),
  ...prepositions.map((phrase): DisclosurePhrase => ({ phrase, part: 'preposition' })),
  ...agents.map((phrase): DisclosurePhrase => ({ phrase, part: 'agent' })),
  ...claimsAndAgents.map((phrase): DisclosurePhrase => ({ phrase, part: 'claim-and-agent' })),
  ...selfReferences.map((phrase): DisclosurePhrase => ({ phrase, part: 'self' })),
];

/**
 * What may follow the agent. Anything else makes "AI" a modifier ("written by AI researchers", "by AI reporter
 * Jane Doe"), so the sentence names people, not a machine.
 */
export const wordsAfterAgent = [
  'and', 'or', 'but', 'with', 'based', 'using', 'from', 'in', 'on', 'at', 'to', 'as', 'for', 'which', 'that', 'then',
  'so', 'while', 'whilst', 'though', 'although', 'via', 'without', 'under', 'is', 'was', 'may', 'can', 'might',
  'could', 'has', 'have', 'had', 'before', 'after', 'technology', 'software', 'tools',
];

/** A byline line, trimmed: "Written by AiBot", "By ChatGPT". The name is tested against `botNames`. */
export const bylinePattern = '^(?:(?:written|generated|compiled|produced|created|composed|curated|summari[sz]ed) )?by:?\\s+(\\S.*)$';

/** Names that are a machine's, as regular expression sources matched against the whole byline name. */
export const botNames = [
  '(?:AI|Ai)[A-Z][\\w-]*',
  '[A-Z][A-Za-z]*[a-z]Bot',
  '(?:Chat)?GPT(?:-?[\\d.]+o?)?',
  '(?:an? )?(?:AI|A\\.I\\.|[Aa]rtificial [Ii]ntelligence)(?: (?:tool|model|system|assistant))?',
];
