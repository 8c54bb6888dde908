/** Highlighted code as lines of [class, text] tokens (class '' for plain text): rendered the same by pages and island. */
export type CodeLines = [className: string, text: string][][];

/**
 * A line packed for the island's data file: its text, then runs of [class index, length] with the last length left
 * out (it runs to the end of the line). `["import os", 3, 6, 1]` is class 3 for "import", class 1 for " os".
 */
export type PackedLine = [text: string, ...runs: number[]];

/** Packs highlighted lines, merging neighbouring tokens of the same class; `classIndex` numbers the classes. */
export function packLines(lines: CodeLines, classIndex: (className: string) => number): PackedLine[] {
  return lines.map((line) => {
    const runs: number[] = [];
    let text = '';
    for (const [className, tokenText] of line) {
      const c = classIndex(className);
      if (runs.length > 0 && runs[runs.length - 2] === c) runs[runs.length - 1]! += tokenText.length;
      else runs.push(c, tokenText.length);
      text += tokenText;
    }
    runs.pop();
    return [text, ...runs];
  });
}

/** The tokens of a packed line, with class names from `classes`. */
export function unpackLine([text, ...runs]: PackedLine, classes: readonly string[]): [string, string][] {
  const tokens: [string, string][] = [];
  let at = 0;
  for (let i = 0; i < runs.length; i += 2) {
    const length = i + 1 < runs.length ? runs[i + 1]! : text.length - at;
    tokens.push([classes[runs[i]!] ?? '', text.slice(at, at + length)]);
    at += length;
  }
  if (at < text.length) tokens.push(['', text.slice(at)]);
  return tokens;
}
