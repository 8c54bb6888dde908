/**
 * Hostile pastes the bench times in Node (classify, redact) and in the page (paste -> verdict). Each is a JavaScript
 * expression, so the page builds its own copy instead of receiving megabytes over the DevTools protocol.
 */
export const ADVERSARIAL: readonly (readonly [label: string, expression: string])[] = [
  ['100k of one character', String.raw`'a'.repeat(100_000)`],
  ['100k spaces', String.raw`' '.repeat(100_000)`],
  ['deep nesting {[ x 50k', String.raw`'{"a":['.repeat(50_000)`],
  ['unclosed quotes', String.raw`'"'.repeat(100_000)`],
  ['unclosed braces', String.raw`'{'.repeat(100_000)`],
  ['backslashes', String.raw`'\\'.repeat(100_000)`],
  ['escaped unicode', String.raw`'\\u00'.repeat(25_000)`],
  ['1 MB line without newlines', String.raw`'error timeout quota '.repeat(52_429)`],
  ['repeated status wording', String.raw`'Error code: 4'.repeat(7_692)`],
  ['repeated key prefixes', String.raw`'sk-ant-api03-'.repeat(7_692)`],
  ['Bearer without token', String.raw`'Bearer '.repeat(14_285)`],
  ['x-api-key: without end', String.raw`'x-api-key: '.repeat(9_090) + 'a'.repeat(100_000)`],
  ['ANSI escapes', String.raw`'\u001b['.repeat(50_000)`],
  ['curl exit prefixes', String.raw`'curl: ('.repeat(14_285)`],
  ['HTML title soup', String.raw`'<title>'.repeat(14_285)`],
  ['binary bytes', String.raw`Array.from({ length: 1024 * 1024 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')`],
  // The security review's slowest shapes (2026-12-02), at 4 MB.
  ['4 MB of <title> + digit lines', String.raw`('error <title>' + '1234567890'.repeat(16) + 'x'.repeat(1830) + '\n').repeat(2048)`],
  ['4 M newlines', String.raw`'\n'.repeat(4 * 1024 * 1024)`],
  ['4 MB of status lines', String.raw`'status: 4291 request id: 429 Error 429\n'.repeat(107_546)`],
  ['2 MB of Bearer Bearer', String.raw`'Bearer '.repeat(299_593)`],
  // Separator floods the redaction's value reader is slowest on, and floods of credentials (issue 14).
  ['4 MB of a=', String.raw`'a='.repeat(2 * 1024 * 1024)`],
  ['4 MB of a:', String.raw`'a:'.repeat(2 * 1024 * 1024)`],
  ['4 MB of key=', String.raw`'key='.repeat(1024 * 1024)`],
  ['4 MB of a%3D', String.raw`'a%3D'.repeat(1024 * 1024)`],
  ['4 MB of api_key=<secret> lines', String.raw`'api_key=Abcdef123456XYZ\n'.repeat(174_762)`],
  ['4 MB of Authorization lines', String.raw`'Authorization: Bearer abcdefgh1234\n'.repeat(119_837)`],
  ['4 MB of Cookie: a=b;', String.raw`'Cookie: a=b; '.repeat(322_638)`],
  ['4 MB of user:pass@ URLs', String.raw`'https://u:p@h '.repeat(299_593)`],
  // What identifies a person or a network, flooded.
  ['4 MB of dotted digits', String.raw`'1.2.3.4.'.repeat(524_288)`],
  ['4 MB of a@b.c', String.raw`'a@b.cd '.repeat(599_186)`],
  ['4 MB of .local', String.raw`'x.local'.repeat(599_186)`],
  ['4 MB of user_id=', String.raw`'user_id='.repeat(524_288)`],
];

/** Builds one hostile paste from its expression (in Node; the page evaluates the same text). */
export const buildPaste = (expression: string): string => new Function(`return ${expression}`)() as string;
