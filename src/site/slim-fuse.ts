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

/** What a method left out says if it is ever called (the classifier only searches lists of strings). */
const STRING_LISTS_ONLY = "throw new Error('slim-fuse: this Fuse.js build searches lists of strings only')";
/**
 * Methods the classifier never reaches, from where each starts to where the next kept code starts: Fuse's `add`,
 * `remove`, `removeAt` and `getIndex`; its searches of object lists and logical queries (`_searchObjectList`,
 * `_findMatches`, `_searchLogical`); and its index's `add`, `removeAt`, `getValueForItemAtKeyId`, `toJSON` and
 * `_addObject`; and the functions only object lists reach, `createKey` (reading a key's name, path and weight; a list of
 * strings has no keys) and `get` (the default `getFn`, reading a value at a key's path). Class methods stay in a bundle
 * whether called or not, so they are cut here; those that other code names are kept as stubs that throw.
 */
const UNUSED_METHODS: { from: string; to: string; stub: string }[] = [
  { from: '  // Adds a doc to the end of the index\n  add(doc) {', to: '  size() {', stub: '' },
  { from: '  _addObject(doc, docIndex) {', to: '\n}\n\nfunction createIndex(', stub: `  _addObject() {\n    ${STRING_LISTS_ONLY}\n  }` },
  { from: '  add(doc) {\n    if (!isDefined(doc)) {', to: '  search(query, { limit = -1 } = {}) {', stub: '' },
  { from: '  _searchLogical(query) {', to: '\n}\n\nFuse.version', stub: `  _searchLogical() {\n    ${STRING_LISTS_ONLY}\n  }\n\n  _searchObjectList() {\n    ${STRING_LISTS_ONLY}\n  }` },
  { from: 'function createKey(key) {', to: '\nfunction createKeyPath(', stub: `function createKey() {\n  ${STRING_LISTS_ONLY}\n}\n` },
  { from: 'function get(obj, path) {', to: '\nconst MatchOptions', stub: `function get() {\n  ${STRING_LISTS_ONLY}\n}\n` },
];

/**
 * Fuse.js strips diacritics with a 2 KB table of combining marks, for its `ignoreDiacritics` option, which the
 * classifier never sets (`src/lib/classify/fuzzy.ts`). Bundled, the table is about 1.1 KB of the gzipped JS every
 * visitor of /diagnose/ loads before the tool is ready. This swaps it for the property escape that names the same
 * marks, `\p{M}`, as Vite bundles Fuse, and leaves out the unused static helpers and methods above. If a Fuse release
 * changes the table, a helper or a method, that cut finds nothing and says so.
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
      for (const { from, to, stub } of UNUSED_METHODS) {
        const at = slim.indexOf(from);
        const until = at === -1 ? -1 : slim.indexOf(to, at);
        if (until === -1) this.warn(`Fuse.js no longer has ${JSON.stringify(from.trim())} before ${JSON.stringify(to.trim())}: update slim-fuse`);
        else slim = slim.slice(0, at) + stub + slim.slice(until);
      }
      return { code: slim, map: null };
    },
  };
}
