import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodIssue, ZodTypeAny, z } from 'astro/zod';

/** Collects every problem of a catalogue read, each naming the file, the item and the field. */
export class Problems {
  readonly list: string[] = [];
  constructor(readonly root: string) {}

  add(file: string, message: string): void {
    this.list.push(`${relative(this.root, file)}: ${message}`);
  }

  /** Parses `data` with `schema`; on failure records every issue and returns undefined. */
  parse<S extends ZodTypeAny>(file: string, schema: S, data: unknown, what = ''): z.infer<S> | undefined {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.add(file, `${what}${describeIssue(issue)}`);
    return undefined;
  }
}

function describeIssue(issue: ZodIssue): string {
  const field = issue.path.length ? issue.path.join('.') : '(whole file)';
  const received = 'received' in issue && !issue.message.includes('received') ? ` (received ${JSON.stringify(issue.received)})` : '';
  return `field "${field}": ${issue.message}${received}`;
}

/** The parsed JSON of `file`, or undefined with a problem recorded. */
export function readJson(file: string, problems: Problems): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.add(file, `not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** The names in a directory, sorted, split into files and folders. */
export function listDir(dir: string): { files: string[]; dirs: string[] } {
  const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  const dirs = names.filter((n) => statSync(join(dir, n)).isDirectory());
  return { dirs, files: names.filter((n) => !dirs.includes(n)) };
}
