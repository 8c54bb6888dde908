import type { Diagnosis } from '../lib/classify';

/**
 * Text quoted from a paste reaches the terminal only as printable characters: C0 and C1 controls (escape
 * sequences, carriage returns that overwrite a line) and the bidirectional marks and overrides that reorder what
 * is shown are printed as visible `\uXXXX` escapes instead. Newlines and tabs stay.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The diagnosis with every string that quotes the paste made safe to print. */
export function forTerminal(d: Diagnosis): Diagnosis {
  return {
    ...d,
    requestId: d.requestId === null ? null : terminalSafe(d.requestId),
    resetAt: d.resetAt === null ? null : terminalSafe(d.resetAt),
    evidence: d.evidence.map((e) => ({ ...e, text: terminalSafe(e.text) })),
  };
}
