import { isatty } from 'node:tty';
import type { Catalog } from '../lib/catalog/schema';
import { classifyAgainst } from '../lib/classify/catalog-classifier';
import { isLang, type Lang } from '../lib/i18n';
import { ANSI_COLOR, formatDiagnosis, NO_COLOR } from './diagnose-format';
import { InputError, readInput } from './read-input';
import { forTerminal } from './terminal-safe';

/**
 * `diagnose [FILE]`: explains a pasted AI-API error. Exit 0 on success, 1 when `--batch` met unusable lines, 2 on bad
 * usage or unreadable input. The same code runs as `npm run diagnose` in a clone and `npx ai-api-errors diagnose`
 * from the package; each passes its catalogue, its command line and the site its links point to.
 */

export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

export interface DiagnoseCommand {
  /** How the user typed the command, for the usage text: `npm run diagnose --`. */
  command: string;
  catalog: () => Catalog;
  /** The site the links point to; `AI_API_ERRORS_SITE` overrides it. */
  site: string;
}

const usage = (command: string) => `Usage: ${command} [options] [FILE]
Reads an error paste from FILE, or from standard input when no FILE is given, and explains it.

Options:
  --json            print one Diagnosis object as JSON
  --batch FILE      read JSON lines {"id": ..., "text": ...}; print one JSON line per input
                    (exit 1 when some lines are not usable; each is reported on its own line)
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

function runBatch(file: string, catalog: Catalog): { lines: string[]; unusable: number } {
  const lines: string[] = [];
  let unusable = 0;
  const reject = (line: string) => {
    unusable++;
    lines.push(line);
  };
  readInput(file, MAX_INPUT_BYTES)
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let item: { id?: unknown; text?: unknown };
      try {
        item = JSON.parse(line);
      } catch {
        reject(JSON.stringify({ id: null, line: i + 1, error: 'not a JSON object' }));
        return;
      }
      const id = item && typeof item === 'object' ? (item.id ?? null) : null;
      if (!item || typeof item !== 'object' || typeof item.text !== 'string') {
        reject(JSON.stringify({ id, line: i + 1, error: 'needs a "text" string' }));
        return;
      }
      lines.push(JSON.stringify({ id, ...classifyAgainst(catalog, item.text) }));
    });
  if (lines.length === 0) throw new UsageError(`${file} holds no lines to diagnose`);
  return { lines, unusable };
}

export function runDiagnose(argv: string[], { command, catalog, site }: DiagnoseCommand): number {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(usage(command) + '\n');
      return 0;
    }
    if (args.batch) {
      const { lines, unusable } = runBatch(args.batch, catalog());
      for (const line of lines) process.stdout.write(line + '\n');
      if (unusable === 0) return 0;
      process.stderr.write(`diagnose: ${unusable} of ${lines.length} lines were not usable (see their "error")\n`);
      return 1;
    }
    // isatty() asks without touching process.stdin, which would switch a pipe to non-blocking mode.
    if ((!args.file || args.file === '-') && isatty(0)) throw new UsageError('paste an error on standard input or give a FILE (see --help)');
    const text = readInput(args.file, MAX_INPUT_BYTES);
    if (!text.trim()) throw new UsageError('the input is empty');
    const diagnosis = classifyAgainst(catalog(), text);
    if (args.json) process.stdout.write(JSON.stringify(diagnosis, null, 2) + '\n');
    else {
      const style = process.stdout.isTTY && !process.env['NO_COLOR'] ? ANSI_COLOR : NO_COLOR;
      process.stdout.write(formatDiagnosis(forTerminal(diagnosis), { catalog: catalog(), lang: args.lang, style, site: process.env['AI_API_ERRORS_SITE'] ?? site }) + '\n');
    }
    return 0;
  } catch (error) {
    process.stderr.write(`diagnose: ${error instanceof UsageError || error instanceof InputError ? error.message : `unexpected failure: ${(error as Error).message}`}\n`);
    return 2;
  }
}

