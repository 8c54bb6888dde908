/**
 * Removes credentials from pasted text before it is shown, shared or copied. Two kinds of rule (under
 * `./redact/`): formats recognised by their own shape (prefix-rules.ts), which keep a recognisable prefix so the
 * reader still sees which kind of credential was there (`sk-ant-api03-[REDACTED]`), and values recognised by where
 * they stand (named-value.ts, context-rules.ts: a field, header, variable or flag named like a secret,
 * Authorization, cookies, URL userinfo, PEM blocks, a key where a request id belongs). Every pattern is linear and
 * starts with a literal or a separator; values are read with sticky single-class patterns (read-value.ts); a judge
 * that declines a value lets the scan go on after it (engine.ts), so no text is read twice. Redacting twice gives
 * the text of redacting once (see MAX_PASSES for the one exception, texts over 64 KB built to defeat it). tests/fixtures/secret-formats.jsonl lists the formats the tests hold it to.
 */
import { BLOCK_RULES, CONTEXT_RULES } from './redact/context-rules';
import { applyRule } from './redact/engine';
import { PERSONAL_RULES } from './redact/personal-rules';
import { PREFIX_RULES } from './redact/prefix-rules';
import { REDACTED, SECRET_TYPES, type Rule, type SecretType } from './redact/types';

export { REDACTED, SECRET_TYPES, type SecretType };
/** Whether a value has a shape providers give request ids (for callers that show a request id on its own). */
export { isRequestIdShape } from './redact/shapes';

/** Every rule in the order it runs: key blocks, then shapes (which keep their prefix), then contexts, then what identifies a person or a network. */
export const RULES: readonly Rule[] = [...BLOCK_RULES, ...PREFIX_RULES, ...CONTEXT_RULES, ...PERSONAL_RULES];

export interface RedactReport {
  /** The text with every recognised credential replaced. */
  text: string;
  /** How many credentials of each type were replaced; types with none are absent. */
  removed: Partial<Record<SecretType, number>>;
}

/**
 * A pass that replaced something runs again, up to three passes, on texts up to 64 KB (every paste people
 * type or share): a credential whose name stood inside another one's value (`Bearer xSet-Cookie: api_key=…`)
 * shows only once that value is gone. Longer texts get one pass, so that 4 MB stays one linear scan per rule.
 */
const MAX_PASSES = 3;
const REPASS_LIMIT = 64 * 1024;

/** Replaces every recognised credential in `text` and says what it removed, by type. */
export function redactWithReport(text: string): RedactReport {
  const removed: Partial<Record<SecretType, number>> = {};
  let out = typeof text === 'string' ? text : '';
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const before = out;
    for (const rule of RULES) out = applyRule(out, rule, removed);
    if (out === before || out.length > REPASS_LIMIT) break;
  }
  return { text: out, removed };
}

/** Replaces every recognised credential in `text`. */
export function redact(text: string): string {
  return redactWithReport(text).text;
}

/** How many credentials `redact` would remove: lets the UI say "2 keys were removed". */
export function countSecrets(text: string): number {
  let count = 0;
  for (const n of Object.values(redactWithReport(text).removed)) count += n;
  return count;
}
