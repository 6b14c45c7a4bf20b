import { parseArticle } from '../../src/article/parse.js';
import { removeBlock, removeSentences } from '../../src/article/removal.js';

describe('removal fixes', () => {
  it('removes a sentence with the space before the next one, or after the previous one', () => {
    const text = 'One is here. Two is here. Three is here.';
    const article = parseArticle(text);
    const [one, two, three] = article.sentences;
    expect(text.slice(...removeSentences(article, one!)!.range)).toBe('One is here. ');
    expect(text.slice(...removeSentences(article, two!, three)!.range)).toBe(' Two is here. Three is here.');
  });

  it('removes the whole line when a sentence is alone in its block', () => {
    const text = 'Intro line.\r\n\r\nAlone here.\r\n\r\nOutro.';
    const article = parseArticle(text);
    const alone = article.sentences.find((s) => s.text === 'Alone here.')!;
    expect(text.slice(...removeSentences(article, alone)!.range)).toBe('Alone here.\r\n');
  });

  it('takes Markdown markers on the line with the block', () => {
    const text = '# Title\n\n- **Add caption**\n';
    const article = parseArticle(text, { format: 'markdown' });
    const item = article.blocks.find((b) => b.kind === 'list-item')!;
    expect(text.slice(...removeBlock(article, item)!.range)).toBe('- **Add caption**\n');
  });

  it('refuses a headline that lives in the front matter', () => {
    const text = '---\ntitle: Headline goes here\n---\n\nBody.\n';
    const article = parseArticle(text, { format: 'markdown' });
    expect(article.headline!.index).toBe(-1);
    expect(removeBlock(article, article.headline!)).toBeUndefined();
  });
});
