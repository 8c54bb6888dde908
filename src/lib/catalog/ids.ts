/**
 * Closed vocabularies: the ids the catalogue may use. Ids are types and permanent; every fact about them (names,
 * meanings, markers) lives in the catalogue's data files, which must have exactly these keys (the loader checks).
 */

export const LANGS = ['en', 'zh-cn'] as const;
export type Lang = (typeof LANGS)[number];

export const STATUSES = [
  400, 401, 402, 403, 404, 405, 408, 409, 413, 422, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529,
] as const;
export type Status = (typeof STATUSES)[number];

/** Pages for failures that carry no HTTP status: `/failures/<id>/`. */
export const FAILURES = ['timeout', 'connection', 'dns', 'tls', 'stream', 'client'] as const;
export type Failure = (typeof FAILURES)[number];

export const PROVIDERS = [
  'anthropic', 'openai', 'gemini', 'deepseek', 'openrouter', 'azure-openai', 'relay',
  'bedrock', 'vertex-ai', 'dashscope', 'zhipu', 'moonshot', 'volcengine-ark', 'siliconflow', 'iflytek-spark', 'qianfan', 'minimax', 'mistral', 'groq', 'xai',
] as const;
export type ProviderId = (typeof PROVIDERS)[number];

/** Client tools and runtimes; a recipe has a variant per tool. */
export const TOOLS = ['python', 'node', 'curl', 'claude-code', 'cursor', 'cherry-studio', 'cline', 'continue'] as const;
export type ToolId = (typeof TOOLS)[number];

/** The SDK or API dialect a code variant is written for (curl uses the dialects: `gemini` is the Gemini REST API). */
export const SDKS = ['openai', 'anthropic', 'google-genai', 'azure-openai', 'ai-sdk', 'gemini'] as const;
export type SdkId = (typeof SDKS)[number];

export const CODE_LANGS = ['python', 'js', 'bash', 'powershell', 'json', 'yaml', 'text'] as const;
export type CodeLang = (typeof CODE_LANGS)[number];

/** What a recipe file's extension says about its language. */
export const CODE_LANG_OF_EXTENSION: Record<string, CodeLang> = {
  py: 'python',
  mjs: 'js',
  sh: 'bash',
  ps1: 'powershell',
  json: 'json',
  yaml: 'yaml',
  txt: 'text',
};
