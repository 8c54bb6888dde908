// Check the providers' status pages before debugging your own code (built-in fetch, Node 18+).
// Statuspage summaries: indicator is none, minor, major or critical.
const PAGES = {
  Anthropic: 'https://status.claude.com',
  OpenAI: 'https://status.openai.com',
  DeepSeek: 'https://status.deepseek.com',
  Cursor: 'https://status.cursor.com',
};
const BROWSER_ONLY = {
  Gemini: 'https://aistudio.google.com/status',
  OpenRouter: 'https://status.openrouter.ai',
};
const OFFICIAL_HOSTS = new Set([
  'api.openai.com', 'api.anthropic.com', 'generativelanguage.googleapis.com', 'api.deepseek.com',
  'openrouter.ai',
]);

await Promise.all(Object.entries(PAGES).map(async ([name, base]) => {
  try {
    const res = await fetch(`${base}/api/v2/status.json`, { signal: AbortSignal.timeout(10_000) });
    const { status } = await res.json();
    console.log(`${name}: ${status.indicator} - ${status.description}`);
  } catch (err) {
    // the page itself unreachable: your own network, or a proxy that fetch does not use, may be the cause
    console.log(`${name}: could not read ${base} (${err.cause?.code ?? err.message})`);
  }
}));
for (const [name, url] of Object.entries(BROWSER_ONLY)) console.log(`${name}: open ${url} in a browser`);

// With a gateway or relay in between, its health matters too, and these pages do not show it.
const BASE_URL_VARS = ['OPENAI_BASE_URL', 'ANTHROPIC_BASE_URL', 'GOOGLE_GEMINI_BASE_URL',
  'AZURE_OPENAI_ENDPOINT'];
for (const name of BASE_URL_VARS) {
  const host = URL.canParse(process.env[name] ?? '') ? new URL(process.env[name]).hostname : null;
  if (host && !OFFICIAL_HOSTS.has(host) && !host.endsWith('.openai.azure.com')) {
    console.log(`${name} points to ${host}: its own status is known only to its operator`);
  }
}
