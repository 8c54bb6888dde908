/**
 * The text an entry gives the site's search index besides its prose: its signals, and for each run of Chinese
 * characters in them every suffix of the run as a word of its own. Pagefind matches a query as the start of an
 * indexed word and its segmentation of Chinese does not follow error messages, so "额度已用尽" finds
 * "该令牌额度已用尽" through the suffix that starts with it.
 */
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]{3,}/g;

export function searchTerms(signals: readonly string[]): string {
  const words = new Set<string>();
  for (const signal of signals) {
    for (const run of signal.match(CJK_RUN) ?? []) {
      const chars = [...run];
      for (let i = 0; i < chars.length - 1; i++) words.add(chars.slice(i).join(''));
    }
  }
  return [...signals, ...words].join(' · ');
}
