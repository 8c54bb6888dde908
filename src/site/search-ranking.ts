/**
 * How site search ranks pages (Pagefind's ranking options), measured over the longest signal of the entries (their
 * entry's page in the top 3 results, under the entry's own anchor).
 * - 2026-12-02, 60 English and 42 Chinese entries: default (pageLength 0.75) 57/60 and 42/42; 0.5: 57/60; 0.2: 59/60
 *   and 42/42; 0: far worse in Chinese, where big pages win every common word.
 * - 2026-12-04, every entry (376 English messages, 52 Chinese): pageLength 0.2 alone 360/376 and 51/52. Counting a
 *   word's repeats less (termFrequency) keeps a page that repeats "rate limit" or "context" in every section from
 *   outranking the one entry that carries the exact message: termFrequency 0.25 to 0.4 with pageLength 0.4 to 0.6 gave
 *   60/60 on the 60 most common English entries (58/60 with pageLength 0.2) and 51/52 in Chinese throughout; the middle
 *   of that plateau gives 367/376.
 */
export const SEARCH_RANKING = { pageLength: 0.5, termFrequency: 0.3 };
