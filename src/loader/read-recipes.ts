import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_LANG_OF_EXTENSION, SDKS, TOOLS, type SdkId, type ToolId } from '../lib/catalog/ids';
import { recipeFileSchema, type Recipe, type Tool, type Variant } from '../lib/catalog/schema';
import { listDir, readJson, type Problems } from './read-json';

const FILE_NAME = new RegExp(`^(${TOOLS.join('|')})(?:\\.(${SDKS.join('|')}))?\\.([a-z0-9]+)$`);

/** Which file types each tool's variants may be: code for the runtimes, complete config files for the tools. */
const EXTENSIONS: Record<ToolId, readonly string[]> = {
  python: ['py'],
  node: ['mjs', 'sh'],
  curl: ['sh', 'ps1'],
  'claude-code': ['json', 'sh'],
  cursor: ['json'],
  'cherry-studio': ['json'],
  cline: ['json'],
  continue: ['yaml'],
};

/** Reads `recipes/<id>/recipe.json` and the real file of every variant beside it. */
export function readRecipes(dir: string, tools: Record<ToolId, Tool> | undefined, problems: Problems): Recipe[] {
  const recipes: Recipe[] = [];
  const { dirs, files } = listDir(dir);
  for (const stray of files) problems.add(join(dir, stray), 'recipes live in folders: recipes/<id>/recipe.json');
  for (const id of dirs) {
    const folder = join(dir, id);
    const file = join(folder, 'recipe.json');
    const data = readJson(file, problems);
    const parsed = data === undefined ? undefined : problems.parse(file, recipeFileSchema, data, `recipe "${id}" `);
    if (!parsed) continue;
    const variants: Variant[] = [];
    const withFile = new Set<string>();
    for (const name of listDir(folder).files.filter((n) => n !== 'recipe.json')) {
      const path = join(folder, name);
      const m = FILE_NAME.exec(name);
      if (!m) {
        problems.add(path, `a recipe file is named <tool>[.<sdk>].<ext> (tools: ${TOOLS.join(', ')}; sdks: ${SDKS.join(', ')})`);
        continue;
      }
      const tool = m[1] as ToolId;
      const sdk = (m[2] ?? null) as SdkId | null;
      const ext = m[3]!;
      const key = sdk ? `${tool}.${sdk}` : tool;
      const toolText = parsed.variants[tool];
      if (!EXTENSIONS[tool].includes(ext)) problems.add(path, `a ${tool} file ends with .${EXTENSIONS[tool].join(' or .')}`);
      else if (!toolText) problems.add(path, `recipe.json has no "${tool}" variant with the instructions for this file`);
      else if (toolText.unsupported) problems.add(path, `recipe.json marks "${tool}" unsupported, yet it has a file`);
      else if (sdk && tools && !tools[tool].sdks?.includes(sdk)) problems.add(path, `"${sdk}" is not an SDK of ${tool} (tools.json)`);
      else if (withFile.has(key)) problems.add(path, `a second file for variant "${key}"`);
      else {
        withFile.add(key);
        const lang = CODE_LANG_OF_EXTENSION[ext]!;
        const text = (parsed.variants[key] ?? toolText).text;
        variants.push({ key, tool, sdk, text, unsupported: false, file: { name, lang, code: readFileSync(path, 'utf8') } });
      }
    }
    for (const [key, variant] of Object.entries(parsed.variants)) {
      if (withFile.has(key)) continue;
      const [tool, sdk = null] = key.split('.') as [ToolId, SdkId?];
      // A tool's own text stands as the variant for any SDK it has no file for; an SDK's text without a file says why.
      variants.push({ key, tool, sdk, text: variant.text, unsupported: variant.unsupported === true, file: null });
    }
    variants.sort((a, b) => TOOLS.indexOf(a.tool) - TOOLS.indexOf(b.tool) || (a.sdk ?? '').localeCompare(b.sdk ?? ''));
    recipes.push({ id, ...parsed, mockScenarios: parsed.mockScenarios ?? [], variants });
  }
  return recipes;
}
