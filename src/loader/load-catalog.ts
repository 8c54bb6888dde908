import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../lib/catalog/ids';
import {
  catalogSchema, clientsSchema, kindsSchema, providersSchema, sdksSchema, statusFactsSchema, toolsSchema, uiStringsSchema, wordModelSchema, type Catalog,
} from '../lib/catalog/schema';
import { checkLinks } from './check-links';
import { readEntries, readUnattributed } from './read-entries';
import { listDir, Problems, readJson } from './read-json';
import { readRecipes } from './read-recipes';

/** The catalogue's files and folders; anything else in `content/catalog/` is a mistake the loader reports. */
const LAYOUT = ['README.md', 'clients.json', 'entries', 'kinds.json', 'providers.json', 'recipes', 'sdks.json', 'statuses.json', 'tools.json', 'ui', 'unattributed.json', 'word-model.json'];

export class CatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(`The catalogue is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'CatalogError';
  }
}

/**
 * Reads every file of `content/catalog/`, validates it against the schema and the links between files, and returns
 * the one catalogue that `/catalog.json` publishes. Throws a CatalogError naming the file, item and field of every
 * problem. This is the only place the catalogue is read from disk.
 */
export function readCatalog(root = process.cwd()): Catalog {
  const dir = join(root, 'content', 'catalog');
  if (!existsSync(dir)) throw new CatalogError([`${dir} does not exist: run this from the project's folder`]);
  const problems = new Problems(root);
  const { files, dirs } = listDir(dir);
  for (const name of [...files, ...dirs].filter((n) => !LAYOUT.includes(n))) problems.add(join(dir, name), 'not part of the catalogue layout (see content/catalog/README.md)');
  const fact = <T>(name: string, schema: { safeParse: (d: unknown) => unknown } & Parameters<Problems['parse']>[1]): T | undefined => {
    const file = join(dir, name);
    const data = readJson(file, problems);
    return data === undefined ? undefined : (problems.parse(file, schema, data) as T | undefined);
  };
  const kinds = fact<Catalog['kinds']>('kinds.json', kindsSchema);
  const providers = fact<Catalog['providers']>('providers.json', providersSchema);
  const tools = fact<Catalog['tools']>('tools.json', toolsSchema);
  const sdks = fact<Catalog['sdks']>('sdks.json', sdksSchema);
  const clients = fact<Catalog['clients']>('clients.json', clientsSchema);
  const statuses = fact<Catalog['statuses']>('statuses.json', statusFactsSchema);
  const ui = Object.fromEntries(LANGS.map((lang) => [lang, fact<Record<string, string>>(join('ui', `${lang}.json`), uiStringsSchema) ?? {}]));
  const entries = readEntries(join(dir, 'entries'), problems);
  const recipes = readRecipes(join(dir, 'recipes'), tools, problems);
  const unattributed = readUnattributed(join(dir, 'unattributed.json'), problems);
  const wordModel = fact<Catalog['wordModel']>('word-model.json', wordModelSchema);
  const catalog = { kinds, providers, tools, clients, sdks, statuses, ui, entries, recipes, unattributed, wordModel };
  if (problems.list.length === 0) checkLinks(catalog as Catalog, problems, dir);
  if (problems.list.length > 0) throw new CatalogError(problems.list);
  return catalogSchema.parse(catalog);
}

const loaded = new Map<string, Catalog>();

/** The catalogue of the project at `root`, read and validated once per process. */
export function loadCatalog(root = process.cwd()): Catalog {
  let catalog = loaded.get(root);
  if (!catalog) loaded.set(root, (catalog = readCatalog(root)));
  return catalog;
}
