/** Closed vocabularies the catalogue may use. Adding a value here means adding its page too (the tidy test checks). */

export const STATUSES = [
  400, 401, 402, 403, 404, 405, 408, 409, 413, 422, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529,
] as const;
export type Status = (typeof STATUSES)[number];

/** Pages for failures that carry no HTTP status: `/failures/<id>/`. */
export const FAILURES = ['timeout', 'connection', 'dns', 'tls', 'stream', 'client'] as const;
export type Failure = (typeof FAILURES)[number];

export const PROVIDERS = ['anthropic', 'openai', 'gemini', 'deepseek', 'openrouter', 'azure-openai', 'relay'] as const;
export type ProviderId = (typeof PROVIDERS)[number];

/** Client tools and runtimes; each recipe has a variant per tool. */
export const TOOLS = ['python', 'node', 'curl', 'claude-code', 'cursor', 'cherry-studio', 'cline', 'continue'] as const;
export type ToolId = (typeof TOOLS)[number];

export const CODE_LANGS = ['python', 'ts', 'js', 'bash', 'powershell', 'json', 'yaml', 'ini', 'text'] as const;
export type CodeLang = (typeof CODE_LANGS)[number];

export const PROVIDER_NAMES: Record<ProviderId, string> = {
  anthropic: 'Anthropic',
  openai: 'OpenAI',
  gemini: 'Google Gemini',
  deepseek: 'DeepSeek',
  openrouter: 'OpenRouter',
  'azure-openai': 'Azure OpenAI',
  relay: 'one-api / new-api relays',
};

export const TOOL_NAMES: Record<ToolId, string> = {
  python: 'Python SDKs',
  node: 'Node SDKs',
  curl: 'curl',
  'claude-code': 'Claude Code',
  cursor: 'Cursor',
  'cherry-studio': 'Cherry Studio',
  cline: 'Cline',
  continue: 'Continue',
};
