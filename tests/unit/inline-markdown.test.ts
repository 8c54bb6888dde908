import { describe, expect, it } from 'vitest';
import { firstSentence, inlinePlain, parseInline } from '../../src/lib/inline-markdown';

describe('inline Markdown of catalogue strings', () => {
  it.each([
    ['plain text', 'Retry later.', [{ type: 'text', text: 'Retry later.' }]],
    ['a code span', 'Set `max_retries=0`.', [{ type: 'text', text: 'Set ' }, { type: 'code', text: 'max_retries=0' }, { type: 'text', text: '.' }]],
    ['bold', '**Do not** retry', [{ type: 'strong', text: 'Do not' }, { type: 'text', text: ' retry' }]],
    ['a link', 'See [the docs](https://platform.claude.com/docs).', [{ type: 'text', text: 'See ' }, { type: 'link', text: 'the docs', href: 'https://platform.claude.com/docs' }, { type: 'text', text: '.' }]],
    ['an unclosed backtick stays text', 'a ` b', [{ type: 'text', text: 'a ` b' }]],
    ['a javascript: link stays text', '[x](javascript:alert(1))', [{ type: 'text', text: '[x](javascript:alert(1))' }]],
    ['Chinese with code', '把 `ANTHROPIC_BASE_URL` 设为中转地址', [{ type: 'text', text: '把 ' }, { type: 'code', text: 'ANTHROPIC_BASE_URL' }, { type: 'text', text: ' 设为中转地址' }]],
  ])('%s', (_label, source, tokens) => {
    expect(parseInline(source)).toEqual(tokens);
  });

  it('keeps every character of the source', () => {
    const source = 'Use `a`, **b** and [c](/d/) or `e';
    expect(parseInline(source).map((t) => t.text).join('')).toBe('Use a, b and c or `e');
    expect(inlinePlain(source)).toBe('Use `a`, b and c (/d/) or `e');
  });
});

describe('the first sentence of a cause (what the result card shows before "More detail")', () => {
  it.each([
    ['ends at the first full stop', 'The key is wrong. Set another.', 'The key is wrong.'],
    ['not inside a code span', 'Call `api.openai.com` again. Then wait.', 'Call `api.openai.com` again.'],
    [
      'not inside a quoted message (siliconflow-model-does-not-exist)',
      '400 with code 20012, "Model does not exist. Please check it carefully.": the `model` value is wrong. More.',
      '400 with code 20012, "Model does not exist. Please check it carefully.": the `model` value is wrong.',
    ],
    ['not inside Chinese quotation marks', '429“Request was rejected. Details: …”：账户超出了限额。其余。', '429“Request was rejected. Details: …”：账户超出了限额。'],
    ['ignores quotation marks that do not pair up', 'He said "stop. Then go. Later.', 'He said "stop.'],
    ['the whole text when it is one sentence', 'One sentence', 'One sentence'],
  ])('%s', (_label, text, first) => {
    expect(firstSentence(text)).toBe(first);
  });
});
