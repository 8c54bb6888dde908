import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { decodeShare, encodeShare, MAX_FRAGMENT_CHARS, MAX_SHARED_BYTES, ShareError } from '../../src/lib/share-codec';
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

  it('caps what a link carries, never cutting a character in two', async () => {
    const decoded = await decodeShare(await encodeShare('x'.repeat(MAX_SHARED_BYTES + 500)));
    expect(decoded).toHaveLength(MAX_SHARED_BYTES);
    const chinese = await decodeShare(await encodeShare('额度不足'.repeat(MAX_SHARED_BYTES)));
    expect(new TextEncoder().encode(chinese!).length).toBeLessThanOrEqual(MAX_SHARED_BYTES);
    expect(chinese!.length).toBe(Math.floor(MAX_SHARED_BYTES / 3));
    expect(chinese!.startsWith('额度不足')).toBe(true);
  });

  const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
  const problemOf = (promise: Promise<unknown>) => promise.then(() => 'opened', (e) => (e instanceof ShareError ? e.problem : `other: ${e}`));

  it('refuses a forged link that inflates past the limit, before inflating it all', async () => {
    // 20 MB of newlines deflate to about 20 KB: a short link, a huge text.
    const bomb = `#p=z${base64url(deflateRawSync(Buffer.alloc(20 * 1024 * 1024, 10), { level: 9 }))}`;
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    const started = performance.now();
    expect(await problemOf(decodeShare(bomb))).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(2000);
    // Just past the limit is refused too; exactly at it opens.
    expect(await problemOf(decodeShare(`#p=z${base64url(deflateRawSync(Buffer.alloc(MAX_SHARED_BYTES + 1, 65)))}`))).toBe('too-large');
    expect(await decodeShare(`#p=z${base64url(deflateRawSync(Buffer.alloc(MAX_SHARED_BYTES, 65)))}`)).toHaveLength(MAX_SHARED_BYTES);
  });

  it('refuses an over-long fragment and an uncompressed payload past the limit', async () => {
    expect(await problemOf(decodeShare(`#p=u${'A'.repeat(MAX_FRAGMENT_CHARS)}`))).toBe('too-large');
    expect(await problemOf(decodeShare(`#p=u${base64url(Buffer.alloc(MAX_SHARED_BYTES + 3, 65))}`))).toBe('too-large');
  });

  it('says a damaged link is damaged: bad base64, bad deflate, bad UTF-8', async () => {
    expect(await problemOf(decodeShare('#p=z%%%'))).toBe('damaged');
    expect(await problemOf(decodeShare('#p=zAAAA'))).toBe('damaged');
    expect(await problemOf(decodeShare(`#p=u${base64url(new Uint8Array([0xff, 0xfe, 0xc3]))}`))).toBe('damaged');
  });

  it('answers null without a payload and throws on a damaged one', async () => {
    expect(await decodeShare('')).toBeNull();
    expect(await decodeShare('#other=1')).toBeNull();
    await expect(decodeShare('#p=zAAAA')).rejects.toThrow();
    expect(await problemOf(decodeShare('#p=q123'))).toBe('unknown-format');
  });
});
