import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'chatbot-leftover';

function fixedText(text: string, range: [number, number]): string {
  return text.slice(range[0], range[1]);
}

describe(RULE, () => {
  it('flags an AI self-description and suggests removing its sentence', () => {
    const text = 'Storm Closes Schools\n\nAs an AI language model, I cannot predict when schools will reopen. Officials said classes resume Monday.';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'error', line: 3, column: 1, endLine: 3, endColumn: 24 });
    expect(d!.message).toBe('Chatbot leftover (AI self-description): "As an AI language model" is addressed to the prompter, not the reader.');
    expect(d!.fix).toBeUndefined();
    expect(d!.suggestions).toHaveLength(1);
    expect(d!.suggestions![0]!.desc).toBe('Remove the sentence');
    expect(fixedText(text, d!.suggestions![0]!.fix.range)).toBe('As an AI language model, I cannot predict when schools will reopen. ');
  });

  it('flags a refusal with curly apostrophes and takes in the refused task', () => {
    const text = 'The council met on Tuesday. I’m sorry, but I can’t assist with that request.';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 1, column: 29, endColumn: 58 });
    expect(spanOf(text, d!)).toBe('I’m sorry, but I can’t assist');
    expect(d!.message).toBe('Chatbot leftover (refusal): "I’m sorry, but I can’t assist" is addressed to the prompter, not the reader.');
    expect(fixedText(text, d!.suggestions![0]!.fix.range)).toBe(' I’m sorry, but I can’t assist with that request.');
  });

  it('flags a refused request without an apology', () => {
    const text = 'I cannot fulfill this request because it concerns a real person.';
    const [d] = lintRule(RULE, text);
    expect(spanOf(text, d!)).toBe('I cannot fulfill this request');
    expect(d!.message).toBe('Chatbot leftover (refusal): "I cannot fulfill this request" is addressed to the prompter, not the reader.');
  });

  it('matches a reply to the prompt across a sentence break and suggests removing the whole line', () => {
    const text = 'Headline\n\nCertainly! Here is a rewritten version of the article:\n\nThe bridge reopened on Friday.';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 19 });
    expect(d!.message).toBe('Chatbot leftover (reply to the prompt): "Certainly! Here is" is addressed to the prompter, not the reader.');
    expect(fixedText(text, d!.suggestions![0]!.fix.range)).toBe('Certainly! Here is a rewritten version of the article:\n');
  });

  it('flags a knowledge cut-off in mid-sentence', () => {
    const text = 'The rule, as of my last knowledge update in 2022, had not changed.';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 1, column: 11, endColumn: 41 });
    expect(d!.message).toBe('Chatbot leftover (knowledge cut-off): "as of my last knowledge update" is addressed to the prompter, not the reader.');
  });

  it('offers a fix that deletes a line holding only chat-window text', () => {
    const text = 'The plant will close in May.\n\nRegenerate response\n\nWorkers were told on Monday.';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 3, column: 1, endColumn: 20 });
    expect(d!.message).toBe('Chatbot leftover (chat window text): "Regenerate response" is addressed to the prompter, not the reader.');
    expect(fixedText(text, d!.fix!.range)).toBe('Regenerate response\n');
    expect(d!.suggestions).toBeUndefined();
  });

  it('offers a fix for an offer of help that fills its paragraph', () => {
    const text = 'Turnout was 61 percent.\n\nI hope this helps!\n';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 3, column: 1, endColumn: 18 });
    expect(d!.message).toBe('Chatbot leftover (offer of more help): "I hope this helps" is addressed to the prompter, not the reader.');
    expect(fixedText(text, d!.fix!.range)).toBe('I hope this helps!\n');
  });

  it('flags a note to the prompter', () => {
    const text = 'Note: This article was generated from the notes you provided.';
    const [d] = lintRule(RULE, text);
    expect(spanOf(text, d!)).toBe('Note: This article was generated');
    expect(d!.message).toBe('Chatbot leftover (note to the prompter): "Note: This article was generated" is addressed to the prompter, not the reader.');
  });

  it('reports exact positions in Markdown with emphasis, CRLF line ends and a BOM', () => {
    const text = '\uFEFF# Budget\r\n\r\nThe vote passed. **As an AI language model**, I have no opinion.\r\n';
    const [d] = lintRule(RULE, text, { filePath: 'story.md' });
    expect(d).toMatchObject({ line: 3, column: 20, endLine: 3, endColumn: 43 });
    expect(spanOf(text, d!)).toBe('As an AI language model');
  });

  it('keeps a bare quotation that nothing frames as an error', () => {
    const text = 'Headline\n\n"As an AI language model, I cannot write about this election."';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ severity: 'error', line: 3, column: 2 });
  });

  describe('quoted in reporting about AI', () => {
    it('lowers a quotation framed by the sentence to info', () => {
      const text = 'The product listing began "As an AI language model, I cannot" and went on for a page.';
      const [d, ...rest] = lintRule(RULE, text);
      expect(rest).toHaveLength(0);
      expect(d).toMatchObject({ severity: 'info', line: 1, column: 28, endColumn: 51 });
      expect(d!.message).toBe('Quoted chatbot text (AI self-description): "As an AI language model" — fine when reporting on AI, a leftover otherwise.');
      expect(d!.fix).toBeUndefined();
      expect(d!.suggestions).toBeUndefined();
    });

    it('lowers a quotation introduced by a colon in the paragraph before to info', () => {
      const text = 'The review posted under her name read:\n\n"As of my last knowledge update, the hotel had a pool."';
      const [d] = lintRule(RULE, text);
      expect(d).toMatchObject({ severity: 'info', line: 3, column: 2 });
    });

    it('lowers a Markdown block quote to info', () => {
      const text = 'One reply:\n\n> As an AI language model, I cannot browse the web.\n';
      const [d] = lintRule(RULE, text, { filePath: 'a.md' });
      expect(d).toMatchObject({ severity: 'info', line: 3, column: 3 });
    });
  });

  describe('does not flag', () => {
    it('speech a person could say, inside quotation marks', () => {
      expect(lintRule(RULE, '"I\'m sorry, but I can\'t comply with that," the mayor said.')).toEqual([]);
      expect(lintRule(RULE, '"I hope this helps," the coach told reporters.')).toEqual([]);
      expect(lintRule(RULE, 'She replied: "Sure! Here is the plan we agreed on."')).toEqual([]);
    });

    it('an apology or refusal that is not a chatbot refusing a task', () => {
      expect(lintRule(RULE, "I'm sorry, but I can't make it to the meeting, the chair wrote.")).toEqual([]);
      expect(lintRule(RULE, 'I cannot fulfill my promise to the voters, he admitted.')).toEqual([]);
      expect(lintRule(RULE, "I'm sorry, but I can't assistants")).toEqual([]);
    });

    it('phrases that only share words with a leftover', () => {
      expect(lintRule(RULE, 'As an AI researcher, I study how models fail.')).toEqual([]);
      expect(lintRule(RULE, 'She works as an AI ethicist in Boston.')).toEqual([]);
      expect(lintRule(RULE, 'Here is the revised version of the bill, as passed.')).toEqual([]);
      expect(lintRule(RULE, 'Their training data came from public forums.')).toEqual([]);
      expect(lintRule(RULE, 'I hope this helpline gets more funding.')).toEqual([]);
    });

    it('chat-window words inside a sentence', () => {
      expect(lintRule(RULE, 'Readers can copy code from the repository.')).toEqual([]);
      expect(lintRule(RULE, 'The drug may regenerate response pathways in cells.')).toEqual([]);
      expect(lintRule(RULE, 'Engineers were told to stop generating reports by hand.')).toEqual([]);
    });
  });
});
