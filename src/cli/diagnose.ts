import { readFileSync } from 'node:fs';
import { isLang, type Lang } from '../lib/i18n';
import { classify } from '../loader/classify';
import { loadCatalog } from '../loader/load-catalog';
import { ANSI_COLOR, formatDiagnosis, NO_COLOR } from './diagnose-format';

/** `diagnose [FILE]`: explains a pasted AI-API error. Exit 0 on success, 2 on bad usage or unreadable input. */

export const MAX_INPUT_BYTES = 4 * 1024 * 1024;
const SITE = process.env['AI_API_ERRORS_SITE'] ?? 'http://localhost:4321';

const USAGE = `Usage: npm run diagnose -- [options] [FILE]
Reads an error paste from FILE, or from standard input when no FILE is given, and explains it.

Options:
  --json            print one Diagnosis object as JSON
  --batch FILE      read JSON lines {"id": ..., "text": ...}; print one JSON line per input
  --lang en|zh-cn   language of the explanation (default en)
  --help            show this help`;

class UsageError extends Error {}

interface Args {
  json: boolean;
  batch?: string;
  lang: Lang;
  file?: string;
}

function parseArgs(argv: string[]): Args | 'help' {
  const args: Args = { json: false, lang: 'en' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--json') args.json = true;
    else if (arg === '--batch') {
      const file = argv[++i];
      if (!file) throw new UsageError('--batch needs a file of JSON lines');
      args.batch = file;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice(7) : argv[++i];
      if (!isLang(value)) throw new UsageError(`--lang must be en or zh-cn, not "${value ?? ''}"`);
      args.lang = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (args.file) throw new UsageError('give one FILE at most');
    else args.file = arg;
  }
  if (args.batch && (args.file || args.json)) throw new UsageError('--batch takes its own file and always prints JSON lines');
  return args;
}

function readInput(file: string | undefined): string {
  let bytes: Buffer;
  try {
    bytes = file && file !== '-' ? readFileSync(file) : readFileSync(0);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot read ${file && file !== '-' ? file : 'standard input'}: ${reason}`);
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new UsageError(`input is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB — paste only the error and the lines around it`);
  }
  return bytes.toString('utf8');
}

function runBatch(file: string): string[] {
  const out: string[] = [];
  readInput(file)
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let item: { id?: unknown; text?: unknown };
      try {
        item = JSON.parse(line);
      } catch {
        out.push(JSON.stringify({ id: null, line: i + 1, error: 'not a JSON object' }));
        return;
      }
      const id = item && typeof item === 'object' ? (item.id ?? null) : null;
      if (!item || typeof item !== 'object' || typeof item.text !== 'string') {
        out.push(JSON.stringify({ id, line: i + 1, error: 'needs a "text" string' }));
        return;
      }
      out.push(JSON.stringify({ id, ...classify(item.text) }));
    });
  return out;
}

export function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (args.batch) {
      for (const line of runBatch(args.batch)) process.stdout.write(line + '\n');
      return 0;
    }
    if (!args.file && process.stdin.isTTY) throw new UsageError('paste an error on standard input or give a FILE (see --help)');
    const text = readInput(args.file);
    if (!text.trim()) throw new UsageError('the input is empty');
    const diagnosis = classify(text);
    if (args.json) process.stdout.write(JSON.stringify(diagnosis, null, 2) + '\n');
    else {
      const style = process.stdout.isTTY && !process.env['NO_COLOR'] ? ANSI_COLOR : NO_COLOR;
      process.stdout.write(formatDiagnosis(diagnosis, { catalog: loadCatalog(), lang: args.lang, style, site: SITE }) + '\n');
    }
    return 0;
  } catch (error) {
    process.stderr.write(`diagnose: ${error instanceof UsageError ? error.message : `unexpected failure: ${(error as Error).message}`}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
