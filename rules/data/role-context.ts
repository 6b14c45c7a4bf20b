/**
 * Words around a person's title that decide whether stale-attribution may check it.
 * All matching is case-insensitive through the shared PhraseMatcher unless said otherwise.
 */

/** Ranks, honorifics and courtesy titles written before a name; they are not part of the name. */
export const personTitles: string[] = [
  'Gen', 'General', 'Lt', 'Lieutenant', 'Maj', 'Major', 'Col', 'Colonel', 'Capt', 'Captain', 'Cpt', 'Cmdr', 'Cdr',
  'Commander', 'Adm', 'Admiral', 'Vice', 'Rear', 'Brig', 'Brigadier', 'Sgt', 'Sergeant', 'Marine', 'Army', 'Navy',
  'Air', 'Force', 'Space', 'Field', 'Marshal', 'Chief', 'Staff', 'Master', 'Warrant', 'Officer', 'Lt-Gen', 'Maj-Gen',
  'Dr', 'Doctor', 'Prof', 'Professor', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Sir', 'Dame', 'Lord', 'Lady', 'Sen',
  'Senator', 'Rep', 'Representative', 'Gov', 'Governor', 'Amb', 'Ambassador', 'Hon', 'Honorable', 'Rt', 'Rev',
  'Reverend', 'King', 'Queen', 'Prince', 'Princess', 'Crown', 'Sheikh', 'Sheik', 'Emir', 'Sultan', 'Ayatollah',
  'Grand', 'President', 'Premier', 'Chancellor', 'Minister', 'Secretary',
];

/** Name suffixes that are not the surname. */
export const nameSuffixes: string[] = ['Jr', 'Sr', 'II', 'III', 'IV', 'V'];

/** Lower-case name particles that may sit inside a name ("Ursula von der Leyen", "Mohammed bin Salman"). */
export const nameParticles: string[] = [
  'al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van',
  'von', 'der', 'den', 'ter', 'ten', 'y', 'e', 'bou', 'ould',
];

/**
 * Marks that put a title in the past (or the future) when written just before it or between the name and the
 * title: "former Defense Secretary", "then-spokesman", "X, who served as ...".
 */
export const tenseMarkersBefore: string[] = [
  'former', 'formerly', 'ex', 'then', 'onetime', 'one-time', 'erstwhile', 'previous', 'previously', 'past', 'late',
  'outgoing', 'retiring', 'departing', 'retired', 'incoming', 'future', 'designate', 'nominee', 'nominated',
  'would-be', 'soon-to-be', 'later', 'once', 'who was', 'who had been', 'who served as', 'who became', 'who would become',
  'who went on to become', 'who was then', 'who at the time was', 'who has since', 'was', 'had been', 'served as',
  'as', 'acting', 'interim', 'deputy', 'assistant', 'under', 'vice', 'shadow', 'principal deputy', 'senior',
];

/** Marks right after a title that change its time or meaning ("Defense Secretary-designate", "spokesman until 2021"). */
export const tenseMarkersAfter: string[] = [
  'designate', 'elect', 'nominee', 'at the time', 'until', 'from', 'between', 'under', 'during', 'emeritus',
];

/** Phrases anywhere in the sentence that set it in the past. */
export const pastContextPhrases: string[] = [
  'at the time', 'back then', 'back in', 'in the past', 'years ago', 'decades ago', 'a year ago', 'months ago',
  'had been', 'had served', 'had said', 'had told', 'had warned', 'was then', 'were then', 'then-', 'in a previous',
  'in an earlier', 'in his previous', 'in her previous', 'previous administration', 'former administration',
  'administration of', 'tenure', 'who served', 'who was', 'at that time', 'in those days', 'since retired', 'since left',
  'since stepped down', 'has since', 'have since', 'later became', 'went on to', 'would later', 'would become',
  'died', 'dies', 'death of', 'obituary', 'funeral', 'passed away', 'memoir', 'presidency', 'first term', 'second term',
  'previous term', 'in office', 'his term', 'her term', 'during his', 'during her', 'during their',
];

/**
 * Words that may stand between a name and its title in an appositive ("Lloyd Austin, the defense secretary").
 * Anything else there (an adjective, a nationality, "deputy") means the title is not simply the person's post.
 */
export const appositiveFillers: string[] = ['the', 'a', 'an', 'now', 'currently', 'the current', 'who is', 'who is the', 'the new', 'the newly appointed', 'newly appointed', 'who now serves as'];

/** Capitalised words that may open a sentence right before a title ("The Pentagon press secretary, ..."). */
export const leadingFunctionWords: string[] = ['The', 'A', 'An', 'And', 'But', 'When', 'While', 'As', 'After', 'Before', 'On', 'In', 'At', 'By', 'For', 'With', 'From', 'Meanwhile', 'Also', 'Earlier', 'Later', 'Today', 'Yesterday', 'According', 'To', 'Asked', 'Speaking'];

/** Words dropped from role phrases before matching, so "the US-led military coalition" reads as "the US-led coalition". */
export const roleFillerWords: string[] = ['military', 'multinational', 'international', 'global'];
