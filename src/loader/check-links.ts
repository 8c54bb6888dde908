import { join } from 'node:path';
import { LANGS, type ToolId } from '../lib/catalog/ids';
import type { Catalog } from '../lib/catalog/schema';
import type { Problems } from './read-json';

/** Links between files that no single schema can see: ids, recipe references, SDK names, UI keys. */
export function checkLinks(catalog: Catalog, problems: Problems, dir: string): void {
  const entryFile = (e: { family: string; id: string }) => join(dir, 'entries', e.family, `${e.id}.json`);
  const seen = new Map<string, string>();
  for (const e of catalog.entries) {
    const earlier = seen.get(e.id);
    if (earlier) problems.add(entryFile(e), `entry id "${e.id}" is also used by entries/${earlier}/${e.id}.json`);
    else seen.set(e.id, e.family);
  }
  const recipeIds = new Set(catalog.recipes.map((r) => r.id));
  for (const e of catalog.entries) {
    e.recipes.forEach((id, i) => {
      if (!recipeIds.has(id)) problems.add(entryFile(e), `field "recipes.${i}": unknown recipe "${id}"`);
    });
  }
  const pasteIds = new Map<string, string>();
  const pastes = [
    ...catalog.entries.flatMap((e) => e.pastes.map((p) => ({ id: p.id, where: entryFile(e) }))),
    ...catalog.unattributed.map((p) => ({ id: p.id, where: join(dir, 'unattributed.json') })),
  ];
  for (const { id, where } of pastes) {
    if (pasteIds.has(id)) problems.add(where, `paste id "${id}" is used twice (also in ${pasteIds.get(id)})`);
    else pasteIds.set(id, where);
  }
  const printers = new Set([...Object.keys(catalog.tools), ...Object.keys(catalog.clients)]);
  for (const e of catalog.entries) {
    e.pastes.forEach((p, i) => {
      if (p.client !== null && !printers.has(p.client)) problems.add(entryFile(e), `field "pastes.${i}.client": "${p.client}" is neither a tool (tools.json) nor a client (clients.json)`);
    });
  }
  for (const [id, provider] of Object.entries(catalog.providers)) {
    for (const [tool, sdk] of Object.entries(provider.sdk) as [ToolId, string | undefined][]) {
      if (sdk === undefined) continue;
      if (!catalog.tools[tool].sdks?.includes(sdk as never)) problems.add(join(dir, 'providers.json'), `"${id}.sdk.${tool}": "${sdk}" is not an SDK of ${tool}`);
    }
  }
  for (const id of Object.keys(catalog.clients)) {
    if (id in catalog.tools) problems.add(join(dir, 'clients.json'), `"${id}" is a tool already (tools.json): a program is a tool or a client, not both`);
  }
  const [first, ...others] = LANGS;
  const keys = Object.keys(catalog.ui[first]).sort().join(',');
  for (const lang of others) {
    const mine = Object.keys(catalog.ui[lang]);
    const missing = Object.keys(catalog.ui[first]).filter((k) => !mine.includes(k));
    const extra = mine.filter((k) => !(k in catalog.ui[first]));
    if (mine.sort().join(',') !== keys) problems.add(join(dir, 'ui', `${lang}.json`), `keys differ from ${first}.json (missing: ${missing.join(', ') || '-'}; extra: ${extra.join(', ') || '-'})`);
  }
}
