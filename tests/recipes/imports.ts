import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';

/** Dotted names each Python file imports (`from a import b` gives `a.b`), read with Python's own parser (one process for all files). */
export function pythonImports(python: string, files: readonly string[]): Map<string, string[]> {
  const script = [
    'import ast, json, sys',
    'out = {}',
    'for path in sys.argv[1:]:',
    '    tree = ast.parse(open(path, encoding="utf-8").read(), path)',
    '    names = set()',
    '    for node in ast.walk(tree):',
    '        if isinstance(node, ast.Import): names.update(a.name for a in node.names)',
    '        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:',
    '            names.update(f"{node.module}.{a.name}" for a in node.names)',
    '    out[path] = sorted(names)',
    'print(json.dumps({"files": out, "stdlib": sorted(sys.stdlib_module_names)}))',
  ].join('\n');
  const result = JSON.parse(execFileSync(python, ['-c', script, ...files], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })) as {
    files: Record<string, string[]>;
    stdlib: string[];
  };
  return new Map([...Object.entries(result.files), ['<stdlib>', result.stdlib]]);
}

/** Whether a Python import is allowed: the standard library, or one of `allowed` or anything inside it. */
export function pythonImportAllowed(name: string, allowed: readonly string[], stdlib: ReadonlySet<string>): boolean {
  if (stdlib.has(name.split('.')[0]!)) return true;
  return allowed.some((a) => name === a || name.startsWith(`${a}.`));
}

/** Package specifiers a JavaScript module imports (static and dynamic imports with a string literal). */
export function nodeImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[^\w.])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[^\w.])import\s*\(?\s*['"]([^'"]+)['"]/gm)) {
    found.add((m[1] ?? m[2])!);
  }
  return [...found];
}

/** Whether a Node import is allowed: a built-in module, or one of the packages in `allowed` (or a path inside one). */
export function nodeImportAllowed(specifier: string, allowed: readonly string[]): boolean {
  const bare = specifier.replace(/^node:/, '');
  if (builtinModules.includes(bare.split('/')[0]!) || builtinModules.includes(bare)) return true;
  return allowed.some((p) => specifier === p || specifier.startsWith(`${p}/`));
}
