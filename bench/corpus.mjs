// A deterministic synthetic corpus of news articles for the benchmark: templates filled from paragraph banks with a
// seeded random number generator, so every run (and every machine) lints exactly the same bytes.
//
// The prose is written for this benchmark. It mixes clean copy with what newslint looks for (weekdays that do not
// match their dates, totals, quotes with and without speakers, unnamed sources, page debris, chatbot leftovers),
// so every rule has work to do, as on a real desk.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small, fast, seedable generator; good enough to pick words. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Millbrook', 'Port Avery', 'Cedar Falls', 'Lakeshore', 'North Haven', 'Bramwell', 'Eastgate', 'Riverton', 'Oak Hollow', 'Saltmarsh'];
const STATES = ['Ohio', 'Oregon', 'Maine', 'Iowa', 'Vermont', 'Nevada', 'Georgia', 'Montana'];
const FIRST = ['Maria', 'James', 'Aisha', 'Tomás', 'Priya', 'Daniel', 'Grace', 'Kwame', 'Elena', 'Robert', 'Mei', 'Samuel', 'Fatima', 'Oliver', 'Hannah'];
const LAST = ['Okafor', 'Lindqvist', 'Castillo', 'Brennan', 'Nakamura', 'Haddad', 'Fitzgerald', 'Moreau', 'Kowalski', 'Adeyemi', 'Whitfield', 'Sandoval'];
const ROLES = ['Mayor', 'Councilmember', 'Superintendent', 'Fire Chief', 'Police Chief', 'County Commissioner', 'Transit Director', 'School Board President'];
const BODIES = ['city council', 'school board', 'county commission', 'transit authority', 'planning board', 'water district'];
const TOPICS = ['budget', 'bridge repair', 'bus route', 'library expansion', 'flood wall', 'school calendar', 'parking plan', 'park renovation'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Lede and body sentence templates; {slots} are filled per article so the text varies while its shape stays newsy. */
const LEDES = [
  '{CITY} — The {BODY} voted {N1}-{N2} on {WEEKDAY_DATE} to approve a {MONEY} {TOPIC}, ending months of debate over how to pay for it.',
  '{CITY} — Residents packed the {BODY} meeting on {WEEKDAY} night as members weighed a {MONEY} plan for the {TOPIC}.',
  '{CITY} — A {TOPIC} that had stalled for two years moved forward {WEEKDAY} after the {BODY} agreed to borrow {MONEY}.',
  '{CITY} — Officials said {WEEKDAY} that the {TOPIC} would cost {MONEY}, nearly double the estimate given last spring.',
];
const BODY = [
  '"We heard people loud and clear," said {ROLE} {PERSON}. "This is not the plan we started with, but it is a better one."',
  'The measure passed after {N3} residents spoke during public comment, most of them in favor of the {TOPIC}.',
  'Of the {TOTAL} people who signed up to speak, {PART1} supported the plan and {PART2} opposed it.',
  'The {BODY} will meet again on {WEEKDAY_DATE} to review bids from contractors.',
  'According to a staff report released {WEEKDAY}, the {TOPIC} would take about {N3} months to finish once work begins.',
  '{PERSON}, who has lived in {CITY} for {N3} years, said the delays had made her commute longer. "I just want it done," she said.',
  'A city official, who spoke on condition of anonymity because the negotiations were ongoing, said the final price could still change.',
  'The vote came a week after a consultant told the {BODY} that the old design would not meet current safety codes.',
  'Critics said the process moved too quickly. "Nobody had time to read the fine print," said {PERSON}, a retired engineer.',
  '{ROLE} {PERSON} said the {BODY} had looked at {N4} alternatives before settling on the current design.',
  'Construction is expected to begin in {MONTH} and could close two lanes of Main Street for much of the summer.',
  'Sources say the state may cover part of the cost, though no agreement has been signed.',
  'In a statement, the {BODY} said it would publish a schedule of road closures by {MONTH_DAY}.',
  'The plan includes {PART1} new crossings and {PART2} repaired ones, for a total of {TOTAL} sites across the city.',
  'Last year, a similar proposal failed by a single vote. Two of the members who opposed it then voted in favor {WEEKDAY}.',
  '"It is the largest investment in the {TOPIC} in a generation," {PERSON} said, adding that the interest rate was locked in on {MONTH_DAY}.',
  'The {BODY} also approved a contract with a local firm to study traffic on the east side, at a cost of {MONEY}.',
  'Some experts believe the project will raise property values near the river, while others warn of higher taxes.',
  'Enrollment has fallen by {N3} percent since {YEAR}, according to district figures, which the board cited in its decision.',
  'Public works crews began surveying the site on {WEEKDAY_DATE}, a day after the permit was issued.',
  'The meeting, which lasted nearly four hours, ended shortly before midnight.',
  'Residents can comment on the design at a hearing scheduled for {MONTH_DAY} at the public library on Elm Street.',
];
const MARKDOWN_EXTRAS = [
  '## What happens next',
  '- The {BODY} meets again on {MONTH_DAY}.\n- Bids are due in {MONTH}.\n- Work could begin by fall.',
  '> "We will keep the public informed at every step," the {BODY} said in a statement.',
  'The full staff report is [available online](https://example.org/report) and runs to **{N4} pages**.',
];
const DEBRIS = ['Share this article', 'Leave a Reply', 'Related Stories', 'Copyright {YEAR}, The {CITY} Ledger. All rights reserved.', 'Subscribe to our newsletter'];
const LEFTOVERS = ['Certainly! Here is a news article about the {TOPIC} vote.', 'I hope this helps. Let me know if you would like any changes.', 'As of my last knowledge update, the project had not been approved.'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function int(rand, low, high) {
  return low + Math.floor(rand() * (high - low + 1));
}

/** The facts of one story: every slot in its paragraphs reads from here, so the article stays consistent. */
function story(rand) {
  const year = int(rand, 2019, 2025);
  const month = int(rand, 0, 11);
  const day = int(rand, 1, 28);
  const published = new Date(Date.UTC(year, month, day));
  const event = new Date(published.getTime() - int(rand, 0, 6) * 86_400_000);
  // One article in five writes the wrong weekday next to its date.
  const weekdayShift = rand() < 0.2 ? int(rand, 1, 6) : 0;
  const part1 = int(rand, 3, 60);
  const part2 = int(rand, 3, 60);
  // One article in six gives a total that its parts do not add up to.
  const total = part1 + part2 + (rand() < 1 / 6 ? int(rand, 1, 9) : 0);
  return {
    year,
    published,
    event,
    weekdayShift,
    city: pick(rand, CITIES),
    state: pick(rand, STATES),
    body: pick(rand, BODIES),
    topic: pick(rand, TOPICS),
    role: pick(rand, ROLES),
    part1,
    part2,
    total,
  };
}

function fill(template, facts, rand) {
  const date = (at) => `${MONTHS[at.getUTCMonth()]} ${at.getUTCDate()}, ${at.getUTCFullYear()}`;
  return template.replace(/\{([A-Z_0-9]+)\}/g, (_, slot) => {
    switch (slot) {
      case 'CITY':
        return facts.city;
      case 'BODY':
        return facts.body;
      case 'TOPIC':
        return facts.topic;
      case 'ROLE':
        return facts.role;
      case 'PERSON':
        return `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
      case 'WEEKDAY':
        return WEEKDAYS[facts.event.getUTCDay()];
      case 'WEEKDAY_DATE':
        return `${WEEKDAYS[(facts.event.getUTCDay() + facts.weekdayShift) % 7]}, ${date(facts.event)}`;
      case 'MONTH':
        return MONTHS[int(rand, 0, 11)];
      case 'MONTH_DAY':
        return `${SHORT_MONTHS[int(rand, 0, 11)]} ${int(rand, 1, 28)}`;
      case 'YEAR':
        return String(facts.year - int(rand, 1, 6));
      case 'MONEY':
        return `$${int(rand, 2, 95)}.${int(rand, 0, 9)} million`;
      case 'N1':
        return String(int(rand, 4, 7));
      case 'N2':
        return String(int(rand, 0, 3));
      case 'N3':
        return String(int(rand, 5, 40));
      case 'N4':
        return String(int(rand, 2, 12));
      case 'TOTAL':
        return String(facts.total);
      case 'PART1':
        return String(facts.part1);
      case 'PART2':
        return String(facts.part2);
      default:
        throw new Error(`unknown slot ${slot}`);
    }
  });
}

function headline(facts) {
  const verb = facts.total % 2 ? 'Approves' : 'Weighs';
  return `${facts.city} ${facts.body.replace(/\b\w/g, (c) => c.toUpperCase())} ${verb} ${facts.topic.replace(/\b\w/g, (c) => c.toUpperCase())} Plan`;
}

/** One to three sentences of the body bank, so long articles rarely repeat a whole paragraph. */
function bodyParagraph(rand, facts) {
  const first = int(rand, 0, BODY.length - 1);
  const count = int(rand, 1, 3);
  return Array.from({ length: count }, (_, i) => fill(BODY[(first + i * 7) % BODY.length], facts, rand)).join(' ');
}

/** One article of at least `size` characters, plain text or Markdown. */
export function article(rand, { size = 5000, markdown = false } = {}) {
  const facts = story(rand);
  const published = `${MONTHS[facts.published.getUTCMonth()]} ${facts.published.getUTCDate()}, ${facts.year}`;
  const parts = [];
  if (markdown) parts.push(`---\ntitle: "${headline(facts)}"\ndate: ${facts.published.toISOString().slice(0, 10)}\n---`, `# ${headline(facts)}`);
  else parts.push(headline(facts), `By ${pick(rand, FIRST)} ${pick(rand, LAST)}`, published);
  if (rand() < 0.1) parts.push(fill(pick(rand, LEFTOVERS), facts, rand));
  parts.push(fill(pick(rand, LEDES), facts, rand));
  let length = parts.join('\n\n').length;
  while (length < size) {
    const paragraph = markdown && rand() < 0.15 ? fill(pick(rand, MARKDOWN_EXTRAS), facts, rand) : bodyParagraph(rand, facts);
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  if (rand() < 0.3) for (let i = int(rand, 1, 3); i > 0; i--) parts.push(fill(pick(rand, DEBRIS), facts, rand));
  return `${parts.join('\n\n')}\n`;
}

/**
 * Writes the corpus under `dir`: `batch/` (articles of about 5 KB, one in four Markdown), `single.txt` (one 5 KB
 * article), `large-40k.txt` and `large-800k.txt` (the same kind of article at 40 KB and 20 times that), and with
 * `huge` set, `huge/` (that many more 5 KB articles in folders of 500). Returns the paths.
 */
export function writeCorpus(dir, { batch = 200, huge = 0, seed = 2024 } = {}) {
  const rand = random(seed);
  const paths = { dir, batch: path.join(dir, 'batch'), single: path.join(dir, 'single.txt'), large: path.join(dir, 'large-800k.txt'), medium: path.join(dir, 'large-40k.txt'), huge: huge ? path.join(dir, 'huge') : undefined };
  mkdirSync(paths.batch, { recursive: true });
  for (let i = 0; i < batch; i++) {
    const markdown = i % 4 === 3;
    writeFileSync(path.join(paths.batch, `article-${String(i).padStart(4, '0')}.${markdown ? 'md' : 'txt'}`), article(rand, { markdown }));
  }
  writeFileSync(paths.single, article(random(seed + 1)));
  writeFileSync(paths.medium, article(random(seed + 2), { size: 40_000 }));
  writeFileSync(paths.large, article(random(seed + 2), { size: 800_000 }));
  if (huge) {
    const hugeRand = random(seed + 3);
    for (let i = 0; i < huge; i++) {
      const folder = path.join(paths.huge, `part-${String(Math.floor(i / 500)).padStart(3, '0')}`);
      if (i % 500 === 0) mkdirSync(folder, { recursive: true });
      const markdown = i % 4 === 3;
      writeFileSync(path.join(folder, `article-${String(i).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`), article(hugeRand, { markdown }));
    }
  }
  return paths;
}
