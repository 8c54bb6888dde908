import type { Catalog, Entry } from './catalog/schema';
import { entryVerdictOf } from './entry-verdict';
import { colon, fill, listSeparator, localize, type Lang, type UiStrings } from './i18n';
import { entryPath, fixPath, localePath } from './urls';

/**
 * One catalogue entry as Markdown, for readers that are programs: `/llms-full.txt` and the MCP server's
 * resources and `lookup_error`. The message (its first real paste), the cause, the retry verdict and the fixes,
 * with absolute links to the site.
 */

/** A fence longer than any run of backticks in the text, so a paste never closes it. */
function fenced(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text}\n${fence}`;
}

const PASTE_CHARS = 800;

/** The retry verdict of an entry in the diagnose page's words. */
export function entryVerdict(entry: Entry, ui: UiStrings): string {
  return {
    reset: ui.verdictReset,
    change: ui.verdictChange,
    fix: ui.verdictFix,
    wait: fill(ui.verdictWaitAbout, entry.retry.waitSeconds ?? 0),
    retry: ui.verdictBackoff,
  }[entryVerdictOf(entry.retry)];
}

export function entryUrlOf(entry: Entry, lang: Lang, site: string): string {
  return `${site}${localePath(entryPath(entry), lang)}`;
}

export function entryMarkdown(catalog: Catalog, entry: Entry, lang: Lang, site: string): string {
  const ui = catalog.ui[lang] as UiStrings;
  const name = (record: Record<string, { name: { en: string; 'zh-cn': string } }>, id: string) => (record[id] ? localize(record[id].name, lang) : id);
  const facts = [
    `\`${entry.id}\``,
    localize(catalog.kinds[entry.kind].name, lang),
    entry.statuses.length ? `HTTP ${entry.statuses.join(', ')}` : undefined,
    entry.providers.map((p) => name(catalog.providers, p)).join(listSeparator(lang)) || undefined,
  ].filter(Boolean);
  const paste = entry.pastes[0]?.text ?? '';
  /** `**Cause:** ` / `**原因：**`: the text follows directly. */
  const label = (text: string) => (lang === 'zh-cn' ? `**${text}${colon(lang)}**` : `**${text}:** `);
  const stop = lang === 'zh-cn' ? '。' : '. ';
  const lines = [
    `## ${localize(entry.title, lang)}`,
    '',
    `${facts.join(' · ')} · ${entryUrlOf(entry, lang, site)}`,
    '',
    label(ui.message).trimEnd(),
    '',
    fenced(paste.length > PASTE_CHARS ? `${paste.slice(0, PASTE_CHARS)}…` : paste),
    '',
    `${label(ui.cause)}${localize(entry.cause, lang)}`,
    '',
    `${label(ui.retry)}${entryVerdict(entry, ui)}${stop}${localize(entry.retry.advice, lang)}`,
    '',
    label(ui.fixes).trimEnd(),
    '',
    ...entry.recipes.flatMap((id) => {
      const recipe = catalog.recipes.find((r) => r.id === id);
      return recipe ? [`- [${localize(recipe.title, lang)}](${site}${localePath(fixPath(id), lang)})${colon(lang)}${localize(recipe.summary, lang)}`] : [];
    }),
  ];
  return lines.join('\n');
}
