/**
 * Removes API keys and tokens from pasted text, keeping a recognisable prefix so the reader still sees which
 * kind of credential was there. Every pattern is linear (no nested quantifiers), and redacting twice gives
 * the same text as redacting once.
 */

export const REDACTED = '[REDACTED]';

interface Rule {
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
}

const keep = (prefix: string) => () => prefix + REDACTED;

const RULES: readonly Rule[] = [
  // Provider key formats, most specific first.
  { pattern: /\bsk-ant-(api|admin|oat|ort|sid)(\d{2})-[A-Za-z0-9_-]{6,}/g, replace: (_m, kind, n) => `sk-ant-${kind}${n}-${REDACTED}` },
  { pattern: /\bsk-or-v1-[A-Za-z0-9]{8,}/g, replace: keep('sk-or-v1-') },
  { pattern: /\bsk-(proj|svcacct|admin|None)-[A-Za-z0-9_-]{8,}/g, replace: (_m, kind) => `sk-${kind}-${REDACTED}` },
  { pattern: /\bsk-[A-Za-z0-9][A-Za-z0-9_-]{15,}/g, replace: keep('sk-') },
  { pattern: /\bAIza[0-9A-Za-z_-]{20,}/g, replace: keep('AIza') },
  { pattern: /\bAKIA[0-9A-Z]{16}\b/g, replace: keep('AKIA') },
  { pattern: /\b(ghp|gho|ghu|ghs|github_pat|hf|gsk|xai|pplx|r8)_[A-Za-z0-9_]{16,}/g, replace: (_m, kind) => `${kind}_${REDACTED}` },
  { pattern: /(?<![A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, replace: keep('eyJ') },
  // Credentials named by their header, variable or field, whatever their format.
  { pattern: /\b(Bearer|Basic)(\s+)(?!\[REDACTED\])[A-Za-z0-9._~+/=:-]{6,}(?=[\s"',;)}\]]|$)/gim, replace: (_m, scheme, space) => `${scheme}${space}${REDACTED}` },
  {
    pattern:
      /(?<![^\s"'{(,;&?$-])(x-api-key|x-goog-api-key|api-key|apikey|api_key|access_token|auth_token|OPENAI_API_KEY|ANTHROPIC_API_KEY|ANTHROPIC_AUTH_TOKEN|GEMINI_API_KEY|GOOGLE_API_KEY|DEEPSEEK_API_KEY|OPENROUTER_API_KEY|AZURE_OPENAI_API_KEY)(["']?\s{0,3}[:=]\s{0,3}["']?)(?!\[REDACTED\])([^\s"',;&)}[\]=:]{6,})(?=[\s"',;&)}\]]|$)/gim,
    replace: (_m, name, sep) => `${name}${sep}${REDACTED}`,
  },
  { pattern: /([?&](?:key|api_key|token)=)(?!\[REDACTED\])[^&?=\s"'#[\]]{8,}(?=[&\s"'#\]]|$)/gm, replace: (_m, prefix) => `${prefix}${REDACTED}` },
];

/** Replaces every recognised credential in `text`. */
export function redact(text: string): string {
  let out = typeof text === 'string' ? text : '';
  for (const rule of RULES) out = out.replace(rule.pattern, rule.replace as (substring: string, ...args: unknown[]) => string);
  return out;
}

/** How many credentials `redact` would remove: lets the UI say "2 keys were removed". */
export function countSecrets(text: string): number {
  const redacted = redact(text);
  let count = 0;
  for (let i = redacted.indexOf(REDACTED); i !== -1; i = redacted.indexOf(REDACTED, i + 1)) count++;
  let before = 0;
  for (let i = text.indexOf(REDACTED); i !== -1; i = text.indexOf(REDACTED, i + 1)) before++;
  return count - before;
}
