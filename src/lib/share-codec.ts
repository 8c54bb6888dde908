/**
 * Share links carry a (redacted) paste in the URL fragment: `#p=` then `z` + base64url(deflate-raw(UTF-8)) where
 * the runtime has CompressionStream, or `u` + base64url(UTF-8) where it does not. Fragments never reach a server.
 */

export const SHARE_PARAM = 'p';
export const MAX_SHARED_CHARS = 100_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const output = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The fragment (without `#`) that carries `text`; callers redact before encoding. */
export async function encodeShare(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text.slice(0, MAX_SHARED_CHARS));
  const payload = canCompress() ? `z${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}` : `u${toBase64Url(bytes)}`;
  return `${SHARE_PARAM}=${payload}`;
}

/** The text a fragment carries: `null` when there is none, or throws when it is damaged. */
export async function decodeShare(fragment: string): Promise<string | null> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const payload = params.get(SHARE_PARAM);
  if (!payload) return null;
  const bytes = fromBase64Url(payload.slice(1));
  if (payload[0] === 'z') {
    if (!canCompress()) throw new Error('this browser cannot decompress the link');
    return new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw')));
  }
  if (payload[0] === 'u') return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  throw new Error('unknown share link format');
}
