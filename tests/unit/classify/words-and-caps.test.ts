import { describe, expect, it } from 'vitest';
import { extractDailyLimit, extractPlanPeriodLimit, extractReset, extractRetryAfter, extractUsageLimit, extractZeroQuota } from '../../../src/lib/classify/extract-meta';
import { hasZeroQuota } from '../../../src/lib/classify/types';
import { occursAsWord } from '../../../src/lib/classify/signal-index';
import { classify } from '../../../src/loader/classify';
import { pasteById } from '../../shared/pastes';

const asWord = (text: string, phrase: string, end = false) => occursAsWord(text, text.toLowerCase(), phrase, { end });

describe("a kind's one-word phrase counts only as a word of its own", () => {
  it.each([
    // Fragments of real pastes: the phrase stands as a word, or starts a camelCase part, or sits in a one-case word.
    ['getaddrinfo ENOTFOUND api.openai.com', 'enotfound'],
    ['httpx.ReadTimeout', 'timeout'],
    ['openai.APITimeoutError: Request timed out.', 'timeout'],
    ['Error: 504 GATEWAYTIMEOUT', 'timeout'],
    ['botocore.exceptions.ThrottlingException', 'throttl'],
  ])('%s has %s', (text, phrase) => expect(asWord(text, phrase)).toBe(true));

  it.each([
    // Bedrock and Volcengine Ark codes that once read as DNS failures, and Qianfan's 14 that read as a TLS one.
    ['ResourceNotFoundException: Could not resolve the foundation model', 'enotfound', false],
    ['OperationDenied.ArkAccessRoleNotFound', 'enotfound', false],
    ['IAM Certification failed', 'cert', true],
    ['image_url is only supported by certain models', 'cert', true],
  ])('%s has no %s', (text, phrase, end) => expect(asWord(text, phrase, end)).toBe(false));

  it('so the documented codes keep their kinds', () => {
    expect(classify(pasteById('docs-bedrock-resource-not-found-class').text).kind).not.toBe('dns');
    expect(classify(pasteById('d-ark-access-role-not-found-row').text).kind).not.toBe('dns');
    expect(classify(pasteById('docs-qianfan-14-iam-certification-failed').text).kind).not.toBe('tls');
    // A trailing space in a phrase asks for the word to end there: the catalogue keeps it.
    expect(classify(pasteById('b55-roboflow-image-url-certain-models-11').text).kind).not.toBe('tls');
  });
});

describe('a rate limit on a per-day quota is a cap', () => {
  it('reads the quota id a Gemini 429 names', () => {
    const text = pasteById('b13-void-gemini-free-rpd-25-557').text;
    expect(extractDailyLimit(text).map((e) => e.text)).toEqual(['GenerateRequestsPerDayPerProjectPerModel-FreeTier']);
    const d = classify(text);
    expect(d.kind).toBe('rate_limit');
    expect(d.retryable).toBe(false);
  });

  it("and OpenAI's or Moonshot's per-day wording, not a per-minute one", () => {
    expect(extractDailyLimit('Rate limit reached for gpt-4o-mini on requests per day (RPD): Limit 10000')).toHaveLength(1);
    expect(extractDailyLimit('request reached organization TPD rate limit, current: 1567687, limit: 1500000')).toHaveLength(1);
    expect(extractDailyLimit('Rate limit reached for gpt-4o on tokens per min (TPM): Limit 30000, Used 29000')).toEqual([]);
  });

  it('and a token limit counted per day is that quota, not a context window (gpt4free#3456)', () => {
    expect(extractDailyLimit('Token limit (500,000 per day) exceeded.')).toHaveLength(1);
    const d = classify(pasteById('b80-gpt4free-daily-token-cap-3456').text);
    expect([d.kind, d.retryable]).toEqual(['rate_limit', false]);
    expect(classify('Error: token limit exceeded: 9000 > 8192').kind).toBe('context_length');
  });

  it("and Anthropic's daily rate limit, Gemini CLI's daily quota and a relay's daily request limit", () => {
    for (const id of ['b56-ant-daily-limit-computer-use-quickstarts116', 'b56-gcli-daily-pro-quota-switch-flash-4300', 'b56-qianfan-daily-limit-fastgpt2098']) {
      const d = classify(pasteById(id).text);
      expect([id, d.kind, d.retryable]).toEqual([id, 'rate_limit', false]);
    }
  });
});

