import { catalog, getEntry } from '../lib/catalog';
import { TOOLS } from '../lib/catalog/ids';
import { indexEntries } from '../lib/classify';
import type { DiagnoseData } from '../lib/diagnose-data';
import { localize, type Lang } from '../lib/i18n';
import { KIND_IDS, kindSlug } from '../lib/taxonomy';
import { entryPath, localePath } from '../lib/urls';

/** The most common errors, offered as "Try an example" chips; each shows its entry's real example paste. */
const EXAMPLE_ENTRIES = [
  'openai-insufficient-quota',
  'anthropic-overloaded',
  'relay-no-available-channel',
  'claude-code-invalid-api-key',
  'gemini-user-location-not-supported',
  'python-certificate-verify-failed',
  'curl-exit-28',
  'cherry-studio-404-model-or-path',
];

/** Everything the diagnose island needs, in one language, as plain JSON. */
export function buildDiagnoseData(lang: Lang): DiagnoseData {
  const entries: DiagnoseData['entries'] = {};
  for (const e of catalog.entries) {
    entries[e.id] = {
      id: e.id,
      kind: e.kind,
      title: localize(e.title, lang),
      cause: localize(e.cause, lang),
      advice: localize(e.retry.advice, lang),
      retryable: e.retry.retryable,
      sdkRetries: e.retry.sdkRetries,
      waitSeconds: e.retry.waitSeconds ?? null,
      recipes: e.recipes,
      url: localePath(entryPath(e), lang),
    };
  }
  const recipes: DiagnoseData['recipes'] = {};
  for (const r of catalog.recipes) {
    recipes[r.id] = { id: r.id, title: localize(r.title, lang), tools: TOOLS.filter((tool) => r.variants[tool]) };
  }
  return {
    lang,
    index: indexEntries(catalog.entries),
    entries,
    recipes,
    kindUrls: Object.fromEntries(KIND_IDS.map((k) => [k, localePath(`/kinds/${kindSlug(k)}/`, lang)])),
    examples: EXAMPLE_ENTRIES.map(getEntry)
      .filter((e) => e !== undefined)
      .map((e) => ({ label: localize(e.title, lang), text: e.example.text })),
  };
}

/** JSON safe to place inside a <script type="application/json"> element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
