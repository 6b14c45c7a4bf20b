/**
 * Unfilled slots of templates and page builders. Phrases go through the shared phrase matcher; "TK" and "XX" are
 * tokens checked with the context words below.
 */
export type PlaceholderLabel = 'bracketed slot' | 'template slot' | 'dummy text' | 'ad slot' | 'editor prompt';

export interface PlaceholderPhrase {
  phrase: string;
  label: PlaceholderLabel;
  /** Only when it is all its line holds ("Add caption" in a how-to sentence is an instruction, not a slot). */
  wholeLine?: boolean;
  /** The phrase opens a slot that runs to this closing mark on the same line ("[INSERT" … "]"). */
  closer?: string;
  /** A line holding only this is always junk: removing it is a safe fix. */
  removable?: boolean;
}

/** Exact bracketed slot names; editorial brackets in quotations ("[the mayor]") never read like these. */
const bracketNames = [
  'Name', 'Your Name', 'Full Name', 'Author Name', "Author's Name", 'Reporter Name', "Reporter's Name", 'Company Name',
  'Company', 'Brand', 'Brand Name', 'Product Name', 'Organization', 'Organization Name', 'City', 'State', 'Country',
  'Location', 'Venue', 'Date', 'Time', 'Year', 'Number', 'Amount', 'Percentage', 'Title', 'Job Title', 'Headline',
  'Source', 'Link', 'URL', 'Website', 'Publication', 'Event', 'Event Name', 'Quote', 'Placeholder', 'TBD', 'TK',
  'citation needed',
];

/** Words that open a bracketed slot whatever follows ("[Insert quote from the mayor]"). */
const bracketOpeners = ['[Insert', '[Add', '[Enter', '[Your', '[Name of', '[Fill in', '[Placeholder', '[TODO', '[To come',
  '[TK', '[TBD', '[Link to', '[Quote from'];

export const placeholderPhrases: PlaceholderPhrase[] = [
  ...bracketNames.map((name): PlaceholderPhrase => ({ phrase: `[${name}]`, label: 'bracketed slot' })),
  ...bracketOpeners.map((phrase): PlaceholderPhrase => ({ phrase, label: 'bracketed slot', closer: ']' })),
  { phrase: '{{', label: 'template slot', closer: '}}' },
  { phrase: 'Lorem ipsum', label: 'dummy text' },
  { phrase: 'Put your ad code here', label: 'ad slot', removable: true },
  { phrase: 'Place your ad code here', label: 'ad slot', removable: true },
  { phrase: 'Paste your ad code here', label: 'ad slot', removable: true },
  { phrase: 'Insert ad code here', label: 'ad slot', removable: true },
  { phrase: 'Your ad code here', label: 'ad slot', removable: true },
  { phrase: 'Your ad here', label: 'ad slot', wholeLine: true, removable: true },
  { phrase: 'Your text here', label: 'editor prompt' },
  { phrase: 'Your content here', label: 'editor prompt' },
  { phrase: 'Your headline here', label: 'editor prompt' },
  { phrase: 'Your title here', label: 'editor prompt' },
  { phrase: 'Headline goes here', label: 'editor prompt' },
  { phrase: 'Title goes here', label: 'editor prompt' },
  { phrase: 'Text goes here', label: 'editor prompt' },
  { phrase: 'Content goes here', label: 'editor prompt' },
  { phrase: 'Caption goes here', label: 'editor prompt' },
  { phrase: 'Insert text here', label: 'editor prompt' },
  { phrase: 'Insert headline here', label: 'editor prompt' },
  { phrase: 'Insert caption here', label: 'editor prompt' },
  { phrase: 'Insert image here', label: 'editor prompt' },
  { phrase: 'Enter your text here', label: 'editor prompt' },
  { phrase: 'Type your text here', label: 'editor prompt' },
  { phrase: 'Add your text here', label: 'editor prompt' },
  { phrase: 'Write your caption here', label: 'editor prompt' },
  { phrase: 'Click here to add text', label: 'editor prompt' },
  { phrase: 'Add caption', label: 'editor prompt', wholeLine: true, removable: true },
  { phrase: 'Add a caption', label: 'editor prompt', wholeLine: true, removable: true },
  { phrase: 'Write a caption', label: 'editor prompt', wholeLine: true, removable: true },
  { phrase: 'Add title', label: 'editor prompt', wholeLine: true },
  { phrase: 'Add heading', label: 'editor prompt', wholeLine: true },
  { phrase: 'Click to edit', label: 'editor prompt', wholeLine: true, removable: true },
  { phrase: 'Sample text', label: 'dummy text', wholeLine: true },
  { phrase: 'Placeholder text', label: 'dummy text', wholeLine: true },
  { phrase: 'Dummy text', label: 'dummy text', wholeLine: true },
];

/** Words that call for a number right after them ("at least XX"). Matched at the end of the text before "XX". */
export const numberCuesBefore = [
  'at least', 'at most', 'more than', 'fewer than', 'less than', 'nearly', 'almost', 'approximately', 'roughly',
  'around', 'about', 'some', 'over', 'under', 'up to', 'an estimated', 'a total of', 'totaling', 'totalling', 'just',
  'only', 'exactly', 'rose to', 'fell to', 'rose by', 'fell by', 'up', 'down', 'killed', 'injured', 'wounded',
];

/** Units and counted nouns after "XX" that show a number is meant ("XX people", "XX percent"). */
export const numberWordsAfter = [
  'percent', 'per', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'dozen', 'people', 'persons', 'residents',
  'years', 'year', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'points', 'times', 'votes', 'seats',
  'members', 'troops', 'soldiers', 'officers', 'civilians', 'deaths', 'dead', 'cases', 'victims', 'injured', 'killed',
  'wounded', 'missiles', 'rockets', 'drones', 'attacks', 'miles', 'kilometers', 'kilometres', 'km', 'feet', 'meters',
  'metres', 'tons', 'tonnes', 'degrees', 'dollars', 'euros', 'pounds', 'cents', 'a.m.', 'p.m.', 'am', 'pm',
];

/** Words before "19XX" or "20XX" that make it a year left to fill ("in 20XX"). */
export const yearCuesBefore = ['in', 'since', 'by', 'until', 'of', 'fiscal', 'early', 'late'];

/** Months (and their abbreviations) before "XX" make it a day or a year ("January XX"). */
export const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];
