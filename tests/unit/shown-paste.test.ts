import { describe, expect, it } from 'vitest';
import { redactWithReport } from '../../src/lib/redact';
import { LEFT_OUT, SHOWN_LIMIT, shownPaste } from '../../src/lib/shown-paste';
import { generatedKeys } from '../shared/generated-keys';

const logLine = (i: number) => `2026-12-02T10:00:${String(i % 60).padStart(2, '0')}Z INFO request ${i} handled status=200`;
const log = (lines: number) => Array.from({ length: lines }, (_, i) => logLine(i)).join('\n');

describe('shownPaste: what a page shows or shares of a paste', () => {
  it('is the whole paste, redacted, when it fits', () => {
    const text = `x-api-key: ${generatedKeys()[0]!.key}\nError code: 401`;
    expect(shownPaste(text)).toEqual({ ...redactWithReport(text), cut: false });
  });

  it('keeps the head, the lines around the evidence and the tail of a long log, whole lines only', () => {
    const error = 'openai.RateLimitError: Error code: 429 - rate limit reached';
    const text = `${log(3000)}\n${error}\n${log(3000)}\nTraceback ends here`;
    const shown = shownPaste(text, [error]);
    expect(text.length).toBeGreaterThan(SHOWN_LIMIT);
    expect(shown.cut).toBe(true);
    expect(shown.text.length).toBeLessThan(SHOWN_LIMIT);
    const lines = shown.text.split('\n');
    expect(lines[0]).toBe(logLine(0));
    expect(lines).toContain(error);
    expect(lines[lines.length - 1]).toBe('Traceback ends here');
    expect(lines.filter((l) => l === LEFT_OUT)).toHaveLength(2);
    const kept = new Set(text.split('\n'));
    expect(lines.every((l) => l === LEFT_OUT || kept.has(l))).toBe(true);
  });

  it('leaves no key of any format, whole or in part, where a part begins or ends', () => {
    for (const { key, label } of generatedKeys()) {
      const keyLine = `Authorization: Bearer ${key} (${label})`;
      // The key's line falls across each cut: after the head, before the tail, around the evidence.
      for (const at of [8 * 1024 - 20, 8 * 1024 + 5]) {
        const before = log(2000);
        const text = `${before.slice(0, at)}\n${keyLine}\n${before.slice(at)}\n${log(2000)}\nError code: 401`;
        const shown = shownPaste(text, ['Error code: 401']).text;
        expect(shown, label).not.toContain(key.slice(-10));
      }
    }
  });

  it('cuts a single enormous line outside a credential, and redacts what it keeps', () => {
    const key = generatedKeys().find((k) => k.key.startsWith('sk-proj-'))!.key;
    const text = `{"data":"${'x'.repeat(200_000)}","api_key":"${key}","pad":"${'y '.repeat(100_000)}"}`;
    const shown = shownPaste(text, ['"api_key"']);
    expect(shown.cut).toBe(true);
    expect(shown.text.length).toBeLessThan(SHOWN_LIMIT);
    expect(shown.text).toContain('"api_key":"sk-proj-');
    expect(shown.text).not.toContain(key.slice(-10));
    expect(shown.removed).toEqual({ api_key: 1 });
  });
});
