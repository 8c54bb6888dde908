/**
 * The inline Markdown catalogue strings may use — `code`, **bold** and [links](https://…) — parsed into tokens that
 * pages and the island render as elements (never as HTML). One linear pass; anything else stays text.
 */
export type InlineToken = { type: 'text' | 'code' | 'strong'; text: string } | { type: 'link'; text: string; href: string };

const SAFE_HREF = /^(https?:\/\/|\/)/;

export function parseInline(source: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let text = '';
  const flush = () => {
    if (text) tokens.push({ type: 'text', text });
    text = '';
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '`') {
      const end = source.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        tokens.push({ type: 'code', text: source.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    } else if (c === '*' && source[i + 1] === '*') {
      const end = source.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        tokens.push({ type: 'strong', text: source.slice(i + 2, end) });
        i = end + 2;
        continue;
      }
    } else if (c === '[') {
      const close = source.indexOf('](', i + 1);
      const end = close === -1 ? -1 : source.indexOf(')', close + 2);
      const href = end === -1 ? '' : source.slice(close + 2, end);
      if (close > i + 1 && end !== -1 && SAFE_HREF.test(href) && !source.slice(i + 1, close).includes('\n')) {
        flush();
        tokens.push({ type: 'link', text: source.slice(i + 1, close), href });
        i = end + 1;
        continue;
      }
    }
    text += c;
    i++;
  }
  flush();
  return tokens;
}

/** The text a reader sees, for places that cannot show markup (the terminal keeps code spans in backticks). */
export function inlinePlain(source: string): string {
  return parseInline(source)
    .map((t) => (t.type === 'code' ? `\`${t.text}\`` : t.type === 'link' ? `${t.text} (${t.href})` : t.text))
    .join('');
}

/**
 * The first sentence of a catalogue string, its Markdown kept: up to the first `. `, `! `, `? ` or `。！？` outside
 * a code span (`api.openai.com` and `` `e.g. x` `` do not end it) and outside a quotation (`"… in the system prompt."`
 * quotes a message whose own full stop does not end the sentence quoting it). The whole string when it is one sentence;
 * where quotation marks do not pair up, they are not taken into account.
 */
export function firstSentence(text: string): string {
  return sentenceEnd(text, true) ?? sentenceEnd(text, false) ?? text;
}

function sentenceEnd(text: string, minding: boolean): string | null {
  let inCode = false;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '`') inCode = !inCode;
    else if (inCode) continue;
    else if (minding && (c === '"' || c === '“' || c === '”')) inQuote = c === '“' ? true : c === '”' ? false : !inQuote;
    else if (inQuote) continue;
    else if ('。！？'.includes(c)) return text.slice(0, i + 1);
    else if ('.!?'.includes(c) && /\s/.test(text[i + 1] ?? '') && !/(?:e\.g|i\.e|etc|vs)$/i.test(text.slice(Math.max(0, i - 4), i))) return text.slice(0, i + 1);
  }
  return null;
}
