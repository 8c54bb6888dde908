import { getEntry, recipesOf } from '../lib/catalog';
import { TOOL_NAMES, type ToolId } from '../lib/catalog/ids';
import type { Diagnosis } from '../lib/classify';
import { localize, type Lang } from '../lib/i18n';
import { retryVerdict, type RetryTone } from '../lib/retry-verdict';
import { getKind } from '../lib/taxonomy';
import { t } from '../lib/ui-text';
import { entryPath, localePath } from '../lib/urls';

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

const TONE_COLOR: Record<RetryTone, keyof Style> = { retry: 'green', wait: 'green', fix: 'red', unknown: 'yellow' };

export interface FormatOptions {
  lang: Lang;
  style: Style;
  site: string;
}

export function formatDiagnosis(d: Diagnosis, { lang, style, site }: FormatOptions): string {
  const entry = d.entry ? getEntry(d.entry) : undefined;
  const kind = getKind(d.kind);
  const lines: string[] = [];
  const title = entry ? localize(entry.title, lang) : d.kind === 'unknown' ? t('notRecognised', lang) : localize(kind.meaning, lang);
  lines.push(style.bold(title));
  const facts = [
    `${t('kind', lang)}: ${d.kind}`,
    d.status !== null ? `${t('status', lang)}: ${d.status}` : undefined,
    d.provider ? `${t('provider', lang)}: ${d.provider}` : undefined,
    d.client ? `${t('client', lang)}: ${d.client}` : undefined,
    `${t('confidence', lang)}: ${Math.round(d.confidence * 100)} %`,
  ].filter(Boolean);
  lines.push(style.dim(facts.join(' · ')), '');

  const verdict = retryVerdict(d, entry ? { sdkRetries: entry.retry.sdkRetries, waitSeconds: entry.retry.waitSeconds ?? null } : undefined, lang);
  lines.push(`${t('retry', lang)}: ${style[TONE_COLOR[verdict.tone]](verdict.message)}`);
  if (verdict.alreadyRetried) lines.push(`  ${style.dim(verdict.alreadyRetried)}`);
  if (entry) lines.push(`  ${localize(entry.retry.advice, lang)}`, '', `${t('cause', lang)}: ${localize(entry.cause, lang)}`);
  else if (d.kind !== 'unknown') lines.push('', `${t('cause', lang)}: ${localize(kind.meaning, lang)}`);
  else lines.push('', t('notRecognisedHelp', lang));
  if (d.requestId) lines.push('', `${t('requestId', lang)}: ${style.bold(d.requestId)}`);

  if (entry) {
    const tool = d.client as ToolId | null;
    lines.push('', `${t('fixes', lang)}:`);
    for (const recipe of recipesOf(entry).slice(0, 3)) {
      const variant = (tool && recipe.variants[tool]) || recipe.variants.python || Object.values(recipe.variants).find(Boolean);
      const toolName = tool && recipe.variants[tool] ? ` (${TOOL_NAMES[tool]})` : '';
      lines.push(`  - ${style.bold(localize(recipe.title, lang))}${toolName}: ${variant ? localize(variant.text, lang) : localize(recipe.summary, lang)}`);
    }
    lines.push('', `${t('entryLink', lang)}: ${site}${localePath(entryPath(entry), lang)}`);
  }
  if (d.evidence.length) lines.push('', style.dim(`${t('evidence', lang)}: ${d.evidence.map((e) => `${e.type} “${e.text}”`).join('; ')}`));
  if (d.alternatives.length && (d.kind === 'unknown' || d.confidence < 0.6)) {
    lines.push('', `${t('alternatives', lang)}:`);
    for (const alt of d.alternatives) {
      const other = getEntry(alt.entry);
      if (other) lines.push(`  - ${localize(other.title, lang)} (${alt.kind}) ${site}${localePath(entryPath(other), lang)}`);
    }
  }
  return lines.join('\n');
}
