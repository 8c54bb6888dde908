/**
 * Share links carry a (redacted) paste in the URL fragment: `#p=` then `z` + base64url(deflate-raw(UTF-8)) where
 * the runtime has CompressionStream, or `u` + base64url(UTF-8) where it does not. Fragments never reach a server.
 * A link is bounded on both sides: the fragment's length and the text it inflates to, counted while inflating, so a
 * forged link that would inflate to megabytes is refused before it is allocated.
 */

export const SHARE_PARAM = 'p';
/** The most UTF-8 bytes of text a link carries; longer pastes are cut at this size when the link is made. */
export const MAX_SHARED_BYTES = 64 * 1024;
/** No honest link is longer: uncompressed base64 of the largest text, plus room for the parameter. */
export const MAX_FRAGMENT_CHARS = Math.ceil((MAX_SHARED_BYTES * 4) / 3) + 16;

export type ShareProblem = 'too-large' | 'damaged' | 'unknown-format' | 'unsupported';

/** Why a fragment could not be read; the page words each reason for the reader. */
export class ShareError extends Error {
  constructor(readonly problem: ShareProblem) {
    super(`share link ${problem}`);
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}

function fromBase64Url(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw new ShareError('damaged');
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const output = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/** Inflates chunk by chunk and stops as soon as the output passes `limit` bytes. */
async function inflateBounded(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw new ShareError('too-large');
      }
      chunks.push(value);
    }
  } catch (error) {
    throw error instanceof ShareError ? error : new ShareError('damaged');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ShareError('damaged');
  }
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** `text` cut to at most MAX_SHARED_BYTES of UTF-8, never inside a character. */
export function fitForSharing(text: string): string {
  const buffer = new Uint8Array(MAX_SHARED_BYTES);
  const { read } = new TextEncoder().encodeInto(text, buffer);
  return text.slice(0, read);
}

/** The fragment (without `#`) that carries `text`; callers redact before encoding. */
export async function encodeShare(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(fitForSharing(text));
  const payload = canCompress() ? `z${toBase64Url(await deflate(bytes))}` : `u${toBase64Url(bytes)}`;
  return `${SHARE_PARAM}=${payload}`;
}

/** The text a fragment carries: `null` when there is none; throws a ShareError when it is damaged or too large. */
export async function decodeShare(fragment: string): Promise<string | null> {
  if (fragment.length > MAX_FRAGMENT_CHARS) throw new ShareError('too-large');
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const payload = params.get(SHARE_PARAM);
  if (!payload) return null;
  if (payload[0] === 'z') {
    if (!canCompress()) throw new ShareError('unsupported');
    return utf8(await inflateBounded(fromBase64Url(payload.slice(1)), MAX_SHARED_BYTES));
  }
  if (payload[0] === 'u') {
    const bytes = fromBase64Url(payload.slice(1));
    if (bytes.length > MAX_SHARED_BYTES) throw new ShareError('too-large');
    return utf8(bytes);
  }
  throw new ShareError('unknown-format');
}
