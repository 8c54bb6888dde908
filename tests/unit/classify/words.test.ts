import { describe, expect, it } from 'vitest';
import { buildWordModel, guessByWords, packWordModel, wordIndexOf, wordsOf } from '../../../src/lib/classify/words';
import { classify } from '../../../src/loader/classify';
import { readTraining } from '../../../src/loader/read-training';
import { pasteById } from '../../shared/pastes';

describe('the word model', () => {
  it('reads Latin words of three letters or more, without stop words, and pairs of CJK characters', () => {
    expect([...wordsOf('The rate_limit was hit: 请求过于频繁')]).toEqual(['rate_limit', 'hit', '请求', '求过', '过于', '于频', '频繁']);
  });

  it('counts only words that occur in enough pastes, and guesses only when one kind is clearly ahead', () => {
    const pastes = [
      ...Array.from({ length: 6 }, () => ({ text: 'quota exhausted, please top up billing', kind: 'billing' as const })),
      ...Array.from({ length: 6 }, () => ({ text: 'too many requests, slow down', kind: 'rate_limit' as const })),
      { text: 'one rare word: zeppelin', kind: 'auth' as const },
    ];
    const model = buildWordModel(pastes, ['billing', 'rate_limit', 'auth', 'unknown']);
    expect(Object.keys(model.words)).not.toContain('zeppelin');
    const index = wordIndexOf(packWordModel(model));
    expect(guessByWords('Your quota is exhausted: top up', index)).toMatchObject({ kind: 'billing' });
    // Words of both kinds in equal measure: no kind is clearly ahead.
    expect(guessByWords('quota requests', index)).toBeNull();
    expect(guessByWords('nothing known here', index)).toBeNull();
  });

  it('leaves out a word spread over the kinds as the pastes themselves are, however common', () => {
    const pastes = [
      ...Array.from({ length: 12 }, () => ({ text: 'error: quota exhausted', kind: 'billing' as const })),
      ...Array.from({ length: 12 }, () => ({ text: 'error: too many requests', kind: 'rate_limit' as const })),
    ];
    const model = buildWordModel(pastes, ['billing', 'rate_limit', 'auth', 'unknown']);
    // "error" is in all 24 pastes, half of each kind, as the kinds split: it says nothing.
    expect(Object.keys(model.words)).not.toContain('error');
    expect(Object.keys(model.words)).toEqual(expect.arrayContaining(['quota', 'exhausted', 'many', 'requests']));
  });

  it('is carried packed, one character per word and kind, and unpacks to the same counts', () => {
    const model = {
      kinds: ['billing', 'auth'] as ('billing' | 'auth')[],
      pastes: [7, 3],
      words: { quota: [6, 0], token: [1, 3], key: [61, 62], error: [0, 1234] },
    };
    const packed = packWordModel(model);
    expect(packed).toEqual({ kinds: ['billing', 'auth'], pastes: [7, 3], vocabulary: 'quota token key error', counts: ['61Z0', '03~62~~1234~'] });
    const index = wordIndexOf(packed);
    expect([...index.logSeen.keys()]).toEqual(['quota', 'token', 'key', 'error']);
    const total = (k: number) => Object.values(model.words).reduce((sum, row) => sum + row[k]!, 0);
    for (const [word, row] of Object.entries(model.words)) {
      row.forEach((n, k) => expect(index.logSeen.get(word)![k]).toBeCloseTo(Math.log((n + 0.5) / (total(k) + 0.5 * 4)), 12));
    }
  });

  it('weighs each word by its counts, smoothed by a half', () => {
    const model = { kinds: ['billing', 'auth'] as ('billing' | 'auth')[], pastes: [7, 3], words: { quota: [6, 0], token: [1, 3] } };
    const index = wordIndexOf(packWordModel(model));
    // quota: 6 of billing's 7 word counts, 0 of auth's 3 (smoothed by a half over a vocabulary of two).
    expect(index.logSeen.get('quota')![0]).toBeCloseTo(Math.log(6.5 / 8), 12);
    expect(index.logSeen.get('token')![1]).toBeCloseTo(Math.log(3.5 / 4), 12);
    expect(wordIndexOf(packWordModel({ kinds: model.kinds, pastes: [0, 0], words: {} })).logSeen.size).toBe(0);
  });

  it("names a kind for a real paste no phrase places: llm's missing Mistral key (simonw/llm-mistral#6)", () => {
    const paste = readTraining().find((p) => p.id === 'b105-llm-mistral-nokey-6')!;
    const d = classify(paste.text);
    expect([paste.kind, d.kind, d.entry, d.retryable]).toEqual(['auth', 'auth', null, false]);
    expect(d.evidence.some((e) => e.type === 'words')).toBe(true);
  });

  it("leaves out the headers a command sent: a curl call's `-H 'Authorization: …'` is not an auth failure (basetenlabs/truss#538)", () => {
    expect([...wordsOf(`curl -X POST https://x.test/predict -H 'Authorization: Api-Key XXXX' --header "x-api-key: y" -d '{}'`)]).toEqual(['curl', 'post', 'https', 'test', 'predict']);
    const paste = readTraining().find((p) => p.id === 'b629-baseten-model-not-ready-538')!;
    // Its verdict is the word model's guess near its threshold, which recounts move (overloaded until b885-b891's
    // training halves, unknown since). What must hold on the real paste: the words read are the body's, none of the
    // header's, so the header never makes it an auth failure.
    expect(paste.kind).toBe('overloaded');
    const words = [...wordsOf(paste.text)];
    expect(words).toEqual(expect.arrayContaining(['model', 'ready', 'building', 'deploying']));
    expect(words.filter((w) => ['authorization', 'api', 'key'].includes(w))).toEqual([]);
    expect(classify(paste.text).kind).not.toBe('auth');
  });

  it('is not asked when a phrase places the paste: Anthropic\'s overloaded error', () => {
    const d = classify(pasteById('ex-anthropic-api-error-overloaded').text);
    expect(d.entry).not.toBeNull();
    expect(d.evidence.some((e) => e.type === 'words')).toBe(false);
  });
});
