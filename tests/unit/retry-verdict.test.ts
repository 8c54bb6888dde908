import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/catalog/ids';
import type { UiStrings } from '../../src/lib/i18n';
import { retryVerdict } from '../../src/lib/retry-verdict';
import { classify } from '../../src/loader/classify';
import { loadCatalog } from '../../src/loader/load-catalog';
import { readTraining } from '../../src/loader/read-training';
import { labelledPastes, pasteById } from '../shared/pastes';

const catalog = loadCatalog();
const pastes = labelledPastes(catalog);
const verdictOf = (text: string, lang: Lang = 'en') => {
  const d = classify(text);
  const ui = catalog.ui[lang] as UiStrings;
  return { d, ui, verdict: retryVerdict(d, undefined, { ui, lang, tools: catalog.tools }) };
};

/**
 * A failure that usually passes (a reset, a timeout, a server error) but that the paste shows will repeat until a
 * setting changes: the verdict says which setting, not only "fix the cause first".
 */
describe('a "don\'t retry yet" verdict says what to change', () => {
  const cases: [note: string, pasteId: string][] = [
    ['local address', 'ex-curl-exit-56'],
    ['self-hosted model server', 'ex-cline-ollama-request-timed-out'],
    ['refused', 'n-py-openai-legacy-errno-111-yulan-9'],
    ['cors', 'b26-obsidian-copilot-cors-wrong-url-200'],
    ['change advised', 'c-cc-connection-error-api-timeout-ms-hint-ccr-766'],
    ['short client timeout', 'b103-librechat-bedrock-proxy-socket-timeout-4585'],
    ['never connected', 'b91-openaijava-connect-failed-156'],
    ['connection failure recurs', 'c-cline-connection-error-809'],
    ['timeout recurs', 'b33-ollama-hf-run-deadline-8187'],
    ['server bug', 'b185-new-api-tts-unmarshal-155'],
  ];

  it.each(cases)('%s (%s), in both languages', (note, id) => {
    for (const lang of ['en', 'zh-cn'] as const) {
      const { d, ui, verdict } = verdictOf(pasteById(id, pastes).text, lang);
      const evidence = d.evidence.find((e) => e.note === note);
      expect(evidence, `the paste's evidence carries "${note}"`).toBeDefined();
      expect(verdict.tone).toBe('fix');
      expect(verdict.message).not.toBe(ui.verdictFix);
      // Where the message quotes the paste, it quotes the words that gave the setting away.
      if (!verdict.message.startsWith(ui.verdictLocal)) expect(verdict.message).toContain(evidence!.text);
    }
  });

  it("a local server's 500 says to fix that server, not to back off (ollama/ollama#11090)", () => {
    const paste = readTraining().find((p) => p.id === 'b113-ollama-chat-500-load-11090')!;
    const { d, ui, verdict } = verdictOf(paste.text);
    expect([d.kind, d.status, d.retryable]).toEqual(['server_error', 500, false]);
    expect(verdict.message).toBe(ui.verdictLocal);
  });

  it("a browser's CORS refusal by a model server on this machine says to allow the page's origin, not to restart the server (Lumos#145)", () => {
    const paste = readTraining().find((p) => p.id === 'b209-lumos-corstags-145')!;
    const { d, verdict } = verdictOf(paste.text);
    expect(d.evidence.find((e) => e.note === 'local address' || e.note === 'cors')?.note).toBe('cors');
    expect(verdict.message).toContain('OLLAMA_ORIGINS');
  });

  it('an error the request itself causes keeps the plain "fix the cause first"', () => {
    const { ui, verdict } = verdictOf(pasteById('ex-anthropic-invalid-request', pastes).text);
    expect(verdict.message).toBe(ui.verdictFix);
  });
});

/**
 * A subscription's session window (Claude Code's "You've hit your limit · resets 4pm"): the same request succeeds once
 * it lifts, so the diagnosis is retryable, and the verdict still says not before the reset, with its time.
 */
describe('a session window is retryable at its reset', () => {
  it('and its verdict says when, in both languages (claude-code#79136)', () => {
    const entry = catalog.entries.find((e) => e.id === 'claude-code-session-limit')!;
    for (const lang of ['en', 'zh-cn'] as const) {
      const d = classify(pasteById('b5-cc-session-limit-79136', pastes).text);
      const ui = catalog.ui[lang] as UiStrings;
      const verdict = retryVerdict(d, { sdkRetries: entry.retry.sdkRetries, waitSeconds: null, after: entry.retry.after }, { ui, lang, tools: catalog.tools });
      expect([d.entry, d.retryable, verdict.tone]).toEqual(['claude-code-session-limit', true, 'reset']);
      expect(d.resetAt).not.toBeNull();
      expect(verdict.message).toContain(d.resetAt!);
    }
  });

  it("so is Gemini's per-model quota that resets hours away, and one seconds away is that short wait (gemini-cli#13004)", () => {
    const entry = catalog.entries.find((e) => e.id === 'gemini-capacity-quota-reset')!;
    const facts = { sdkRetries: entry.retry.sdkRetries, waitSeconds: null, after: entry.retry.after };
    const text = pasteById('b3-gemini-cli-exhausted-capacity-reset-8h', pastes).text;
    const ui = catalog.ui.en as UiStrings;
    const later = classify(text);
    expect([later.retryable, retryVerdict(later, facts, { ui, lang: 'en', tools: catalog.tools }).message]).toEqual([true, 'Not before the limit resets (8h44m7s)']);
    const soon = classify(text.replace('8h44m7s', '2s'));
    expect(retryVerdict(soon, facts, { ui, lang: 'en', tools: catalog.tools }).tone).toBe('wait');
  });
});
