import type { Plugin } from 'vite';

/** Where Fuse.js's table of combining marks starts (a 2 KB character class from U+0300 to U+FE2F) and ends. */
const TABLE_START = '/[\\u0300-\\u036F';
const TABLE_END = ']/g';
/**
 * Static helpers Fuse.js hangs on its class, which the classifier never calls: `parseQuery` (the logical-query parser;
 * the basic build cannot run logical searches anyway) and `parseIndex` (loading a prebuilt index). Assigned, they keep
 * their code in the bundle; left out, the bundler drops it.
 */
const UNUSED_STATICS = ['Fuse.parseIndex = parseIndex;\n', '{\n  Fuse.parseQuery = parse;\n}\n'];

/**
 * Fuse.js strips diacritics with a 2 KB table of combining marks, for its `ignoreDiacritics` option, which the
 * classifier never sets (`src/lib/classify/fuzzy.ts`). Bundled, the table is about 1.1 KB of the gzipped JS every
 * visitor of /diagnose/ loads before the tool is ready. This swaps it for the property escape that names the same
 * marks, `\p{M}`, as Vite bundles Fuse, and leaves out the unused static helpers above. If a Fuse release changes
 * the table or the helpers, the swap finds nothing and says so.
 */
export function slimFuse(): Plugin {
  return {
    name: 'slim-fuse',
    transform(code, id) {
      if (!/[\\/]fuse\.js[\\/]dist[\\/]/.test(id)) return null;
      const start = code.indexOf(TABLE_START);
      const end = start === -1 ? -1 : code.indexOf(TABLE_END, start);
      if (end === -1 || code.slice(start, end).includes('\n')) {
        this.warn('Fuse.js no longer holds the combining-marks table this plugin replaces: remove slim-fuse');
        return null;
      }
      let slim = `${code.slice(0, start)}/\\p{M}/gu${code.slice(end + TABLE_END.length)}`;
      for (const statics of UNUSED_STATICS) {
        if (slim.includes(statics)) slim = slim.replace(statics, '');
        else this.warn(`Fuse.js no longer assigns ${JSON.stringify(statics.trim())}: update slim-fuse`);
      }
      return { code: slim, map: null };
    },
  };
}
