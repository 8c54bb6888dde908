import type { ZodIssue } from 'astro/zod';
import { entrySchema, recipeSchema, type Catalog, type Entry, type Recipe } from './schema';

/** One catalogue file as read from disk: its path (for messages) and its parsed JSON. */
export interface CatalogFile {
  file: string;
  data: unknown;
}

export class CatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(`The catalogue is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'CatalogError';
  }
}

function describeIssue(issue: ZodIssue): string {
  const field = issue.path.length ? issue.path.join('.') : '(whole item)';
  const received = 'received' in issue ? ` (received ${JSON.stringify(issue.received)})` : '';
  return `field "${field}": ${issue.message}${issue.message.includes('received') ? '' : received}`;
}

function itemsOf(file: CatalogFile, problems: string[]): { entries: unknown[]; recipes: unknown[] } {
  const data = file.data as { entries?: unknown; recipes?: unknown } | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push(`${file.file}: must be an object with "entries" and/or "recipes" arrays`);
    return { entries: [], recipes: [] };
  }
  const extra = Object.keys(data).filter((k) => k !== 'entries' && k !== 'recipes' && k !== '$comment');
  if (extra.length) problems.push(`${file.file}: unknown top-level key(s) ${extra.map((k) => `"${k}"`).join(', ')}`);
  const list = (key: 'entries' | 'recipes'): unknown[] => {
    const value = data[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(`${file.file}: "${key}" must be an array`);
      return [];
    }
    return value;
  };
  return { entries: list('entries'), recipes: list('recipes') };
}

function idOf(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `#${index}`;
}

/**
 * Validates every catalogue file and the links between them. Throws a CatalogError whose message names the
 * file, the entry or recipe id and the field of every problem; returns the parsed catalogue otherwise.
 */
export function validateCatalog(files: readonly CatalogFile[]): Catalog {
  const problems: string[] = [];
  const entries: (Entry & { file: string })[] = [];
  const recipes: (Recipe & { file: string })[] = [];

  for (const file of files) {
    const items = itemsOf(file, problems);
    items.entries.forEach((raw, i) => {
      const parsed = entrySchema.safeParse(raw);
      if (parsed.success) entries.push({ ...parsed.data, file: file.file });
      else for (const issue of parsed.error.issues) problems.push(`${file.file}: entry "${idOf(raw, i)}" ${describeIssue(issue)}`);
    });
    items.recipes.forEach((raw, i) => {
      const parsed = recipeSchema.safeParse(raw);
      if (parsed.success) recipes.push({ ...parsed.data, file: file.file });
      else for (const issue of parsed.error.issues) problems.push(`${file.file}: recipe "${idOf(raw, i)}" ${describeIssue(issue)}`);
    });
  }

  const seen = new Map<string, string>();
  for (const item of [...entries.map((e) => ({ ...e, what: 'entry' })), ...recipes.map((r) => ({ ...r, what: 'recipe' }))]) {
    const earlier = seen.get(item.id);
    if (earlier) problems.push(`${item.file}: ${item.what} "${item.id}" field "id": duplicate id, already used in ${earlier}`);
    else seen.set(item.id, item.file);
  }

  const recipeIds = new Set(recipes.map((r) => r.id));
  for (const entry of entries) {
    entry.recipes.forEach((id, i) => {
      if (!recipeIds.has(id)) problems.push(`${entry.file}: entry "${entry.id}" field "recipes.${i}": unknown recipe id "${id}"`);
    });
  }

  if (problems.length) throw new CatalogError(problems);
  const strip = <T extends { file: string }>({ file: _file, ...rest }: T) => rest;
  return { entries: entries.map(strip), recipes: recipes.map(strip) } as Catalog;
}
