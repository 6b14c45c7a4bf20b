import { jest } from '@jest/globals';
import path from 'node:path';
import type { ArticleTask } from '../../src/cli/lint-article.js';
import type { RuleSettings } from '../../src/engine/rule-settings.js';
import { LintTimeoutError, WorkerPool } from '../../src/worker/worker-pool.js';
import { tempProject } from '../helpers/cli.js';

// Runs the built worker (npm test builds dist/ first).
jest.setTimeout(30_000);

const WRONG_WEEKDAY = 'Council passes budget\n\nMembers met on Sunday, January 20, 2024, to approve the budget.\n';

/** One rule that never returns when the article says HANG. */
const HANGING_PLUGIN = `
export const rules = [{ meta: { id: 'stuck/hangs', severity: 'warn' }, check({ article }) { if (article.text.includes('HANG')) for (;;); } }];
`;

const rules = (...ids: string[]): RuleSettings => new Map(ids.map((id) => [id, { severity: 'warn', options: {} }]));

function articleTask(text: string, ruleSettings: RuleSettings): ArticleTask {
  return { shown: 'story.txt', text, bom: false, invalidUtf8: false, rules: ruleSettings, settings: {}, keepSource: false };
}

describe('the lint worker pool', () => {
  let pool: WorkerPool;
  afterEach(() => pool.destroy());

  it('serves the command line and the language server from one worker module', async () => {
    pool = new WorkerPool({ minThreads: 1, maxThreads: 1, timeoutMs: 20_000 });
    const file = await pool.run('lintFile', { article: articleTask(WRONG_WEEKDAY, rules('date-weekday-mismatch')), plugins: [] });
    expect(file.result.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'date-weekday-mismatch', line: 3, column: 16, message: 'January 20, 2024 was a Saturday, not a Sunday.' }),
    ]);
    const document = await pool.run('lintDocument', {
      text: WRONG_WEEKDAY,
      format: 'text',
      rules: rules('date-weekday-mismatch'),
      settings: {},
      plugins: [],
    });
    expect(document.diagnostics).toEqual([expect.objectContaining({ ruleId: 'date-weekday-mismatch', line: 3, column: 16 })]);
    expect(document.internalError).toBe(false);
  });

  it('stops a worker that runs past the time budget and goes on with a fresh one', async () => {
    const dir = tempProject({ 'stuck.mjs': HANGING_PLUGIN });
    const plugins = [{ name: './stuck.mjs', file: path.join(dir, 'stuck.mjs') }];
    pool = new WorkerPool({ minThreads: 1, maxThreads: 1, timeoutMs: 1_000 });
    const hung = pool.run('lintDocument', { text: 'Headline\n\nHANG\n', format: 'text', rules: rules('stuck/hangs'), settings: {}, plugins });
    await expect(hung).rejects.toBeInstanceOf(LintTimeoutError);
    await expect(hung).rejects.toThrow('linting took longer than 1 s and was stopped');
    const next = await pool.run('lintFile', { article: articleTask(WRONG_WEEKDAY, rules('date-weekday-mismatch', 'stuck/hangs')), plugins });
    expect(next.result.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['date-weekday-mismatch']);
  });
});
