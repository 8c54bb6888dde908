import { entryById, type Catalog, type Entry } from '../lib/catalog';
import { chosenFixes } from '../lib/catalog/chosen-fixes';
import type { Diagnosis } from '../lib/classify';
import { certaintyWord, fill, localize, type Lang, type UiStrings } from '../lib/i18n';
import { inlinePlain } from '../lib/inline-markdown';
import { retryVerdict, type RetryTone } from '../lib/retry-verdict';
import { entryPath, fixPath, localePath } from '../lib/urls';

/** Human-readable rendering of a Diagnosis for the terminal, in the same words as the diagnose page. */

export interface Style {
  bold: (s: string) => string;
  dim: (s: string) => string;
  green: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
}

const plain = (s: string) => s;
export const NO_COLOR: Style = { bold: plain, dim: plain, green: plain, red: plain, yellow: plain };
export const ANSI_COLOR: Style = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  green: (s) => `\u001b[32m${s}\u001b[39m`,
  red: (s) => `\u001b[31m${s}\u001b[39m`,
  yellow: (s) => `\u001b[33m${s}\u001b[39m`,
};

const TONE_COLOR: Record<RetryTone, keyof Style> = { retry: 'green', wait: 'green', reset: 'yellow', change: 'yellow', fix: 'red', unknown: 'yellow' };

export interface FormatOptions {
  catalog: Catalog;
  lang: Lang;
  style: Style;
  site: string;
}

/** The fixes in the tool that printed the error (else the entry's own tool, else Python) and the SDK of its provider. */
function fixLines(catalog: Catalog, d: Diagnosis, entry: Entry, { lang, style, site }: FormatOptions): string[] {
  const chosen = chosenFixes(catalog, entry, { client: d.client ?? d.runtime, provider: d.provider, sdk: d.sdk }, d.retryable);
  if (!chosen) return [];
  const toolName = localize(catalog.tools[chosen.tool].name, lang);
  return chosen.fixes.flatMap(({ recipe, variant }) => {
    const text = inlinePlain(variant ? localize(variant.text, lang) : localize(recipe.summary, lang));
    const file = variant?.file ? ` [${variant.file.name}]` : '';
    return [`  - ${style.bold(localize(recipe.title, lang))} (${toolName}): ${text}`, `    ${site}${localePath(fixPath(recipe.id), lang)}${file}`];
  });
}

export function formatDiagnosis(d: Diagnosis, options: FormatOptions): string {
  const { catalog, lang, style, site } = options;
  const ui = catalog.ui[lang] as UiStrings;
  const entry = d.entry ? entryById(catalog, d.entry) : undefined;
  const kind = catalog.kinds[d.kind];
  const lines: string[] = [];
  const title = entry ? localize(entry.title, lang) : d.kind === 'unknown' ? ui.notRecognised : localize(kind.meaning, lang);
  lines.push(style.bold(title));
  const name = <T extends { name: { en: string; 'zh-cn': string } }>(record: Record<string, T>, id: string | null) => (id && record[id] ? localize(record[id]!.name, lang) : id);
  const facts = [
    `${ui.kind}: ${localize(kind.name, lang)}`,
    d.status !== null ? `${ui.status}: ${d.statusFrom === 'kind' ? fill(ui.statusUsual, d.status) : d.status}` : undefined,
    d.provider ? `${ui.provider}: ${name(catalog.providers, d.provider)}` : undefined,
    d.client ? `${ui.client}: ${d.client in catalog.tools ? name(catalog.tools, d.client) : name(catalog.clients, d.client)}` : undefined,
    !d.client && d.runtime ? `${ui.runtime}: ${name(catalog.tools, d.runtime)}` : undefined,
    `${ui.confidence}: ${certaintyWord(ui, d.confidence)}`,
  ].filter(Boolean);
  lines.push(style.dim(facts.join(' · ')), '');

  if (d.errors.length > 1) {
    lines.push(fill(ui.logErrors, d.errors.length));
    d.errors.forEach((e, i) => {
      const other = entryById(catalog, e.entry);
      lines.push(`  ${i + 1}. ${other ? localize(other.title, lang) : e.entry} · ${e.retryable ? ui.tableRetry : ui.tableFix}`);
    });
    lines.push('');
  }
  const verdict = retryVerdict(d, entry ? { sdkRetries: entry.retry.sdkRetries, waitSeconds: entry.retry.waitSeconds ?? null, after: entry.retry.after } : undefined, { ui, lang, tools: catalog.tools });
  lines.push(`${ui.retry}: ${style[TONE_COLOR[verdict.tone]](verdict.message)}`);
  if (verdict.alreadyRetried) lines.push(`  ${style.dim(verdict.alreadyRetried)}`);
  if (entry) lines.push(`  ${inlinePlain(localize(entry.retry.advice, lang))}`, '', `${ui.cause}: ${inlinePlain(localize(entry.cause, lang))}`);
  else if (d.kind !== 'unknown') lines.push('', `${ui.cause}: ${localize(kind.meaning, lang)}`);
  else lines.push('', ui.notRecognisedHelp);
  if (d.requestId) lines.push('', `${ui.requestId}: ${style.bold(d.requestId)}`);

  if (entry) {
    lines.push('', `${ui.fixes}:`, ...fixLines(catalog, d, entry, options));
    lines.push('', `${ui.entryLink}: ${site}${localePath(entryPath(entry), lang)}`);
  }
  if (d.evidence.length) lines.push('', style.dim(`${ui.evidence}: ${d.evidence.map((e) => `${e.type} “${e.text}”`).join('; ')}`));
  if (d.alternatives.length && (d.kind === 'unknown' || d.confidence < 0.6)) {
    lines.push('', `${ui.alternatives}:`);
    for (const alt of d.alternatives) {
      const other = entryById(catalog, alt.entry);
      if (other) lines.push(`  - ${localize(other.title, lang)} (${localize(catalog.kinds[alt.kind].name, lang)}) ${site}${localePath(entryPath(other), lang)}`);
    }
  }
  return lines.join('\n');
}
