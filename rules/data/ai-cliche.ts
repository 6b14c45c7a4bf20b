/**
 * Stock phrases that machine-written news leans on. Each one is fine in a human story now and then; it is their
 * density that tells. Users add their own with the rule's `extraPhrases` option and drop these with `ignorePhrases`.
 * Matched by the shared phrase matcher (case-insensitive, whole words).
 */
export const aiClichePhrases: string[] = [
  // Emphasis verbs
  'underscores the', 'underscoring the', 'underscore the importance', 'highlights the importance of',
  'highlighting the importance of', 'it is worth noting', "it's worth noting", 'it is important to note',
  "it's important to note", 'it is crucial to', "it's crucial to", 'it is essential to', "it's essential to",
  'notably,',
  // Tension and escalation boilerplate
  'amid escalating tensions', 'amid heightened tensions', 'amid rising tensions', 'amid soaring tensions',
  'amid growing tensions', 'in a concerning development', 'in a significant development', 'in a surprising turn of events',
  'in a shocking turn of events', 'sent shockwaves through', 'sending shockwaves through', 'sent ripples through',
  'the situation remains fluid', 'the situation remains tense', 'the situation remains volatile',
  'the complex geopolitical landscape', 'the geopolitical landscape', 'the security landscape', 'the evolving landscape',
  'an ever-evolving landscape', 'the ever-changing landscape', 'the broader landscape', 'geopolitical chessboard',
  'the delicate balance', 'a delicate balance', 'a delicate balancing act', 'at a critical juncture', 'a critical juncture',
  // Complexity talk
  'adds another layer of complexity', 'adding another layer of complexity', 'adds a layer of complexity',
  'adding a layer of complexity', 'further complicating matters', 'navigating the complexities', 'navigate the complexities',
  'navigating the intricacies', 'the intricate web of', 'an intricate web of', 'a complex web of', 'the intricate dynamics',
  'a complex and multifaceted', 'multifaceted approach', 'a myriad of',
  // Reminders and testaments
  'a stark reminder', 'serves as a stark reminder', 'serves as a reminder', 'a sobering reminder', 'a poignant reminder',
  'a testament to', 'stands as a testament', 'a beacon of hope',
  // Essay scaffolding
  'delve into', 'delves into', 'delving into', 'delved into', 'delve deeper', 'in the realm of', 'in conclusion,',
  'in summary,', 'to sum up,', "in today's fast-paced world", 'in an ever-changing world', 'only time will tell',
  'the stakes are high', 'the stakes have never been higher', 'plays a pivotal role', 'a pivotal moment',
  'plays a crucial role', 'marks a significant', 'a significant milestone', 'shedding light on', 'a rich tapestry',
  'a tapestry of', 'fostering a sense of', 'far-reaching implications', 'far-reaching consequences',
  'wide-ranging implications', 'the ripple effects', 'a game-changer', 'raises important questions',
  'the road ahead remains', 'the path ahead remains', 'a renewed sense of', 'in an era of',
];
