import { lintRule } from '../helpers/lint.js';

const RULE = 'scrape-debris';

describe(RULE, () => {
  it.each([
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'Post a Comment (0)',
    'Previous Post Next Post',
    'Share this article on Facebook and X',
    'READ ALSO: Council delays vote again',
    'Advertisement: Get 20% off today',
    'ADVERTISEMENT',
    'Related Post',
    'Most Recent Stories',
    'Copyright 2024, Example Media LLC',
    '© 2023 Example Media. All rights reserved.',
    'Story continues below advertisement',
    'Subscribe to our newsletter for daily updates',
    'Sign up for our daily newsletter',
    'Enter your email address',
    'Sign up',
    'Menu / Search / Subscribe',
    'Privacy Policy | Terms of Service | Contact Us',
    'Media contact: Dana Ruiz, press office, 555-0142',
  ])('flags the whole line "%s" and offers to remove it', (line) => {
    const text = `Harbor Bridge Reopens\n\nThe bridge reopened on Tuesday.\n\n${line}\n\nTraffic was light.\n`;
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 5, column: 1, endLine: 5, endColumn: line.length + 1 });
    expect(d!.message).toMatch(/^Page debris \([a-z -]+\): ".+" is not article text\.$/);
    const lineStart = text.indexOf(line);
    expect(d!.fix).toEqual({ range: [lineStart, lineStart + line.length + 1], text: '' });
  });

  it('points at the text, not at the list bullet or indentation', () => {
    const [d] = lintRule(RULE, 'Title\n\n  • Leave a Reply\n');
    expect([d!.line, d!.column]).toEqual([3, 3]);
  });

  it.each([
    'Shareholders will share the proceeds of the sale, the company said.',
    'Residents can sign up for the program at city hall, officials said.',
    'The newspaper asked readers to subscribe to its new weekend edition.',
    'The privacy policy changed in March, the company said.',
    'Media contacts were not returned on Friday.',
    'Advertisement spending fell 4% in the quarter, according to the report.',
    'The company shared its most recent stories with investors.',
    'Copyright lawyers said the ruling in 2024 would change the industry.',
    'Related posts on social media were removed by the platform on Monday.',
    'Readers can leave a reply on the paper\'s website, the editor wrote, adding that comments are moderated.',
    'Please share this article with care, the editor told staff in a memo that reviewed the newsroom\'s policy on sharing unverified material, which has been debated for months among reporters, editors and the standards team at length over many meetings.',
  ])('does not flag reporting that mentions the words: "%s"', (line) => {
    expect(lintRule(RULE, `Title\n\n${line}\n`)).toEqual([]);
  });

  it('ignores Markdown front matter keys that look like a tag list', () => {
    expect(lintRule(RULE, '---\ntags: politics, budget\n---\n\n# Title\n\nBody.\n', { filePath: 'a.md' })).toEqual([]);
  });
});
