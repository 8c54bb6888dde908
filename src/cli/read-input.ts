import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Reads a file or standard input without trusting its size: stops one chunk past the limit (so `/dev/zero` or an
 * endless pipe is refused at once), waits on a non-blocking pipe instead of failing with EAGAIN (`cat log | …`,
 * `pbpaste | …`), and decodes UTF-16 logs (PowerShell's `>` and `Out-File`) as well as UTF-8.
 */

export class InputError extends Error {}

const CHUNK = 64 * 1024;
const pause = new Int32Array(new SharedArrayBuffer(4));

function describe(error: unknown, what: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
  return new InputError(`cannot read ${what}: ${reason}`);
}

function readBytes(fd: number, maxBytes: number, what: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, CHUNK, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw describe(error, what);
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) {
      throw new InputError(`${what} is over ${maxBytes / 1048576} MB, the limit — paste only the error and the lines around it`);
    }
  }
  return Buffer.concat(chunks, total);
}

/** UTF-16 with a byte-order mark, or without one when every other byte of ASCII text is zero. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  const sample = bytes.subarray(0, 512);
  if (sample.length >= 8) {
    let zerosOdd = 0;
    let zerosEven = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? zerosOdd++ : zerosEven++;
    const half = sample.length / 2;
    if (zerosOdd > half * 0.8 && zerosEven < half * 0.1) return new TextDecoder('utf-16le').decode(bytes);
    if (zerosEven > half * 0.8 && zerosOdd < half * 0.1) return new TextDecoder('utf-16be').decode(bytes);
  }
  return bytes.toString('utf8');
}

/** The text of FILE, or of standard input when `file` is undefined or `-`. */
export function readInput(file: string | undefined, maxBytes: number): string {
  const stdin = !file || file === '-';
  const what = stdin ? 'standard input' : file;
  let fd: number;
  try {
    fd = stdin ? 0 : openSync(file, 'r');
  } catch (error) {
    throw describe(error, what);
  }
  try {
    return decodeText(readBytes(fd, maxBytes, what));
  } finally {
    if (!stdin) closeSync(fd);
  }
}