describe('a rate limit on a per-month quota is a cap', () => {
  it("reads Amazon Q's throttling on a monthly allowance as one that no short wait lifts (amazon-q-developer-cli#1736)", () => {
    const text = pasteById('b235-amazonq-monthly-limit-1736').text;
    expect(extractPlanPeriodLimit(text).map((e) => e.text)).toEqual(['reached for this month']);
    // The plan's monthly allowance used up, as its thread and every thread of the wording say: billing, not the
    // ThrottlingException class around it.
    const d = classify(text);
    expect([d.kind, d.retryable, d.entry]).toEqual(['billing', false, 'amazon-q-monthly-limit']);
  });

  it('and other monthly wordings, not a per-minute one', () => {
    expect(extractPlanPeriodLimit('You have exceeded your monthly quota')).toHaveLength(1);
    expect(extractPlanPeriodLimit("You've hit your monthly spend limit")).toHaveLength(1);
    expect(extractPlanPeriodLimit('本月额度已用完')).toHaveLength(1);
    expect(extractPlanPeriodLimit('Rate limit reached for gpt-4o on tokens per min (TPM)')).toEqual([]);
  });
});

describe("a plan's weekly or monthly allowance", () => {
  it('is billing, as a 429, when only a kind phrase reads it (the Ollama cloud through OmniRoute, diegosouzapw/OmniRoute#3709; Kiro, kirodotdev/Kiro#9134)', () => {
    const weekly = pasteById('b260-omniroute-ollama-weekly-3709').text;
    expect(extractPlanPeriodLimit(weekly).map((e) => e.text)).toEqual(['weekly usage limit']);
    expect(classify(weekly)).toMatchObject({ kind: 'billing', retryable: false, status: 429 });
    expect(classify(pasteById('b342-kiro-monthly-limit-9134').text)).toMatchObject({ kind: 'billing', retryable: false });
  });

  it('but an hourly one is a rate limit that a wait lifts', () => {
    const hourly = pasteById('b260-omniroute-ollama-weekly-3709').text.replace('weekly', 'hourly');
    expect(classify(hourly)).toMatchObject({ kind: 'rate_limit', status: 429 });
  });
});

describe('a wait the message states in minutes, hours or days', () => {
  it('of an hour or more makes a rate limit a cap, with a tilde or without (openclaw#54433)', () => {
    expect(extractRetryAfter('rawError=You have hit your ChatGPT usage limit (go plan). Try again in ~4381 min.').seconds).toBe(4381 * 60);
    expect(extractRetryAfter('Rate limit reached. Please try again in 2 days.').seconds).toBe(2 * 86400);
    expect(classify('429 Too Many Requests: rate limit reached. Try again in ~4381 min.').retryable).toBe(false);
  });

  it('of seconds stays a short wait', () => {
    const d = classify('429 Too Many Requests: rate limit reached. Try again in 20s.');
    expect([d.kind, d.retryable, d.retryAfterSeconds]).toEqual(['rate_limit', true, 20]);
  });
});

describe("a plan's usage limit is a cap", () => {
  it('lifts at its reset, not after a short wait (borawong/AiMaMi#42)', () => {
    expect(extractUsageLimit("You've hit your usage limit. Try again later.").map((e) => e.text)).toEqual(['usage limit']);
    const d = classify(pasteById('b130-aimami-relay-usage-limit-42').text);
    expect([d.kind, d.retryable]).toEqual(['rate_limit', false]);
  });

  it('so is a storage allowance behind a 429: it lifts when something is deleted (python-genai#1774, plex-rewind#261)', () => {
    for (const id of ['b770-genai-filesearch-quota-1774', 'b817-plex-rewind-cache-storage-free-tier-261']) {
      const d = classify(pasteById(id).text);
      expect([id, d.kind, d.retryable]).toEqual([id, 'rate_limit', false]);
    }
  });

  it("but an hourly one lifts within the hour: a wait (continue#9233, Ollama Cloud)", () => {
    expect(extractUsageLimit("you've reached your hourly usage limit, please wait or upgrade to continue")).toEqual([]);
    const d = classify('"you\'ve reached your hourly usage limit, please wait or upgrade to continue"');
    expect([d.kind, d.retryable]).toEqual(['rate_limit', true]);
  });
});

