/**
 * Page chrome that scrapers leave in article text. Each pattern must match a whole line (case-insensitive);
 * anchoring to the line is what keeps reporting that merely mentions "share" or "advertisement" out.
 */
export interface DebrisPattern {
  /** Regular expression source, matched against the trimmed line. No nested quantifiers. */
  pattern: string;
  label: string;
}

export const scrapeDebris: DebrisPattern[] = [
  { pattern: 'leave a (?:reply|comment)(?: below)?', label: 'comment form' },
  { pattern: 'post a comment(?: \\(\\d+\\))?', label: 'comment form' },
  { pattern: 'add (?:a|your) comment', label: 'comment form' },
  { pattern: 'cancel reply', label: 'comment form' },
  { pattern: '\\d+ comments?|comments? \\(\\d+\\)', label: 'comment counter' },
  { pattern: 'your email address will not be published\\.?(?: required fields are marked(?: ?\\*)?)?', label: 'comment form' },
  { pattern: 'required fields are marked(?: ?\\*)?', label: 'comment form' },
  { pattern: '(?:previous|next|older|newer) (?:post|article|story|entry)(?: (?:previous|next|older|newer) (?:post|article|story|entry))?', label: 'post navigation' },
  { pattern: '(?:please )?share this (?:article|story|post|page)\\b.{0,200}', label: 'share call to action' },
  { pattern: 'share (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|reddit|email|telegram)(?:[ ,|/]+(?:facebook|twitter|x|whatsapp|linkedin|reddit|email|telegram))*', label: 'share buttons' },
  { pattern: '(?:share|tweet|email|print)(?: ?[|/·•] ?(?:share|tweet|email|print|facebook|twitter|whatsapp|linkedin))+', label: 'share buttons' },
  { pattern: 'click (?:here )?to share\\b.{0,120}', label: 'share buttons' },
  { pattern: '(?:read|see) (?:also|more|next)\\s*[:：\\-–—].{0,200}', label: 'link to another story' },
  { pattern: 'also read\\s*[:：\\-–—].{0,200}', label: 'link to another story' },
  { pattern: 'related(?: (?:posts?|articles?|stories|news|content|coverage|reading))?:?', label: 'related-links box' },
  { pattern: 'you (?:may|might) also (?:like|be interested in):?', label: 'related-links box' },
  { pattern: '(?:most|more) (?:recent|popular|read|viewed|shared)(?: (?:stories|posts|articles|news))?', label: 'related-links box' },
  { pattern: 'recommended (?:for you|stories|reading)', label: 'related-links box' },
  { pattern: 'advertisement(?:\\s*[:\\-–—].{0,200})?', label: 'advertisement marker' },
  { pattern: '(?:sponsored(?: content)?|paid content|promoted)', label: 'advertisement marker' },
  { pattern: '(?:story continues|continue reading|article continues)(?: below(?: (?:the )?(?:advertisement|ad))?)?', label: 'advertisement marker' },
  { pattern: 'scroll (?:down )?to continue(?: reading)?', label: 'advertisement marker' },
  { pattern: '(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)[^.]{0,80}\\.?(?:\\s*all rights reserved\\.?)?', label: 'copyright footer' },
  { pattern: 'all rights reserved\\.?', label: 'copyright footer' },
  { pattern: '(?:subscribe to|sign up for|get) (?:our|the) (?:free |daily |weekly |morning |evening |breaking news |email )?(?:newsletters?|mailing list|briefing)\\b.{0,120}', label: 'newsletter box' },
  { pattern: 'enter your e-?mail(?: address)?(?: here)?\\W{0,3}', label: 'newsletter box' },
  { pattern: '(?:sign up|subscribe|sign in|log ?in|register)(?: now)?', label: 'page navigation' },
  { pattern: '(?:menu|search|home|sections|subscribe|sign in|log ?in)(?: ?[|/·•] ?(?:menu|search|home|sections|subscribe|sign in|log ?in))+', label: 'page navigation' },
  { pattern: '(?:privacy policy|terms of (?:service|use)|cookie (?:policy|settings)|contact us|about us)(?: ?[|/·•] ?(?:privacy policy|terms of (?:service|use)|cookie (?:policy|settings)|contact us|about us|advertise|careers|sitemap))+', label: 'site footer' },
  { pattern: '(?:media|press) (?:contacts?|inquiries|enquiries)\\s*:.{0,200}', label: 'press-release contact' },
  { pattern: 'follow us on (?:facebook|twitter|x|instagram|telegram|google news|linkedin)\\b.{0,80}', label: 'social links' },
  { pattern: 'skip to (?:main )?content|toggle navigation|back to top', label: 'page navigation' },
  { pattern: '(?:tags|filed under|categories)\\s*:.{0,150}', label: 'tag list' },
];
