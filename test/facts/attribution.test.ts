import { parseArticle } from '../../src/article/parse.js';

function model(text: string) {
  const article = parseArticle(text);
  return { article, attributions: article.facts.attributions };
}

/** The sources of every cue of the sentence that contains `needle`, as "kind:text". */
function sourcesOf(text: string, needle: string): string[] {
  const { article, attributions } = model(text);
  const sentence = article.sentences.find((candidate) => candidate.text.includes(needle));
  if (!sentence) throw new Error(`no sentence with ${needle}`);
  return attributions.of(sentence).cues.map((cue) => `${cue.source.kind}:${cue.source.text}`);
}

describe('attribution model: cues and sources', () => {
  it('reads the subject before a reporting verb', () => {
    expect(sourcesOf('The Pentagon reports at least 40 attacks since May.', 'Pentagon')).toEqual(['organization:The Pentagon']);
    expect(sourcesOf('Col. Ann Reyes said the runway was repaired.', 'Reyes')).toEqual(['person:Col. Ann Reyes']);
    expect(sourcesOf('The harbor reopened on Monday, the port authority said.', 'harbor')).toEqual(['organization:the port authority']);
  });

  it('reads an inverted subject after a quotation or a clause', () => {
    expect(sourcesOf('"The pumps are working again," said Mayor Ruth Olsen.', 'pumps')).toEqual(['person:Mayor Ruth Olsen']);
    expect(sourcesOf('More rain is expected this week, warned a county official.', 'rain')).toEqual(['anonymous:a county official']);
  });

  it('steps over appositions to the subject, and prefers the name among them', () => {
    expect(sourcesOf('Gen. Paul Vance, commander of the Northern Fleet, said the drill was over.', 'Vance')).toEqual([
      'person:Gen. Paul Vance',
    ]);
    expect(sourcesOf("The company's lawyer, Mark Bensen, said the firm would appeal.", 'Bensen')).toEqual(['person:Mark Bensen']);
    expect(sourcesOf('Tom Reilly, 61, said he had done nothing wrong.', 'Reilly')).toEqual(['person:Tom Reilly']);
  });

  it('reads the source after "according to" and kin, up to the next comma', () => {
    expect(sourcesOf('Prices rose 9% in a year, according to the national statistics office.', 'Prices')).toEqual([
      'organization:the national statistics office',
    ]);
    expect(sourcesOf('Each count carries up to 10 years in prison, according to court records.', 'count')).toEqual([
      'document:court records',
    ]);
  });

  it('finds the subject of a coordinated reporting verb at the head of the clause', () => {
    const text = 'Col. Ann Reyes said the crew was safe. She did not give details but said "the alarms worked as designed."';
    const { article, attributions } = model(text);
    const cue = attributions.of(article.sentences[1]!).cues[0]!;
    expect(cue.source).toMatchObject({ kind: 'pronoun', text: 'She' });
    expect(cue.source.refersTo?.text).toBe('Col. Ann Reyes');
  });

  it('knows a bare surname once the full name was given with a title', () => {
    const text = 'Prime Minister Lena Halvorsen opened the session.\n\nHalvorsen said the budget would pass.';
    const { article, attributions } = model(text);
    const cue = attributions.of(article.sentences[1]!).cues[0]!;
    expect(cue.source.kind).toBe('person');
    expect(cue.source.refersTo?.text).toBe('Prime Minister Lena Halvorsen');
  });

  it('does not take other senses of cue words for reports', () => {
    expect(sourcesOf('The economy added 200,000 jobs in May.', 'economy')).toEqual([]);
    expect(sourcesOf('The group claimed responsibility for the blast.', 'group')).toEqual([]);
    expect(sourcesOf('The attack, described as the worst in years, closed the road.', 'attack')).toEqual([]);
    expect(sourcesOf('There were no reported injuries.', 'injuries')).toEqual([]);
    expect(sourcesOf('Officials declined to say how many troops were hurt.', 'declined')).toEqual([]);
    expect(sourcesOf('The United States maintains about 900 troops there.', 'United')).toEqual([]);
    expect(sourcesOf('Reilly was found guilty on four counts.', 'guilty')).toEqual([]);
  });

  it('treats a passive report without an agent as no cue, and with one as a cue', () => {
    expect(sourcesOf('The minister is said to be furious.', 'minister')).toEqual([]);
    expect(sourcesOf('The strike was reported by state television.', 'strike')).toEqual(['organization:state television']);
  });

  it('ignores cues inside quotations when attributing the sentence', () => {
    const text = '"Nobody told us the water was rising," a resident said.';
    expect(sourcesOf(text, 'resident')).toEqual(['other:a resident']);
  });
});

