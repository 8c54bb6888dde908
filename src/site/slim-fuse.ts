import type { Plugin } from 'vite';

/** Fuse.js's table of combining marks: a 2 KB character class from U+0300 to U+FE2F. */
const MARKS_TABLE = /\/\[\\u0300-\\u036F[^\]\n]{100,4000}\]\/g/;

/**
 * Fuse.js strips diacritics with a 2 KB table of combining marks, for its `ignoreDiacritics` option, which the
 * classifier never sets (`src/lib/classify/fuzzy.ts`). Bundled, the table is about 1.1 KB of the gzipped JS every
 * visitor of /diagnose/ loads before the tool is ready. This swaps it for the property escape that names the same
 * marks, `\p{M}`, as Vite bundles Fuse. If a Fuse release changes the table, the swap finds nothing and says so.
 */
export function slimFuse(): Plugin {
  return {
    name: 'slim-fuse',
    transform(code, id) {
      if (!/[\\/]fuse\.js[\\/]dist[\\/]/.test(id)) return null;
      if (!MARKS_TABLE.test(code)) {
        this.warn('Fuse.js no longer holds the combining-marks table this plugin replaces: remove slim-fuse');
        return null;
      }
      return { code: code.replace(MARKS_TABLE, '/\\p{M}/gu'), map: null };
    },
  };
}
