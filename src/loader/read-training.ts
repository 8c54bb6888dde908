import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isKindId, type KindId } from '../lib/taxonomy';
import { listDir } from './read-json';

/** A training paste: a real paste from a blind batch's training half, with the kind its thread established. */
export interface TrainingPaste {
  id: string;
  text: string;
  kind: KindId;
}

/**
 * Every paste of `content/training/*.jsonl` (one JSON object per line, as `tests/fixtures/held-out/` holds the other
 * halves). Throws on a line that is not valid JSON or lacks an id, a text or a known kind, naming file and line.
 */
export function readTraining(root = process.cwd()): TrainingPaste[] {
  const dir = join(root, 'content', 'training');
  const pastes: TrainingPaste[] = [];
  for (const name of listDir(dir).files.filter((f) => f.endsWith('.jsonl'))) {
    readFileSync(join(dir, name), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const where = `content/training/${name}:${i + 1}`;
      let row: { id?: unknown; text?: unknown; expected?: { kind?: unknown } };
      try {
        row = JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
      }
      if (typeof row.id !== 'string' || typeof row.text !== 'string' || !isKindId(row.expected?.kind)) {
        throw new Error(`${where}: needs a string id and text and a known expected.kind`);
      }
      pastes.push({ id: row.id, text: row.text, kind: row.expected.kind });
    });
  }
  return pastes;
}