describe('attribution model: vague and anonymous sources', () => {
  it('classifies weasel groups as vague and counts no attribution for them', () => {
    const { article, attributions } = model('Experts say the bridge is unsafe.');
    const sentence = attributions.of(article.sentences[0]!);
    expect(sentence.attributed).toBe(false);
    expect(sentence.vague.map((vague) => vague.text)).toEqual(['Experts say']);
  });

  it('finds passive reports with no agent, including reduced relatives', () => {
    const { article, attributions } = model('The militia, believed to be armed by a neighbor, is widely thought to have fled.');
    expect(attributions.of(article.sentences[0]!).vague.map((vague) => [vague.text, vague.passive])).toEqual([
      ['believed to be', true],
      ['is widely thought to', true],
    ]);
  });

  it('does not call an active claim or an agent passive vague', () => {
    const { article, attributions } = model('He claimed to be a doctor. The plan was thought by engineers to be sound.');
    expect(attributions.of(article.sentences[0]!).vague).toEqual([]);
    expect(attributions.of(article.sentences[1]!).vague).toEqual([]);
  });

  it('finds anonymous sources and the reason given for anonymity', () => {
    const text =
      'Two officials said the talks had stalled, speaking on condition of anonymity because they were not authorized to brief reporters.';
    const { article, attributions } = model(text);
    const [anonymous] = attributions.of(article.sentences[0]!).anonymous;
    expect(anonymous?.source.text).toBe('Two officials');
    expect(anonymous?.marker?.text).toBe('on condition of anonymity');
    expect(anonymous?.reason?.text).toBe('because they were not authorized to brief reporters');
  });

  it('does not take a reason for the news for a reason for anonymity', () => {
    const { article, attributions } = model('A senior official said the flights were cancelled because the runway flooded.');
    const [anonymous] = attributions.of(article.sentences[0]!).anonymous;
    expect(anonymous?.source.text).toBe('A senior official');
    expect(anonymous?.reason).toBeUndefined();
  });

  it('does not call named, definite or group sources anonymous', () => {
    for (const text of [
      'A spokesman for the ministry, Omar Haddad, said the border was open.',
      'Officials said the border was open.',
      'The official said the border was open.',
      'An official statement said the border was open.',
    ]) {
      const { article, attributions } = model(text);
      expect(attributions.of(article.sentences[0]!).anonymous).toEqual([]);
    }
  });
});

describe('attribution model: quotations and carried attribution', () => {
  it('links a quotation to the speaker of its own sentence, before or after it', () => {
    const { attributions } = model('"We will rebuild," said Mayor Ruth Olsen. The governor said "the money is there."');
    expect(attributions.quotes.map((quote) => [quote.speaker?.text, quote.via])).toEqual([
      ['Mayor Ruth Olsen', 'sentence'],
      ['The governor', 'sentence'],
    ]);
  });

  it('links a quotation that opens its sentence to the speaker of the sentence before', () => {
    const { attributions } = model('Olsen said the levee held. "We were lucky this time."');
    expect(attributions.quotes[0]).toMatchObject({ via: 'previous', clause: true });
    expect(attributions.quotes[0]!.speaker?.text).toBe('Olsen');
  });

  it('links a quotation that runs on from an unclosed one in the paragraph before', () => {
    const text = 'Olsen said: "We will rebuild every house.\n\n"We will not leave anyone behind," she added.';
    const { attributions } = model(text);
    expect(attributions.quotes.map((quote) => quote.via)).toEqual(['sentence', 'sentence']);
    const alone = model('Olsen said: "We will rebuild every house.\n\n"We will not leave anyone behind."').attributions.quotes;
    expect(alone.map((quote) => quote.via)).toEqual(['sentence', 'continued']);
  });

  it('leaves an unattributed quotation without a speaker and describes it', () => {
    const { attributions } = model('The town is quiet now. "Nobody expected the river to rise so fast."');
    expect(attributions.quotes[0]).toMatchObject({ wordCount: 8, clause: true, titleCase: false });
    expect(attributions.quotes[0]!.speaker).toBeUndefined();
  });

  it('carries attribution to a sentence that continues the report or is introduced by a colon', () => {
    const text = 'At least 12 people died, the ministry said. Another 40 were injured.\n\nThe agency said:\n\n- 300 homes were lost;\n- 90 roads were closed.';
    const { article, attributions } = model(text);
    const continued = article.sentences.find((sentence) => sentence.text.startsWith('Another'))!;
    expect(attributions.of(continued).carriedFrom?.text).toBe('At least 12 people died, the ministry said.');
    for (const figure of ['300', '90']) {
      const item = article.sentences.find((sentence) => sentence.text.includes(figure))!;
      expect(attributions.of(item).carriedFrom?.text).toBe('The agency said:');
    }
    const markdown = parseArticle('The agency said:\n\n- 300 homes were lost;\n- 90 roads were closed.', { format: 'markdown' });
    expect(markdown.sentences.slice(1).map((sentence) => markdown.facts.attributions.of(sentence).carriedFrom?.text)).toEqual([
      'The agency said:',
      'The agency said:',
    ]);
  });

  it('carries attribution back from a sentence that names the source of the figures', () => {
    const text = 'At least 12 people died. The figures come from the health ministry.';
    const { article, attributions } = model(text);
    expect(attributions.of(article.sentences[0]!).carriedFrom?.text).toBe('The figures come from the health ministry.');
  });

  it('does not carry attribution to an unrelated sentence', () => {
    const { article, attributions } = model('At least 12 people died, the ministry said. The town has 4,000 residents.');
    expect(attributions.of(article.sentences[1]!).carriedFrom).toBeUndefined();
  });
});
