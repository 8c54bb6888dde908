import { describe, expect, it } from 'vitest';
import { PREVIEW_CHARS, PREVIEW_LINES, previewOf } from '../../src/lib/paste-preview';
import { labelledPastes } from '../shared/pastes';

describe('previewOf: what the paste box shows of a paste', () => {
  it('shows every real paste of the corpus as it is', () => {
    const shortened = labelledPastes().filter((p) => previewOf(p.text) !== null).map((p) => p.id);
    expect(shortened).toEqual([]);
  });

  it('shows the first lines of a long log, cut at a line end', () => {
    const log = Array.from({ length: 5000 }, (_, i) => `2026-12-02T10:00:00Z line ${i}`).join('\n');
    const shown = previewOf(log)!;
    expect(shown.split('\n')).toHaveLength(PREVIEW_LINES);
    expect(log.startsWith(shown)).toBe(true);
  });

  it('shows the start of one enormous line', () => {
    const line = 'x'.repeat(3 * 1024 * 1024);
    expect(previewOf(line)).toHaveLength(PREVIEW_CHARS);
  });

  it('writes a flood of control characters in caret notation, and leaves tabs and line breaks', () => {
    const coloured = '\u001b[31merror\u001b[0m\t429\r\n'.repeat(300);
    const shown = previewOf(coloured)!;
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect(shown).toContain('^[[31merror^[[0m\t429\r\n');
    expect(previewOf('\u0000\u007f'.repeat(300))!.startsWith('^@^?')).toBe(true);
    // C1 controls too, as cat -v writes them: binary bytes read as Latin-1 are full of them.
    expect(previewOf('\u0080\u009b\u009f'.repeat(300))!.startsWith('M-^@M-^[M-^_')).toBe(true);
    expect(previewOf('é\u00a0ÿ'.repeat(300))).toBeNull();
    // A few escape codes in a short paste stay as they are.
    expect(previewOf('\u001b[31mError code: 429\u001b[0m')).toBeNull();
  });

  it('keeps a reader who edits the shortened text out of a second shortening', () => {
    const log = 'Error code: 429\n'.repeat(10_000);
    const edited = `${previewOf(log)!}\nand one more line`;
    expect(previewOf(edited)).toBeNull();
  });
});