describe('a reset the message states as a duration', () => {
  it('ends with the duration, so a reset seconds away is a short wait (gemini-cli#22107)', () => {
    const line = 'Attempt 1 failed: You have exhausted your capacity on this model. Your quota will reset after 5s.. Retrying after 6173ms...';
    expect(extractReset(line).resetAt).toBe('5s');
    const d = classify(line);
    expect([d.kind, d.retryable, d.retryAfterSeconds]).toEqual(['rate_limit', true, 5]);
  });

  it('and a clock time or a longer wait keeps its words', () => {
    expect(extractReset('Claude usage limit reached. Your limit will reset at 12am.').resetAt).toBe('12am');
    // A time zone in brackets keeps its closing one; a bracket the paste never closes is left out (claude-code#1328).
    expect(extractReset('Claude usage limit reached. Your limit will reset at 1 PM (Asia/Dubai).').resetAt).toBe('1 PM (Asia/Dubai)');
    expect(extractReset('(You\'ve hit your limit · resets 9pm (Europe/Paris))').resetAt).toBe('9pm (Europe/Paris)');
    expect(extractReset('resets 9pm (Europe/Paris, then more').resetAt).toBe('9pm');
    expect(extractReset('Your quota will reset after 2h24m55s.').resetAt).toBe('2h24m55s');
    const later = classify('⚠ You have exhausted your capacity on this model. Your quota will reset after 2h24m55s.');
    expect([later.retryable, later.resetAt, later.retryAfterSeconds]).toEqual([true, '2h24m55s', null]);
  });
});

describe('one request over the tokens-per-minute limit', () => {
  it('is a rate limit (code rate_limit_exceeded) that no wait lifts (sidekick#44)', () => {
    const d = classify(pasteById('b104-sidekick-tpm-44').text);
    expect([d.kind, d.retryable, d.status, d.entry]).toEqual(['rate_limit', false, 429, 'openai-request-exceeds-tpm']);
  });
});

describe('a quota of zero is a cap no wait lifts', () => {
  it("reads Google's quota_limit_value of 0 in a Home Assistant 429 (home-assistant/core#132832)", () => {
    const d = classify(pasteById('b16-gm-ha-429-quota-limit-zero-132832').text);
    expect(d.kind).toBe('rate_limit');
    expect(d.retryable).toBe(false);
    expect(hasZeroQuota(d)).toBe(true);
  });

  it('and the limit: 0 of a free tier, but not a limit of 0.5 or 10', () => {
    expect(extractZeroQuota('Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro')).toHaveLength(1);
    expect(extractZeroQuota('limit: 0.5')).toEqual([]);
    expect(extractZeroQuota('limit: 10, model: gemini-2.0-flash')).toEqual([]);
  });

  it.each([
    ['as JSON quoted inside another message (lobehub#1454)', 'b56-lobe-gemini-region-limit0-1454'],
    ['in protobuf text with the value on its own indented line (python-genai#206)', 'b46-genai-py-429-quota-limit-zero-us-west4-206'],
  ])('and the same quota of zero %s', (_how, id) => {
    const d = classify(pasteById(id).text);
    expect([d.kind, d.retryable]).toEqual(['rate_limit', false]);
  });

  it("and Gemini's preview model that \"doesn't have a free quota tier\"", () => {
    const d = classify(pasteById('b56-gm-25pro-preview-no-free-tier-curl-opencodex28').text);
    expect([d.kind, d.retryable]).toEqual(['rate_limit', false]);
  });
});

describe("a kind's phrase inside a link says nothing about the failure", () => {
  // antigravity2api-nodejs#150: Anthropic's 400 through a proxy, whose documentation link ends in
  // `#max-tokens-and-context-window-size`.
  const budget = `[error] 生成响应失败: API请求失败 (400): {
  "error": {
    "code": 400,
    "message": "{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"\`max_tokens\` must be greater than \`thinking.budget_tokens\`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size\\"},\\"request_id\\":\\"req_vrtx_011CXz1EDk9oAJ1APShnBXuq\\"}",
    "status": "INVALID_ARGUMENT"`;

  it('a documentation anchor is not a context-window error', () => {
    expect(classify(budget).kind).toBe('invalid_request');
  });

  it('the same words outside the link still count', () => {
    expect(classify(budget.replace('Please consult', 'The context window is exceeded. Please consult')).kind).toBe('context_length');
  });
});

