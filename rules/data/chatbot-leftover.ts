/**
 * Text a chatbot writes to the person prompting it, never to a reader: self-descriptions, refusals, knowledge
 * cut-offs, replies to the prompt, chat-window buttons. Matched by the shared phrase matcher (case-insensitive,
 * curly = straight apostrophes). Each phrase must be something no reporter writes in their own voice.
 */
import { phraseProduct } from '../../src/text/phrase-matcher.js';

export type LeftoverKind =
  | 'AI self-description'
  | 'refusal'
  | 'knowledge cut-off'
  | 'reply to the prompt'
  | 'offer of more help'
  | 'note to the prompter'
  | 'chat window text';

export interface LeftoverPhrase {
  phrase: string;
  kind: LeftoverKind;
  /** A person could say it too: inside quotation marks it is someone's speech, not a leftover. */
  speech?: boolean;
  /** Only when it is all its line holds (a button label is ordinary words elsewhere). */
  wholeLine?: boolean;
  /** Only when one of these comes next ("I'm sorry, but I can't" + "assist"); the match then takes it in. */
  followedBy?: readonly string[];
}

const CANNOT = ["I can't", 'I cannot', 'I can not', "I'm unable to", 'I am unable to', "I'm not able to", 'I am not able to'];

/** "I'm sorry, but I can't" is ordinary speech; refusing a writing task is not. */
const REFUSED_TASKS = ['assist', 'help with', 'fulfill', 'fulfil', 'comply', 'provide', 'complete', 'create', 'generate',
  'write', 'produce', 'browse', 'access', 'engage', 'rewrite'];
const apologeticRefusals = phraseProduct(["I'm sorry, but", 'I am sorry, but', 'I apologize, but', 'Sorry, but'], CANNOT);

const REFUSED_REQUESTS = phraseProduct(['fulfill', 'fulfil', 'complete', 'comply with', 'assist with', 'help with', 'process'],
  ['this request', 'that request', 'your request']);

const selfDescriptions = [
  'As an AI language model',
  'As an AI developed by OpenAI',
  'I am an AI language model',
  "I'm an AI language model",
  'I am a large language model',
  "I'm a large language model",
  'I am just an AI',
  "I'm just an AI",
  'I am only an AI',
  "I'm only an AI",
  ...phraseProduct(['As an AI', 'As a language model', 'As a large language model', 'As an AI model', 'As an AI assistant',
    'As an artificial intelligence'], [', I', ', my']),
];

const cutOffs = [
  'As of my last knowledge update',
  'As of my last training update',
  'As of my knowledge cutoff',
  'As of my knowledge cut-off',
  'As of my training cutoff',
  'my knowledge cutoff',
  'my knowledge cut-off',
  'my last knowledge update',
  'my training data',
  'my training cutoff',
  'my training cut-off',
  'my cutoff date',
  'my cut-off date',
  'my knowledge is limited to',
];

const noBrowsing = phraseProduct(
  ["I don't have", 'I do not have'],
  ['real-time', 'access to real-time', 'the ability to browse', 'browsing capabilities', 'access to the internet'],
);

const replies = [
  ...phraseProduct(['Certainly!', 'Sure!', 'Of course!', 'Absolutely!', 'Certainly,'], ['Here is', "Here's", 'Here are']),
  ...phraseProduct(['Here is', "Here's"], ['a rewritten version', 'the rewritten version', 'a rewritten article',
    'the rewritten article', 'a rephrased version', 'a paraphrased version', 'your rewritten', 'a news article about',
    'a possible headline', 'an SEO-optimized', 'an SEO-friendly', 'a summary of the article']),
  'Here are some possible headlines',
];

const offers = [
  'I hope this helps',
  'Let me know if you need any',
  "Let me know if you'd like me to",
  'Let me know if you would like me to',
  'Is there anything else I can help you with',
  'Feel free to ask if you have any',
  'If you need any further assistance',
];

const notes = [
  'Note: This article was generated',
  'Note: This is a fictional',
  'Note: This article is a work of fiction',
  'Note: The above article',
  'Note: This article has been rewritten',
  'Note: As an AI',
];

const chatWindow: LeftoverPhrase[] = [
  { phrase: 'Regenerate response', kind: 'chat window text', wholeLine: true },
  { phrase: 'Regenerate draft', kind: 'chat window text', wholeLine: true },
  { phrase: 'Stop generating', kind: 'chat window text', wholeLine: true },
  { phrase: 'Continue generating', kind: 'chat window text', wholeLine: true },
  { phrase: 'Copy code', kind: 'chat window text', wholeLine: true },
  { phrase: 'Show drafts', kind: 'chat window text', wholeLine: true },
  { phrase: 'ChatGPT can make mistakes. Check important info.', kind: 'chat window text', wholeLine: true },
  { phrase: 'ChatGPT can make mistakes. Consider checking important information.', kind: 'chat window text', wholeLine: true },
  { phrase: 'Was this response better or worse?', kind: 'chat window text', wholeLine: true },
];

export const chatbotLeftovers: LeftoverPhrase[] = [
  ...selfDescriptions.map((phrase): LeftoverPhrase => ({ phrase, kind: 'AI self-description' })),
  ...apologeticRefusals.map((phrase): LeftoverPhrase => ({ phrase, kind: 'refusal', speech: true, followedBy: REFUSED_TASKS })),
  ...CANNOT.map((phrase): LeftoverPhrase => ({ phrase, kind: 'refusal', speech: true, followedBy: REFUSED_REQUESTS })),
  ...cutOffs.map((phrase): LeftoverPhrase => ({ phrase, kind: 'knowledge cut-off' })),
  ...noBrowsing.map((phrase): LeftoverPhrase => ({ phrase, kind: 'knowledge cut-off', speech: true })),
  ...replies.map((phrase): LeftoverPhrase => ({ phrase, kind: 'reply to the prompt', speech: true })),
  ...offers.map((phrase): LeftoverPhrase => ({ phrase, kind: 'offer of more help', speech: true })),
  ...notes.map((phrase): LeftoverPhrase => ({ phrase, kind: 'note to the prompter' })),
  ...chatWindow,
];
