import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import * as z from 'zod/v4';
import { forTerminal } from '../cli/terminal-safe';
import { NO_COLOR, formatDiagnosis } from '../cli/diagnose-format';
import { entryById } from '../lib/catalog';
import { chosenFixes } from '../lib/catalog/chosen-fixes';
import { LANGS, type Lang } from '../lib/catalog/ids';
import { entryMarkdown } from '../lib/entry-markdown';
import { localize } from '../lib/i18n';
import { redact } from '../lib/redact';
import { SITE_ORIGIN } from '../lib/urls';
import { packageCatalog } from './catalog';
import { diagnoseError } from './diagnose';
import { lookupIn } from './lookup';
import type { ErrorDiagnosis } from './types.js';

/**
 * `ai-api-errors mcp`: the catalogue as an MCP server over stdio, for coding agents. Tools `diagnose_error` and
 * `lookup_error`; every entry as a Markdown resource `ai-api-errors://entry/<id>`. Everything returned that quotes
 * the paste goes through `redact` first.
 */

declare const PACKAGE_VERSION: string | undefined;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';
const MAX_TEXT = 4 * 1024 * 1024;
const ENTRY_URI = 'ai-api-errors://entry/';

const lang = z.enum(LANGS).optional().describe('Language of the answer: en (default) or zh-cn.');

/** The first fix's code, for the tool and SDK the paste revealed, as a fenced block. */
function fixCode(d: ErrorDiagnosis): string {
  const catalog = packageCatalog();
  const entry = d.entry ? entryById(catalog, d.entry) : undefined;
  if (!entry) return '';
  const chosen = chosenFixes(catalog, entry, { client: d.client ?? d.runtime, provider: d.provider, sdk: d.sdk }, d.retryable, 1);
  const file = chosen?.fixes[0]?.variant?.file;
  return file ? `\n\n${file.name}:\n\`\`\`${file.lang}\n${file.code.trimEnd()}\n\`\`\`` : '';
}

function diagnoseText(text: string, answerLang: Lang) {
  const d = diagnoseError(text, { lang: answerLang });
  const report = formatDiagnosis(forTerminal(d), { catalog: packageCatalog(), lang: answerLang, style: NO_COLOR, site: SITE_ORIGIN });
  const structured = {
    kind: d.kind,
    status: d.status,
    entry: d.entry,
    title: d.title,
    cause: d.cause,
    retry: d.retry,
    requestId: d.requestId === null ? null : redact(d.requestId),
    provider: d.provider,
    client: d.client,
    runtime: d.runtime,
    url: d.url,
  };
  // Only what quotes the paste is redacted: the fix code is the catalogue's own (a redactor would mangle its `api_key=` lines).
  return { report: redact(report) + fixCode(d), structured };
}

function lookupText(query: string, answerLang: Lang): string {
  const catalog = packageCatalog();
  const found = lookupIn(catalog, query, answerLang, SITE_ORIGIN);
  if (found.by === 'none') return `No entry matches "${redact(query.slice(0, 200))}". Try an HTTP status (429), an entry id, or the exact error message; diagnose_error reads a whole traceback or log.`;
  const [first, ...rest] = found.entries;
  const full = found.by === 'status' ? '' : entryMarkdown(catalog, entryById(catalog, first!.id)!, answerLang, SITE_ORIGIN);
  const listed = found.by === 'status' ? found.entries : rest;
  const list = listed.map((e) => `- \`${e.id}\`: ${e.title} (${e.retryable ? 'retryable' : 'fix first'}) ${e.url}`).join('\n');
  return [full, list && (found.by === 'status' ? `Entries with HTTP ${query.trim()}:\n${list}` : `Also close:\n${list}`)].filter(Boolean).join('\n\n');
}

export function createServer(): McpServer {
  const server = new McpServer({ name: 'ai-api-errors', version: VERSION });
  server.registerTool(
    'diagnose_error',
    {
      title: 'Diagnose an AI-API error',
      description:
        'Explains an error from Anthropic, OpenAI, Gemini, DeepSeek, OpenRouter, Azure OpenAI, a one-api/new-api relay and others: paste the error body, SDK traceback, tool message, curl output or log. Returns the verdict (retry or fix first, and how long to wait), the cause, the request id to give support, the fix for the tool and SDK the paste comes from, and a link. Keys are removed from everything returned.',
      inputSchema: { text: z.string().min(1).max(MAX_TEXT).describe('The error text as printed.'), lang },
      outputSchema: {
        kind: z.string(),
        status: z.number().nullable(),
        entry: z.string().nullable(),
        title: z.string(),
        cause: z.string().nullable(),
        retry: z.object({ should: z.boolean(), afterMs: z.number().nullable(), reason: z.string(), sdkRetried: z.boolean() }),
        requestId: z.string().nullable(),
        provider: z.string().nullable(),
        client: z.string().nullable(),
        runtime: z.string().nullable(),
        url: z.string().nullable(),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ text, lang: answerLang }) => {
      const { report, structured } = diagnoseText(text, answerLang ?? 'en');
      return { content: [{ type: 'text', text: report }], structuredContent: structured };
    },
  );
  server.registerTool(
    'lookup_error',
    {
      title: 'Look up an AI-API error',
      description: 'Finds catalogue entries by entry id (openai-insufficient-quota), HTTP status (429) or error message, and returns each as Markdown: message, cause, retry verdict and fixes.',
      inputSchema: { query: z.string().min(1).max(64 * 1024).describe('An entry id, an HTTP status or an error message.'), lang },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, lang: answerLang }) => ({ content: [{ type: 'text', text: lookupText(query, answerLang ?? 'en') }] }),
  );
  server.registerResource(
    'entry',
    new ResourceTemplate(`${ENTRY_URI}{id}`, {
      list: () => ({
        resources: packageCatalog()
          .entries.filter((e) => !e.deprecated)
          .map((e) => ({ uri: `${ENTRY_URI}${e.id}`, name: e.id, title: localize(e.title, 'en'), mimeType: 'text/markdown' })),
      }),
    }),
    { title: 'Catalogue entry', description: 'One AI-API error: message, cause, retry verdict and fixes.', mimeType: 'text/markdown' },
    (uri, { id }) => {
      const catalog = packageCatalog();
      const entry = typeof id === 'string' ? entryById(catalog, id) : undefined;
      if (!entry) throw new Error(`No entry ${String(id)}: list the resources for the ids.`);
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: entryMarkdown(catalog, entry, 'en', SITE_ORIGIN) }] };
    },
  );
  return server;
}

/** Serves over stdin/stdout until the client closes the pipe. Logs go to stderr: stdout carries the protocol. */
export async function runStdio(): Promise<void> {
  await createServer().connect(new StdioServerTransport());
  process.stderr.write(`ai-api-errors MCP server ${VERSION} on stdio (${packageCatalog().entries.length} entries)\n`);
}
