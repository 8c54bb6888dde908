import { describe, expect, it } from 'vitest';
import { entryVerdictOf, verdictClass } from '../../src/lib/entry-verdict';
import { loadCatalog } from '../../src/loader/load-catalog';

const { entries } = loadCatalog();
const entry = (id: string) => entries.find((e) => e.id === id)!.retry;

describe("an entry's verdict and its colour", () => {
  it('a window retryable at its reset reads "not before the reset", in a fix\'s colour, not a retry\'s', () => {
    for (const id of ['claude-code-session-limit', 'gemini-capacity-quota-reset']) {
      expect([id, entry(id).retryable, entryVerdictOf(entry(id)), verdictClass(entry(id))]).toEqual([id, true, 'reset', 'verdict-fix']);
    }
  });

  it('a cap reads the same; a failure that passes is a wait, one to fix first a fix', () => {
    expect([entryVerdictOf(entry('qianfan-daily-limit')), verdictClass(entry('qianfan-daily-limit'))]).toEqual(['reset', 'verdict-fix']);
    expect([entryVerdictOf(entry('anthropic-overloaded')), verdictClass(entry('anthropic-overloaded'))]).toEqual(['wait', 'verdict-retry']);
    expect(verdictClass(entry('openai-insufficient-quota'))).toBe('verdict-fix');
  });
});