describe("a kind's phrase that agrees with a catalogue entry", () => {
  it("yields to the entry, which says more: OpenAI's deprecated model is its model_not_found entry, a 404 (open-compass/VLMEvalKit#436)", () => {
    const d = classify(pasteById('b150-vlmeval-gpt4-1106-vision-436').text);
    expect(d.kind).toBe('model_not_found');
    expect(d.entry).toBe('openai-model-not-found');
    expect(d.status).toBe(404);
    expect(d.statusFrom).toBe('entry');
  });

  it('still decides alone when no entry of its kind matches: a retired Gemini model (ZHO-ZHO-ZHO/ComfyUI-Gemini#36)', () => {
    const d = classify(pasteById('b150-comfygemini-pro-vision-404-36').text);
    expect(d.kind).toBe('model_not_found');
    expect(d.entry).toBeNull();
    expect(d.retryable).toBe(false);
  });
});

describe('plain wordings of a kind that no entry owns', () => {
  it("a vLLM host's max_tokens over max_model_len is the context window, even under a gateway's upstream envelope (HeyPuter/puter#3564)", () => {
    expect(classify(pasteById('b661-puter-deepinfra-max-tokens-3564').text).kind).toBe('context_length');
  });

  it('a service "not currently available in your location" is a region block (google-antigravity/antigravity-cli#297)', () => {
    const d = classify(pasteById('b662-antigravity-cli-ineligible-location-297').text);
    expect([d.kind, d.retryable]).toEqual(['region', false]);
  });

  it("JSON.parse given an HTML page, as a wrong base URL answers, is an endpoint that is not the API (Dooy/chatgpt-web-midjourney-proxy#33)", () => {
    const d = classify(pasteById('b618-mj-proxy-doctype-33').text);
    expect([d.kind, d.retryable]).toEqual(['endpoint_not_found', false]);
  });

  it('a local model server that Langflow could not reach is a connection failure (langflow-ai/langflow#5583, #7262)', () => {
    for (const id of ['b684-langflow-ollama-docker-localhost-5583', 'b497-langflow-lmstudio-docker-7262']) {
      expect(classify(pasteById(id).text).kind, id).toBe('connection');
    }
  });

  it.each([
    // Bedrock Guardrails' default message for a blocked prompt, shown as Claude Code's answer (anthropics/claude-code#30258).
    ['b689-claude-code-bedrock-guardrail-30258', 'content_filter'],
    // nginx's 400 for plain HTTP sent to its HTTPS port: the base URL's scheme is wrong (LLM-Red-Team/kimi-free-api#118).
    ['b688-kimi-free-api-plain-http-118', 'endpoint_not_found'],
    // AWS's answer to a path that names no operation, read by the AI SDK as an invalid body (vercel/ai#9852).
    ['b689-ai-sdk-bedrock-unknown-operation-9852', 'endpoint_not_found'],
    // gpt4free with no browser session exported for the provider it calls (xtekky/gpt4free#2795).
    ['b688-g4f-no-har-file-2795', 'auth'],
    // Node's HTTP/2 stream reset under a proxy's response headers, whose header words had read as a gateway timeout (avwo/whistle#1342).
    ['b697-whistle-relay-http2-protocol-error-1342', 'connection'],
    // Rust's getaddrinfo failure in Codex's connection report, beside a remediation naming TLS words (openai/codex#36318).
    ['b702-codex-termux-dns-36318', 'dns'],
    // .NET's and Azure's status name for a 429 in a relay's `internal_error` envelope (EleutherAI/lm-evaluation-harness#2594).
    ['b712-lm-eval-relay-toomanyrequests-2594', 'rate_limit'],
  ] as const)('%s is %s', (id, kind) => {
    expect(classify(pasteById(id).text).kind).toBe(kind);
  });
});

describe("OpenRouter's 401 for a key it does not know", () => {
  it('is read without its full stop and in lower case, as a client reprints it (drewbaumann/AskGPT#36)', () => {
    const d = classify(pasteById('b660-askgpt-openrouter-user-not-found-36').text);
    expect([d.kind, d.entry]).toEqual(['auth', 'openrouter-invalid-credentials']);
  });

  it("but an app's own 400 for an unknown user of its own stays a request error (langgenius/dify#38041)", () => {
    expect(classify(pasteById('b297-dify-wecombot-usernotfound-38041').text).kind).toBe('invalid_request');
  });
});
