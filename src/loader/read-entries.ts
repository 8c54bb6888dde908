import { join } from 'node:path';
import { entryFileSchema, unattributedFileSchema, type Entry, type UnattributedPaste } from '../lib/catalog/schema';
import { listDir, readJson, type Problems } from './read-json';

/** Reads `entries/<family>/<id>.json`: the file name is the entry's id, the folder its family. */
export function readEntries(dir: string, problems: Problems): Entry[] {
  const entries: Entry[] = [];
  const { dirs, files } = listDir(dir);
  for (const stray of files) problems.add(join(dir, stray), 'entries live in a family folder: entries/<family>/<id>.json');
  for (const family of dirs) {
    const folder = join(dir, family);
    const { dirs: nested, files: names } = listDir(folder);
    for (const extra of nested) problems.add(join(folder, extra), 'no folders inside a family folder');
    for (const name of names) {
      const file = join(folder, name);
      const id = name.replace(/\.json$/, '');
      if (!name.endsWith('.json') || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
        problems.add(file, 'an entry file is named <kebab-case-id>.json');
        continue;
      }
      const data = readJson(file, problems);
      if (data === undefined) continue;
      const parsed = problems.parse(file, entryFileSchema, data, `entry "${id}" `);
      if (parsed) entries.push({ id, family, ...parsed });
    }
  }
  return entries;
}

export function readUnattributed(file: string, problems: Problems): UnattributedPaste[] {
  const data = readJson(file, problems);
  return (data !== undefined && problems.parse(file, unattributedFileSchema, data)?.pastes) || [];
}
