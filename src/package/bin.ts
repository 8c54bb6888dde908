#!/usr/bin/env node
import { runDiagnose } from '../cli/diagnose-main';
import { SITE_ORIGIN } from '../lib/urls';
import { packageCatalog } from './catalog';

/**
 * The package's command: `ai-api-errors diagnose [FILE]` (the clone's `npm run diagnose`, against the packed
 * catalogue, linking to the published site) and `ai-api-errors mcp` (the MCP server on stdio).
 */

const USAGE = `Usage: ai-api-errors <command>

Commands:
  diagnose [options] [FILE]   explain an AI-API error from FILE or standard input (diagnose --help for options)
  mcp                         run the MCP server on stdio, for coding agents (tools diagnose_error, lookup_error)
  help                        show this help`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'diagnose') return runDiagnose(rest, { command: 'ai-api-errors diagnose', catalog: packageCatalog, site: SITE_ORIGIN });
  if (command === 'mcp') {
    const { runStdio } = await import('./mcp-server');
    await runStdio();
    return 0;
  }
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  process.stderr.write(`ai-api-errors: unknown command "${command}"\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ai-api-errors: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
