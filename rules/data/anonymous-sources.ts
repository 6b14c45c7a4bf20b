/** Unnamed sources. Read by the attribution fact; the anonymous-source rule reports them. */

/** Phrases that say a source was granted anonymity. */
export const anonymityMarkers: string[] = [
  'on condition of anonymity', 'on the condition of anonymity', 'under condition of anonymity',
  'on condition that they not be named', 'on condition that he not be named', 'on condition that she not be named',
  'on condition they not be named', 'preferring anonymity', 'requesting anonymity', 'requested anonymity',
  'asked for anonymity', 'asking for anonymity', 'insisted on anonymity', 'insisting on anonymity', 'granted anonymity',
  'speaking anonymously', 'spoke anonymously', 'speaking on background', 'spoke on background', 'asked not to be named',
  'asked not to be identified', 'asking not to be named', 'asking not to be identified', 'declined to be named',
  'declined to be identified', 'refused to be named', 'did not want to be named', 'did not wish to be named',
  'who would not be named', 'who could not be named', 'not authorized to be named', 'not authorised to be named',
];

/** Nouns that, unnamed and counted ("a US official", "two sources"), are an anonymous source. */
export const anonymousHeads: string[] = [
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'insider', 'insiders', 'aide', 'aides',
  'staffer', 'staffers', 'officer', 'officers', 'lawmaker', 'lawmakers', 'employee', 'employees', 'person', 'people',
  'individual', 'individuals', 'executive', 'executives', 'operative', 'operatives',
];

/** Heads that are anonymous only with a qualifier ("a person familiar with ..."), not merely counted ("two people"). */
export const qualifiedOnlyHeads: string[] = ['person', 'people', 'individual', 'individuals', 'employee', 'employees'];

/** Words before the head that count an unnamed source. */
export const anonymousDeterminers: string[] = [
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'multiple',
  'another', 'numerous', 'various', 'few',
];

/** Modifiers that make any source unnamed ("an unnamed official", "anonymous sources"). */
export const unnamedModifiers: string[] = ['unnamed', 'anonymous', 'unidentified'];

/** Phrases after the head that make the source unnamed whatever its determiner ("sources familiar with"). */
export const knowledgeQualifiers: string[] = [
  'familiar with', 'close to', 'with knowledge of', 'with direct knowledge', 'with firsthand knowledge',
  'briefed on', 'knowledgeable about', 'privy to', 'with access to', 'in the know',
];

/** Phrases that give the reason for granting anonymity (AP style asks for one). */
export const anonymityReasons: string[] = [
  'because', 'not authorized to', 'not authorised to', 'not permitted to', 'not allowed to', 'not cleared to',
  "weren't authorized to", "wasn't authorized to", 'to discuss', 'to speak freely', 'citing the sensitivity',
  'due to the sensitivity', 'given the sensitivity', 'for fear of', 'fearing reprisals', 'fearing reprisal',
  'fearing retaliation', 'for security reasons', 'for safety reasons', 'for their safety', 'for his safety',
  'for her safety', 'to protect', 'to avoid', 'since they were not', 'as they were not', 'as he was not',
  'as she was not', 'since he was not', 'since she was not',
];
