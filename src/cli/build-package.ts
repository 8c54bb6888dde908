import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';
import { CatalogError, readCatalog } from '../loader/load-catalog';

/**
 * `npm run build:package` (and `prepack`): builds what the npm package ships, into `pkg/`:
 * - `catalog.json`, the validated catalogue;
 * - `index.js` (the library), `bin.js` (the `ai-api-errors` command) and the MCP server, bundled by esbuild with
 *   the MCP SDK inside, so installing the package fetches nothing else;
 * - `types/`, the declaration files of the library;
 * - `THIRD-PARTY-LICENSES.txt`, the licence of every package bundled into it.
 * It fails when the library's import graph reaches the site, Astro or the catalogue loader.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'pkg');
const PACKAGE = join(ROOT, 'src', 'package');
/** What the library must never bundle: the site, Astro and the loader that reads `content/` (the packed catalogue replaces it). */
const FORBIDDEN = [/^src\/site\//, /^src\/loader\//, /^src\/islands\//, /^node_modules\/astro\//, /^node_modules\/@astrojs\//, /^content\//];

/** Puts the packed catalogue (read from `catalog.json`) where the package's sources import the one read from disk. */
const packedCatalog: Plugin = {
  name: 'packed-catalog',
  setup(b) {
    b.onResolve({ filter: /^\.\/catalog$/ }, (args) => (args.importer.startsWith(PACKAGE) ? { path: join(PACKAGE, 'catalog-packed.ts') } : undefined));
  },
};

/** The licence texts of the npm packages whose files the bundle holds (the MCP SDK, zod and theirs), which their licences ask to ship. */
function thirdPartyLicenses(inputs: string[]): string {
  const packages = [...new Set(inputs.flatMap((path) => /^(node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? []))].sort();
  return packages
    .map((dir) => {
      const { name, version, license } = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
      const file = existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f)) : undefined;
      const text = file ? readFileSync(join(ROOT, dir, file), 'utf8').trim() : `${license ?? 'no licence file'} (see the package)`;
      return `${name} ${version} (${license ?? 'unknown'})\n\n${text}\n`;
    })
    .join(`\n${'-'.repeat(78)}\n\n`);
}

async function bundle(version: string): Promise<void> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { index: 'src/package/index.ts', bin: 'src/package/bin.ts' },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    define: { PACKAGE_VERSION: JSON.stringify(version) },
    plugins: [packedCatalog],
    metafile: true,
    logLevel: 'warning',
    legalComments: 'linked',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = inputs.filter((path) => FORBIDDEN.some((re) => re.test(path)));
  if (forbidden.length) throw new Error(`the package bundles files it must not:\n  ${forbidden.join('\n  ')}`);
  writeFileSync(join(OUT, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicenses(inputs));
  const library = result.metafile.outputs['pkg/index.js'];
  const reachesMcp = (output: string, seen = new Set<string>()): boolean => {
    if (seen.has(output)) return false;
    seen.add(output);
    const meta = result.metafile.outputs[output];
    if (!meta) return false;
    if (Object.keys(meta.inputs).some((i) => i.includes('@modelcontextprotocol'))) return true;
    return meta.imports.some((i) => i.kind === 'import-statement' && reachesMcp(i.path, seen));
  };
  if (!library || reachesMcp('pkg/index.js')) throw new Error('pkg/index.js loads the MCP SDK: the library must stay light');
}

/** Declarations of the library: everything its public types import, nothing else is referenced. */
function declarations(): void {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('tsconfig.json could not be read');
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    outDir: join(OUT, 'types'),
    rootDir: join(ROOT, 'src'),
  };
  const program = ts.createProgram([join(PACKAGE, 'index.ts')], options);
  const files = new Map<string, string>();
  const emitted = program.emit(undefined, (file, text) => files.set(file, text));
  const errors = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length) throw new Error(ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' }));
  // Only the declarations the public types reach (by their `.js` imports): the rest describe internals.
  const wanted = [join(OUT, 'types', 'package', 'index.d.ts')];
  for (const file of wanted) {
    const text = files.get(file);
    if (text === undefined) throw new Error(`no declarations for ${relative(ROOT, file)}`);
    for (const [, spec] of text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
      const next = join(file, '..', `${spec}.d.ts`);
      if (!wanted.includes(next)) wanted.push(next);
    }
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  }
  for (const text of wanted.map((f) => files.get(f)!)) {
    const bare = /from '(\.{1,2}\/[^']+)'/.exec(text.replace(/from '[^']+\.js'/g, ''));
    if (bare) throw new Error(`a public declaration imports ${bare[1]} without .js: consumers could not resolve it`);
  }
}

async function main(): Promise<void> {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'catalog.json'), JSON.stringify(readCatalog(ROOT)));
  await bundle(version);
  declarations();
  console.log(`package built in ${relative(process.cwd(), OUT) || '.'}: ai-api-errors ${version}`);
}

main().catch((error: unknown) => {
  console.error(`build-package: ${error instanceof CatalogError ? error.message : (error as Error).message}`);
  process.exitCode = 1;
});
