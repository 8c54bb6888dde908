import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The rows of a JSON Lines file. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** The rows of every JSON Lines file in a folder (the held-out batches, the training halves). */
export function readJsonlDir<T>(dir: string): T[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readJsonl<T>(join(dir, f)));
}
