import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, MAX_SHARED_CHARS } from '../../src/lib/share-codec';
import { labelledPastes } from '../shared/pastes';

describe('share links', () => {
  const samples = labelledPastes().filter((_, i) => i % 25 === 0).map((f) => f.text);

  it.each(samples.map((s, i) => [i, s] as const))('round-trips real paste #%i, Chinese and emoji included', async (_i, text) => {
    const fragment = await encodeShare(text);
    expect(fragment).toMatch(/^p=z[A-Za-z0-9_-]+$/);
    expect(await decodeShare(`#${fragment}`)).toBe(text);
  });

  it('compresses: a long log becomes a much shorter fragment', async () => {
    const log = samples.join('\n').repeat(5);
    expect((await encodeShare(log)).length).toBeLessThan(log.length / 3);
  });

  it('caps what a link carries', async () => {
    const decoded = await decodeShare(await encodeShare('x'.repeat(MAX_SHARED_CHARS + 500)));
    expect(decoded).toHaveLength(MAX_SHARED_CHARS);
  });

  it('answers null without a payload and throws on a damaged one', async () => {
    expect(await decodeShare('')).toBeNull();
    expect(await decodeShare('#other=1')).toBeNull();
    await expect(decodeShare('#p=zAAAA')).rejects.toThrow();
    await expect(decodeShare('#p=q123')).rejects.toThrow('unknown share link format');
  });
});
