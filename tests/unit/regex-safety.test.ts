import ts from 'typescript';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { catalogIndex } from '../../src/loader/classify';
import { listFiles, read } from './tidy/source-files';

/** Every regular expression literal in the code: the TypeScript scanner finds them, recheck judges them. */
function regexLiterals(): { where: string; source: string; flags: string }[] {
  const found: { where: string; source: string; flags: string }[] = [];
  for (const file of listFiles('src', ['.ts', '.tsx'])) {
    const sourceFile = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf('/');
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ where: `${file}:${line}`, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

describe('no regular expression can backtrack catastrophically', () => {
  const literals = regexLiterals();
  // The status patterns are built from the catalogue's reason phrases: check them as built.
  const built = catalogIndex().statusPatterns.map(({ pattern, label }) => ({ where: `status pattern "${label}"`, source: pattern.source, flags: pattern.flags }));
  const all = [...literals, ...built];

  it('finds the patterns', () => {
    expect(literals.length).toBeGreaterThan(40);
  });

  it('every pattern is safe by recheck', { timeout: 120_000 }, () => {
    const unsafe = all
      .map((p) => ({ ...p, result: checkSync(p.source, p.flags.replace(/[gy]/g, ''), { timeout: 10_000 }) }))
      .filter((p) => p.result.status !== 'safe')
      .map((p) => `${p.where}: /${p.source}/ ${p.result.status}${p.result.status === 'vulnerable' ? ` (${p.result.complexity.type}, attack ${JSON.stringify(p.result.attack.string.slice(0, 40))})` : ''}`);
    expect(unsafe).toEqual([]);
  });
});
