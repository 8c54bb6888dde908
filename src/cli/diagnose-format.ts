import { getEntry, recipesOf } from '../lib/catalog';
import { TOOL_NAMES, type ToolId } from '../lib/catalog/ids';
import type { Diagnosis } from '../lib/classify';
import { localize, type Lang } from '../lib/i18n';
import { getKind } from '../lib/taxonomy';
import { entryPath, localePath } from '../lib/urls';

/** Human-readable rendering of a Diagnosis for the terminal. */

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

const WORDS = {
  en: {
    notRecognised: 'Not recognised with enough confidence.',
    closest: 'Closest entries',
    kind: 'Kind', status: 'Status', provider: 'Provider', client: 'Client', requestId: 'Request id (give it to support)',
    retryAfter: (s: number) => `retry now after ${s} s (the server asked for it)`,
    retryWait: (s: number) => `retry after about ${s} s, with exponential backoff`,
    retry: 'retry with exponential backoff',
    noRetry: 'do not retry: fix the cause first',
    noVerdict: 'no verdict',
    sdk: 'The official SDKs already retry this 2 times by default.',
    verdict: 'Retry', cause: 'Cause', fix: 'Fix', more: 'More', evidence: 'Evidence', confidence: 'confidence',
  },
  'zh-cn': {
    notRecognised: '无法以足够的把握识别。',
    closest: '最接近的条目',
    kind: '类型', status: '状态码', provider: '服务商', client: '客户端', requestId: '请求 ID（提供给客服）',
    retryAfter: (s: number) => `服务器要求等待 ${s} 秒后重试`,
    retryWait: (s: number) => `约 ${s} 秒后带指数退避重试`,
    retry: '带指数退避重试',
    noRetry: '不要重试：先修复原因',
    noVerdict: '无结论',
    sdk: '官方 SDK 默认已自动重试 2 次。',
    verdict: '重试', cause: '原因', fix: '修复', more: '详情', evidence: '依据', confidence: '置信度',
  },
} as const;

export interface FormatOptions {
  lang: Lang;
  style: Style;
  site: string;
}

function retryLine(d: Diagnosis, waitSeconds: number | undefined, w: (typeof WORDS)[Lang], style: Style): string {
  if (d.retryable === null) return style.yellow(w.noVerdict);
  if (!d.retryable) return style.red(w.noRetry);
  if (d.retryAfterSeconds !== null) return style.green(w.retryAfter(d.retryAfterSeconds));
  return style.green(waitSeconds !== undefined ? w.retryWait(waitSeconds) : w.retry);
}

export function formatDiagnosis(d: Diagnosis, { lang, style, site }: FormatOptions): string {
  const w = WORDS[lang];
  const entry = d.entry ? getEntry(d.entry) : undefined;
  const lines: string[] = [];
  const kind = getKind(d.kind);
  if (entry) lines.push(style.bold(localize(entry.title, lang)));
  else if (d.kind === 'unknown') lines.push(style.bold(w.notRecognised));
  else lines.push(style.bold(localize(kind.meaning, lang)));
  const facts = [
    `${w.kind}: ${d.kind}`,
    d.status !== null ? `${w.status}: ${d.status}` : undefined,
    d.provider ? `${w.provider}: ${d.provider}` : undefined,
    d.client ? `${w.client}: ${d.client}` : undefined,
    `${w.confidence}: ${Math.round(d.confidence * 100)} %`,
  ].filter(Boolean);
  lines.push(style.dim(facts.join(' · ')));
  lines.push('');
  lines.push(`${w.verdict}: ${retryLine(d, entry?.retry.waitSeconds, w, style)}`);
  if (entry) {
    lines.push(`  ${localize(entry.retry.advice, lang)}`);
    if (entry.retry.sdkRetries && d.retryable) lines.push(`  ${style.dim(w.sdk)}`);
    lines.push('', `${w.cause}: ${localize(entry.cause, lang)}`);
  } else if (d.kind !== 'unknown') {
    lines.push('', `${w.cause}: ${localize(kind.meaning, lang)}`);
  }
  if (d.requestId) lines.push('', `${w.requestId}: ${style.bold(d.requestId)}`);
  if (entry) {
    const tool = d.client as ToolId | null;
    lines.push('', `${w.fix}:`);
    for (const recipe of recipesOf(entry).slice(0, 3)) {
      const variant = (tool && recipe.variants[tool]) || recipe.variants.python || Object.values(recipe.variants).find(Boolean);
      const toolName = tool && recipe.variants[tool] ? ` (${TOOL_NAMES[tool]})` : '';
      lines.push(`  - ${style.bold(localize(recipe.title, lang))}${toolName}: ${variant ? localize(variant.text, lang) : localize(recipe.summary, lang)}`);
    }
    lines.push('', `${w.more}: ${site}${localePath(entryPath(entry), lang)}`);
  }
  if (d.evidence.length) {
    lines.push('', style.dim(`${w.evidence}: ${d.evidence.map((e) => `${e.type} “${e.text}”`).join('; ')}`));
  }
  if (d.alternatives.length && (d.kind === 'unknown' || d.confidence < 0.6)) {
    lines.push('', `${w.closest}:`);
    for (const alt of d.alternatives) {
      const other = getEntry(alt.entry);
      if (other) lines.push(`  - ${localize(other.title, lang)} (${alt.kind}) ${site}${localePath(entryPath(other), lang)}`);
    }
  }
  return lines.join('\n');
}
