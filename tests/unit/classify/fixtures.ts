import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isKindId, type KindId } from '../../../src/lib/taxonomy';

export interface Fixture {
  id: string;
  text: string;
  expected: { status: number | null; kind: KindId; retryable: boolean | null };
  provider: string | null;
  client: string | null;
  lang: 'en' | 'zh';
  source: string;
  file: string;
}

const DIR = join(import.meta.dirname, '..', '..', 'fixtures');

/** Every fixture of tests/fixtures/*.jsonl; throws naming the file and line of a malformed one. */
export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(DIR, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const where = `tests/fixtures/${file}:${i + 1}`;
        let data: Fixture;
        try {
          data = { ...JSON.parse(line), file };
        } catch (error) {
          throw new Error(`${where}: not JSON (${(error as Error).message})`);
        }
        if (typeof data.id !== 'string' || typeof data.text !== 'string' || !data.text.trim()) throw new Error(`${where}: needs id and text`);
        if (!isKindId(data.expected?.kind)) throw new Error(`${where}: expected.kind "${data.expected?.kind}" is not a kind`);
        if (!/^https?:\/\//.test(data.source ?? '')) throw new Error(`${where}: needs a source URL`);
        fixtures.push(data);
      });
  }
  return fixtures;
}
