import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'unsourced-claim';

describe(RULE, () => {
  it('flags a count with no source and names it with its qualifier', () => {
    const text = 'Navy Expands Gulf Patrols\n\nThe navy now keeps about 2,500 sailors in the gulf and nearly 900 on shore.';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 3, column: 20, endLine: 3, endColumn: 39 });
    expect(d!.message).toBe('Figure "about 2,500 sailors" has no source: say who gives it.');
    expect(spanOf(text, d!)).toBe('about 2,500 sailors');
  });

  it('reports an exact plain figure as info, an estimate or a casualty count as a warning', () => {
    const text = [
      'Hawks Edge Rivals',
      '',
      'The goaltender made 31 saves in the win.',
      '',
      'The festival drew an estimated 40,000 visitors to the waterfront.',
      '',
      'Two hikers died in the avalanche near the pass.',
    ].join('\n');
    const found = lintRule(RULE, text).map((d) => [d.line, d.column, d.severity, d.message]);
    expect(found).toEqual([
      [3, 21, 'info', 'Figure "31 saves" has no source: say who gives it.'],
      [5, 19, 'warn', 'Figure "an estimated 40,000 visitors" has no source: say who gives it.'],
      [7, 1, 'warn', 'Casualty figure "Two hikers" has no source: say who gives it.'],
    ]);
  });

  it('names the kind of claim: casualty, damage, amount, percentage, allegation, record', () => {
    const text = [
      'Storm Report',
      '',
      'At least three fishermen drowned off the cape.',
      '',
      'The storm destroyed 40 boats in the harbor.',
      '',
      'Repairs to the pier will cost $12 million.',
      '',
      'Catches fell 30% over the winter.',
      '',
      'A rival crew was behind the arson at the depot.',
      '',
      'It was the wettest winter since 1911.',
    ].join('\n');
    expect(lintRule(RULE, text).map((d) => [d.line, d.column, d.message])).toEqual([
      [3, 1, 'Casualty figure "At least three fishermen" has no source: say who gives it.'],
      [5, 21, 'Damage figure "40 boats" has no source: say who gives it.'],
      [7, 31, 'Amount "$12 million" has no source: say who gives it.'],
      [9, 14, 'Percentage "30%" has no source: say who gives it.'],
      [11, 14, 'Allegation "was behind the arson" has no source: say who makes it.'],
      [13, 8, 'Record claim "the wettest winter since 1911" has no source: say who says so.'],
    ]);
  });

  it('reports one claim per sentence', () => {
    const text = 'Break-ins Rise\n\nOver the winter there were 140 break-ins, with 57 in the north and 83 in the south.';
    const diagnostics = lintRule(RULE, text);
    expect(diagnostics.map((d) => d.message)).toEqual(['Figure "140 break-ins" has no source: say who gives it.']);
  });

  it('keeps exact positions with a BOM, CRLF line ends, tabs and non-ASCII text', () => {
    const text = '\uFEFFRhine Flood\r\n\r\n\tThe river — swollen in Köln and Zürich — flooded 3,400 homes.';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 3, column: 51, endColumn: 62 });
    expect(spanOf(text, d!)).toBe('3,400 homes');
  });

  it('keeps exact positions in Markdown with emphasis', () => {
    const text = '# Harbor news\n\nThe **port** handled *1.2 million containers* last year.';
    const [d] = lintRule(RULE, text, { filePath: 'story.md' });
    expect(d).toMatchObject({ line: 3, column: 23, endColumn: 45 });
    expect(spanOf(text, d!)).toBe('1.2 million containers');
  });

  it('accepts figures attributed in their sentence, in any position', () => {
    for (const text of [
      'About 2,500 sailors are in the gulf, the navy said.',
      'The navy says about 2,500 sailors are in the gulf.',
      'According to the navy, about 2,500 sailors are in the gulf.',
      'About 2,500 sailors are in the gulf, according to figures from the navy.',
      'Navy spokeswoman Dana Kim told reporters that about 2,500 sailors are in the gulf.',
      'In a statement, the navy put the number at about 2,500 sailors.',
      '"We have about 2,500 sailors in the gulf," said Adm. Lee Park.',
      'Two officials who spoke on condition of anonymity said about 2,500 sailors are in the gulf.',
      'The harbor master, Ian Cole, said 14 boats sank.',
      'A spokeswoman for the port, who gave her name only as Maria, said 14 boats sank.',
    ]) {
      expect(lintRule(RULE, text)).toEqual([]);
    }
  });

  it('accepts a figure that an adjacent sentence of the same paragraph clearly covers', () => {
    expect(lintRule(RULE, 'At least 12 people died, the ministry said. Another 40 were injured.')).toEqual([]);
    expect(lintRule(RULE, 'At least 12 people died. The figures come from the health ministry.')).toEqual([]);
    expect(lintRule(RULE, 'The ministry said:\n\n- 300 homes were lost;\n- 90 roads were closed.', { filePath: 'a.md' })).toEqual([]);
  });

  it('does not let a neighbour in another paragraph cover a casualty figure, or an unrelated one any figure', () => {
    const text = 'At least 12 people died, the ministry said.\n\nAnother 40 were injured.';
    expect(lintRule(RULE, text).map((d) => d.message)).toEqual(['Casualty figure "Another 40" has no source: say who gives it.']);
    const unrelated = 'At least 12 people died, the ministry said. The town has 4,000 residents.';
    expect(lintRule(RULE, unrelated).map((d) => d.message)).toEqual(['Figure "4,000 residents" has no source: say who gives it.']);
  });

  it('lets an attributed sentence cover the next one when both are about the same thing', () => {
    const text = 'Riders took 4,100 trips a day on the new line, the transit agency reported. Weekend trips rose 12% after fares were cut.';
    expect(lintRule(RULE, text)).toEqual([]);
  });

  it('lets the attributed end of a paragraph cover an ordinary figure that opens the next one', () => {
    const text = [
      'Harbor Results',
      '',
      'Profit at the ferry operator rose to $41 million in the quarter, the company said on Tuesday.',
      '',
      'Ticket revenue increased 6% to $190 million. Cargo sales grew 3%.',
    ].join('\n');
    expect(lintRule(RULE, text)).toEqual([]);
  });

  it('does not let the paragraph before cover a later sentence, or cover across a heading', () => {
    const later = 'Harbor Results\n\nProfit rose to $41 million, the company said.\n\nFreight held steady. The fleet has 32 vessels.';
    expect(lintRule(RULE, later).map((d) => d.message)).toEqual(['Figure "32 vessels" has no source: say who gives it.']);
    const heading = 'Profit rose to $41 million, the company said.\n\nFleet\n\nThe fleet has 32 vessels.';
    expect(lintRule(RULE, heading).map((d) => [d.line, d.column, d.message])).toEqual([
      [5, 15, 'Figure "32 vessels" has no source: say who gives it.'],
    ]);
  });

  it('does not let a covered figure pass its cover on to a casualty or past one sentence', () => {
    const text = [
      'Harbor Results',
      '',
      'Profit rose to $41 million, the company said.',
      '',
      'Ticket revenue increased 6%. Two deckhands were injured in March. The fleet has 32 vessels.',
    ].join('\n');
    expect(lintRule(RULE, text).map((d) => [d.line, d.column, d.message])).toEqual([
      [5, 30, 'Casualty figure "Two deckhands" has no source: say who gives it.'],
      [5, 81, 'Figure "32 vessels" has no source: say who gives it.'],
    ]);
    const twoOn = 'Harbor Results\n\nProfit rose to $41 million, the company said.\n\nTicket revenue increased 6%. Cargo sales grew 3%. The fleet has 32 vessels.';
    expect(lintRule(RULE, twoOn).map((d) => [d.line, d.column, d.message])).toEqual([
      [5, 65, 'Figure "32 vessels" has no source: say who gives it.'],
    ]);
  });

  it('accepts share prices quoted from trading', () => {
    expect(lintRule(RULE, 'Harbor Results\n\nShares of the operator fell 4.2% to $17.85 in afternoon trading in Oslo.')).toEqual([]);
  });

  it('does not read a number hyphenated to a noun as a statistic, but keeps a duration of damage', () => {
    expect(lintRule(RULE, 'Clinic Opens\n\nThe 96-bed clinic occupies a 22,000-square-foot former warehouse.')).toEqual([]);
    const damage = 'Flood Report\n\nThe flood forced a 12-day shutdown of the mill.';
    expect(lintRule(RULE, damage).map((d) => d.message)).toEqual(['Damage figure "12-day shutdown" has no source: say who gives it.']);
  });

  it('does not treat a first-time milestone as a record claim', () => {
    expect(lintRule(RULE, 'Cup Report\n\nThe club reached the final for the first time since 1987.')).toEqual([]);
  });

  it('never fires on the headline, datelines, dates, times, labels or quoted figures', () => {
    expect(lintRule(RULE, '2,500 Sailors Sent to the Gulf\n\nThe deployment began on Monday.')).toEqual([]);
    expect(lintRule(RULE, 'PORT SAID, Jan. 21, 2024 — The deployment began on Monday.')).toEqual([]);
    expect(lintRule(RULE, 'The vote was set for 10:30 a.m. on March 5, 2024, under Article 12 of the charter.')).toEqual([]);
    expect(lintRule(RULE, 'Crews from the 1-487 FA and the 3rd Brigade trained in 2021.')).toEqual([]);
    expect(lintRule(RULE, '"We lost 40 boats in one night," said harbor master Ian Cole.')).toEqual([]);
  });

  it('does not count a negated casualty ("not hurt") as a casualty figure', () => {
    expect(lintRule(RULE, 'Robbery\n\nTwo employees were tied up but not hurt.')).toEqual([]);
  });

  it('checks only the kinds of claim given in the kinds option', () => {
    const text = 'Storm Report\n\nAt least three fishermen drowned. The harbor holds 400 boats.';
    const diagnostics = lintRule(RULE, text, { ruleOptions: { kinds: ['casualty'] } });
    expect(diagnostics.map((d) => d.message)).toEqual(['Casualty figure "At least three fishermen" has no source: say who gives it.']);
    expect(lintRule(RULE, text).map((d) => d.column)).toEqual([1, 52]);
  });

  it('leaves a vaguely attributed figure to vague-attribution', () => {
    expect(lintRule(RULE, 'About 2,500 sailors are reportedly in the gulf.')).toEqual([]);
  });
});
