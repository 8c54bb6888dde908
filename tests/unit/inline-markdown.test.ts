import { describe, expect, it } from 'vitest';
import { inlinePlain, parseInline } from '../../src/lib/inline-markdown';

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
