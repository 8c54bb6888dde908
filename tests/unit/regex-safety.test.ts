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
  const built = catalogIndex().statusPatterns.map(({ pattern }, i) => ({ where: `status pattern ${i + 1}`, source: pattern.source, flags: pattern.flags }));
  const all = [...literals, ...built];

  it('finds the patterns', () => {
    expect(literals.length).toBeGreaterThan(40);
  });

  // recheck answers "unknown" when its analysis runs out of time, which a loaded machine makes happen on the
  // bounded repetitions of the status patterns: such a pattern is checked again with six times the time, and must
  // then be proven safe like every other.
  const check = (source: string, flags: string) => {
    const first = checkSync(source, flags, { timeout: 10_000 });
    return first.status === 'unknown' ? checkSync(source, flags, { timeout: 60_000 }) : first;
  };

  // The check takes 40 to 60 s on two loaded cores. It yields to the event loop between patterns: vitest's worker must
  // answer its runner within a fixed 60 s, and a run that never yields failed CI with 'Timeout calling "onTaskUpdate"'
  // although every test passed.
  it('every pattern is safe by recheck', { timeout: 300_000 }, async () => {
    const unsafe: string[] = [];
    for (const p of all) {
      const result = check(p.source, p.flags.replace(/[gy]/g, ''));
      if (result.status !== 'safe') {
        unsafe.push(`${p.where}: /${p.source}/ ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.type}, attack ${JSON.stringify(result.attack.string.slice(0, 40))})` : ''}`);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(unsafe).toEqual([]);
  });
});
