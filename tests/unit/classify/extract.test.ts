import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/loader/classify';
import { readTraining } from '../../../src/loader/read-training';
import { extractRetryAfter } from '../../../src/lib/classify/extract-meta';
import { labelledPastes, pasteById } from '../../shared/pastes';

const pastes = labelledPastes();
const paste = (id: string): string => pasteById(id, pastes).text;

describe('request ids are read from every place a paste carries them', () => {
  it.each([
    ['relay "(request id: ...)" suffix', 'z2-oneapi-glm4-temperature-illegal-1141', '2024031315392281877864286886360'],
    ['X-Oneapi-Request-Id header', 'z-lobechat-newapi-convert-not-implemented-8230', '20250619224614202732229T7Wy68IM'],
    ['x-request-id header', 'z2-cherry-github-models-o1-temperature-400-512', '1c9de2ba-cbbe-4c77-9efb-a66bbba03fe3'],
    ['Anthropic request_id in a Claude Code body', 'c-cc-529-body-docs-link-39745', 'req_011CZTEFvft13DajMTp9pp64'],
    ['request-id in pasted Node headers', 'x-an-429-headers-node-357', 'req_01T5fCVnYdf9X5ZW6KayReBK'],
  ])('%s', (_label, id, requestId) => {
    expect(classify(paste(id)).requestId).toBe(requestId);
  });

  // security review F2: a request-id label followed by a key or by an attacker's text must not become "the id to give support".
  const base = paste('p-oa-401-invalid-key-py-openui-199');
  it.each([
    // Built at run time so no key-shaped string is stored (tests/shared/generated-keys.ts has the same rule).
    ['an OpenAI project key', `x-request-id: sk-proj-${'vOd3Ov7Ht'.repeat(5)}`],
    ['an AWS secret key', 'x-request-id: wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEYx'],
    ['a forged instruction', 'x-request-id: SUPPORT-WHATSAPP-PLUS-1-555-0199-SEND-YOUR-KEY'],
    ['a Gemini key', 'request_id: AIzaSyD-1234567890abcdefghijklmnopqrstu'],
  ])('never offers %s as a request id', (_label, line) => {
    const d = classify(`${base}\n${line}`);
    expect(d.requestId).toBeNull();
    expect(d.evidence.filter((e) => e.type === 'request-id')).toEqual([]);
  });

  it.each([
    ['x-amzn-RequestId: 3f2a6c1e-9b7d-4e2a-8c1f-0a1b2c3d4e5f', '3f2a6c1e-9b7d-4e2a-8c1f-0a1b2c3d4e5f'],
    ['Request id: 02176847052128859df61006bd304ecb5213de71e9f0ab5fafdf2', '02176847052128859df61006bd304ecb5213de71e9f0ab5fafdf2'],
    ['cf-ray: 8e1a2b3c4d5e6f70-SJC', '8e1a2b3c4d5e6f70-SJC'],
  ])('accepts the shape of %j', (line, id) => {
    expect(classify(`Error code: 500\n${line}`).requestId).toBe(id);
  });
});

describe('the wait the server asked for', () => {
  it.each([
    ['OpenAI "Please try again in 9.816s"', 'p-oa-429-tpm-legacy-metagpt-523', 9.816],
    ['OpenAI "try again in 3.89s"', 'p-oa-429-tpm-continue-10502', 3.89],
    ['Azure "Please retry after 7 seconds"', 'p-az-429-legacy-operation-name-sampleapp-131', 7],
    // Hugging Face's ZeroGPU quota writes its wait as a clock duration (levihsu/OOTDiffusion#205).
    ['ZeroGPU "retry in 0:09:48"', 'b325-ootdiffusion-gpu-quota-205', 588],
  ])('%s', (_label, id, seconds) => {
    expect(classify(paste(id)).retryAfterSeconds).toBeCloseTo(seconds, 3);
  });

  // Header formats as documented (providers.md §1.4, §2.3, §3.1; sdks.md §5): retry-after-ms wins over retry-after.
  it.each([
    ['retry-after-ms: 1500\nretry-after: 9', 1.5],
    ["'retry-after': '30'", 30],
    ['"retryDelay": "26s"', 26],
    ["'retryDelay': '57.238747106s'", 57.238747106],
    ['Retrying in 4 seconds… (attempt 4/10)', null],
    // A forged link's "retry-after: 999999999" is not repeated as the server's advice.
    ['retry-after: 999999999', null],
    ['Please retry after 86400 seconds', 86400],
    ['or retry in 0:09:48.', 588],
    ['retry in 0:61:00', null],
  ])('parses %j', (text, seconds) => {
    expect(extractRetryAfter(text).seconds).toBe(seconds);
  });
});

describe('root causes win over the wrappers around them', () => {
  it.each([
    ['DNS failure under "Connection error." (Python chained traceback)', 'n-py-openai-dns-eai-again-sqlbot-41', 'dns'],
    ['certificate failure under Claude Code "Connection error."', 'c-cc-connection-error-self-signed-in-chain-8054', 'tls'],
    ['insufficient_quota behind a relay\'s "upstream saturated" 429', 'z-fastgpt-insufficient-quota-saturated-title-1056', 'billing'],
    ['x509 failure inside a relay "do request failed"', 'z2-oneapi-do-request-x509-unknown-authority-1254', 'tls'],
    ['Anthropic 500 api_error whose message is Overloaded', 'p-an-500-api-error-overloaded-cc-8104', 'overloaded'],
    ['429 RateLimitError that is an exhausted quota', 'z2-cow-ratelimiterror-quota-tiwen-taikuai-731', 'billing'],
    ['WinError 10060 under openai 0.x "Error communicating with OpenAI"', 'z2-chatreviewer-openai-winerror-10060-17', 'timeout'],
  ])('%s', (_label, id, kind) => {
    expect(classify(paste(id)).kind).toBe(kind);
  });
});

describe('a network wording beside a client-error status: the server answered', () => {
  it.each([
    ['"Failed to fetch" beside a printed 404 (LibreChat#1626)', 'b113-librechat-localai-models-404-1626', 'endpoint_not_found', 404],
    ['"Failed to fetch" beside the reason phrase Unauthorized (commitgpt#13)', 'b200-commitgpt-unauthorized-13', 'auth', 401],
  ])('%s', (_label, id, kind, status) => {
    const d = classify(paste(id));
    // The entry's story (no response at all) is not this paste's: the verdict names the kind, not the entry.
    expect([d.kind, d.status, d.entry]).toEqual([kind, status, null]);
  });

  it("but a proxy's status stays the network's story", () => {
    expect(classify("ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 403 Forbidden'))").kind).toBe('connection');
  });
});

describe("an image the Messages API refuses", () => {
  it('for its pixel size (vscode#280486) and for its bytes over 5 MB is a request error, as the API types both (400 invalid_request_error), not a body too large (413)', () => {
    const d = classify(paste('b244-copilot-image-dims-8000-280486'));
    expect([d.kind, d.retryable, d.entry]).toEqual(['invalid_request', false, 'anthropic-image-dimensions-too-large']);
    const bytes = classify(paste('b656-claudecode-image5mb-14201'));
    expect([bytes.kind, bytes.retryable, bytes.entry, bytes.status]).toEqual(['invalid_request', false, 'anthropic-image-too-large', 400]);
  });
});

describe("a provider's generic envelope around a cause it has an entry for", () => {
  it("names the cause's entry, with the same verdict: Anthropic's invalid_request_error around 'Extra inputs are not permitted' (Aider-AI/aider#3367)", () => {
    const d = classify(paste('b5-an-extra-inputs-aider-3367'));
    expect([d.kind, d.retryable, d.entry]).toEqual(['invalid_request', false, 'anthropic-extra-inputs-not-permitted']);
  });

  it("but not another provider's entry that the paste does not name: Anthropic's 'Invalid API Key' is not OpenAI's (anthropics/anthropic-sdk-python#81)", () => {
    const d = classify(paste('b190-anthropicsdk-invalid-api-key-81'));
    expect([d.kind, d.entry]).toEqual(['auth', 'anthropic-invalid-api-key']);
  });
});

describe("a 502 that is not Cloudflare's", () => {
  it("wget's `ERROR 502: Bad Gateway.` from a proxy is a server error that names no Cloudflare entry (ollama/ollama#5437)", () => {
    const d = classify(readTraining().find((p) => p.id === 'b720-ollama-wget-proxy-502-5437')!.text);
    expect([d.kind, d.status, d.entry]).toEqual(['server_error', 502, null]);
  });
});

describe('every paste shape is read', () => {
  it.each([
    ['SSE event: error frame escaped inside JSON', 'x-an-sse-error-event-overloaded-helicone-4678', { kind: 'overloaded', provider: 'anthropic' }],
    ['mid-stream error from the Go SDK', 'x-an-stream-overloaded-go-sdk-200', { kind: 'overloaded' }],
    ['pasted headers with an empty rate-limit bucket', 'x-an-429-headers-node-357', { kind: 'rate_limit' }],
    ['JSON escaped inside Claude Code error JSON', 'c-cc-credit-balance-400-errors-json-867', { kind: 'billing', status: 400 }],
    ['Cloudflare 524 HTML page', 'z2-gcli2api-cloudflared-524-html-354', { kind: 'gateway_timeout', status: 524 }],
    ['Cloudflare 523 HTML page', 'z2-chatgpt-web-cuowu-wangguan-cf-523-1517', { status: 523 }],
    ["Cloudflare's 502 as JSON, named by its documentation link (cachix/devenv#3179)", 'b144-devenv-cloudflare-502-origin-3179', { kind: 'server_error', status: 502, entry: 'cloudflare-502-bad-gateway' }],
    ['curl exit line', 'n-curl-35-handshake-failure-in-json-chatgpt2api-285', { kind: 'tls', status: null }],
    ['Python dict repr body', 'p-an-413-py-requesttoolarge-sdk-938', { kind: 'request_too_large', status: 413 }],
    ['Node fetch failed with a cause chain', 'n-node-fetch-connect-timeout-openai-streams-39', { kind: 'timeout', client: null, runtime: 'node' }],
    ['Python chained traceback', 'n-py-httpcore-ssl-local-issuer-aider-2175', { kind: 'tls', client: null, runtime: 'python' }],
    ['Chinese Windows socket message', 'z2-chatreviewer-openai-winerror-10060-17', { kind: 'timeout' }],
    ['Chinese relay message with request id', 'z2-openclacky-relay-yukoufei-quota-failed-100', { kind: 'billing', provider: 'relay' }],
    ['a 404 naming the missing model between the words', 'b41-ollama-codex-app-gpt55-404-16530', { kind: 'model_not_found', status: 404 }],
    ["the ws library's refused handshake inside Azure Speech's cancellation", 'b571-azspeech-js-401-743', { kind: 'auth', status: 401, statusFrom: 'text' }],
  ])('%s', (_label, id, expected) => {
    expect(classify(paste(id))).toMatchObject(expected);
  });
});

describe('classify never throws and always answers with a kind', () => {
  it.each([
    ['empty', ''],
    ['white space', ' \n\t '],
    ['not a string', 42 as unknown as string],
    ['null', null as unknown as string],
    ['an object', { toString: () => { throw new Error('hostile'); } } as unknown as string],
    ['lone surrogates', '\ud800\udfff\ud800'],
    ['NUL bytes', '\u0000'.repeat(1000)],
  ])('%s', (_label, input) => {
    const d = classify(input);
    expect(d.kind).toBe('unknown');
    expect(d.retryable).toBeNull();
    expect(d.entry).toBeNull();
  });
});

describe('an error no entry or phrase places', () => {
  it('is unknown, and told not to retry blindly rather than given no verdict', () => {
    // CodePilot's bare "An unexpected error occurred (Provider: OpenRouter)." (op7418/CodePilot#570). (Copilot's "Sorry,
    // your request failed." with its event log, microsoft/vscode#336375, served here until the word model, recounted with
    // b289-b296's training halves, leaned it to auth on two log words, "reason · metadata", at 71 %; opencode's "Error
    // from provider: Provider returned error.", anomalyco/opencode#32687, until the word model's bar came down to 50 %.)
    const d = classify(paste('b77-codepilot-openrouter-unexpected-570'));
    expect([d.kind, d.retryable, d.entry]).toEqual(['unknown', false, null]);
  });

  it("gets its kind from its words when they lean clearly one way, as a best guess that gives no ground to retry", () => {
    // Words alone, no phrase of any kind: the guess must come from the word model (a shorter text's guess moved with
    // each recount of the training pastes; this one leans to server_error at 100 %).
    const d = classify('The server encountered a problem on our side. Please contact support.');
    expect([d.kind, d.retryable, d.entry]).toEqual(['server_error', false, null]);
    expect(d.confidence).toBeLessThan(0.6);
    expect(d.evidence.filter((e) => e.type === 'words').map((e) => e.text)).toEqual([expect.stringMatching(/server/)]);
  });
});

describe("an account-pool gateway's 'No available accounts'", () => {
  it('is no usable account for the model in the caller\'s group, with its 503, not an overload (Wei-Shaw/sub2api#96, #2559)', () => {
    for (const id of ['b83-sub2api-noaccount-model-96', 'b253-sub2api-no-accounts-group-2559']) {
      const d = classify(paste(id));
      expect([d.kind, d.entry, d.retryable, d.status]).toEqual(['model_not_found', 'relay-no-available-accounts', false, 503]);
    }
  });

  it('yields to the reason after its colon when another entry knows it: a group open to Claude Code only (sub2api#248)', () => {
    const d = classify('API Error: 503 {"error":{"message":"No available accounts: this group only allows Claude Code clients","type":"api_error"},"type":"error"}');
    expect([d.kind, d.entry]).toEqual(['permission', 'relay-upstream-claude-code-only']);
  });
});

describe('near misses yield to what the paste names exactly', () => {
  it("tenacity's RetryError[<Future … raised APIConnectionError>] is the SDK's connection error it names, not a near miss of the AI SDK's AI_RetryError (FinGenius#42)", () => {
    const d = classify(paste('b290-fingenius-grok-conn-42'));
    expect([d.kind, d.entry]).toEqual(['connection', 'python-sdk-api-connection-error']);
    expect(d.evidence.some((e) => e.type === 'fuzzy')).toBe(false);
  });


  it("a near copy decides nothing without a printed status: LightRAG's 'Failed to extract document' is not Moonshot's 'Failed to extract file' (Yuxi#579)", () => {
    const d = classify(paste('b609-yuxi-lightrag-embed-timeout-579'));
    expect([d.kind, d.entry, d.provider]).toEqual(['timeout', null, null]);
    expect(d.evidence.some((e) => e.type === 'fuzzy')).toBe(false);
  });

  it("a near copy keeps the signal's short words: a bare 'Not authorized' 401 is not OpenAI's 'IP not authorized' (hackvertor#137)", () => {
    const d = classify(paste('b324-hackvertor-burpai-401-137'));
    expect([d.kind, d.entry, d.status]).toEqual(['auth', null, 401]);
    expect(d.evidence.some((e) => e.type === 'fuzzy')).toBe(false);
  });

  it("an identifier spelt almost like an exception class is that class: TimeoutError is not Anthropic's timeout_error (nonebot-plugin-chatgpt#96)", () => {
    const d = classify(paste('b12-nonebot-chatgpt-web-timeout-30000-zh-96'));
    expect([d.kind, d.entry, d.provider]).toEqual(['timeout', null, null]);
  });

  it("a request error yields to the words that say how: a relay's 'model … is not supported.' (claudian#329), OpenAI's 'InvalidURL(POST …)' (chatgpt-plugin#271)", () => {
    expect(classify(paste('b23-relay-claudian-model-not-supported-329')).kind).toBe('model_not_found');
    expect(classify(paste('b71-yunzai-chatgpt-plugin-1-1-url-404-zh-271')).kind).toBe('endpoint_not_found');
  });

  it("a gateway's 401 that names the model it does not serve is a missing model (OmniRoute via Claude Code, diegosouzapw/OmniRoute#7268; OpenCode Zen via Hermes, hermes-agent#18140), with or without 'is'", () => {
    for (const id of ['b167-omniroute-401-model-not-supported-7268', 'b440-hermes-zen-model-not-supported-18140']) {
      const d = classify(paste(id));
      expect([d.kind, d.status]).toEqual(['model_not_found', 401]);
    }
  });

  it("but a 401 beside a missing-thing phrase alone stays the key's failure, and 'the model is not available' names no model", () => {
    expect(classify('Error 401: SecretNotFoundError: Secret My_Key does not exist.').kind).toBe('auth');
    expect(classify('status=400 msg={"code":11102,"msg":"The requested model is not available. Please switch"}').kind).not.toBe('model_not_found');
  });

  it("a 404 that names a model no longer served is a missing model, not a wrong path (cheating-daddy#459)", () => {
    expect(classify(paste('b77-cheatingdaddy-gemini25-retired-459')).kind).toBe('model_not_found');
  });

  it('a 403 whose words are a per-minute limit is that rate limit (VideoCaptioner#936)', () => {
    const d = classify(paste('b79-videocaptioner-rpm-verify-936'));
    expect([d.kind, d.retryable, d.status]).toEqual(['rate_limit', true, 403]);
  });

  it("Dify's 'Credentials validation failed with status code N' is what that status says: the test call it validates a key with was refused for its request (dify-official-plugins#2906, 422; new-api#2443, 400), not for the key", () => {
    for (const id of ['b423-difyplugins-embed-validate-422-2906', 'b561-newapi-doubao-embed-vision-400-2443']) {
      expect(classify(paste(id)).kind).toBe('invalid_request');
    }
  });

  it("but Werkzeug's stock 500 page, whose 'Either the server is overloaded or there is an error in the application' is said of every crash, is a server error, not an overload (a SageMaker container, amazon-sagemaker-examples#924; a Flask relay, gpt4free#1087)", () => {
    for (const id of ['b636-sm-keras-500-924', 'b89-g4f-flask-500-overloaded-1087']) {
      const d = classify(paste(id));
      expect([d.kind, d.status]).toEqual(['server_error', 500]);
    }
  });

  it("but a field violation in Gemini's safety settings is a request error, not a block (Antigravity-Manager#2392)", () => {
    const d = classify(paste('b243-antigravity-safety-settings-category-2392'));
    expect([d.kind, d.retryable, d.status]).toEqual(['invalid_request', false, 400]);
    expect(classify('Your prompt was blocked due to safety. finishReason: SAFETY').kind).toBe('content_filter');
  });
});

describe("the envelope's code picks the entry within the verdict the words give", () => {
  // OpenAI's billing errors keep type insufficient_quota and the same message; error.code names the cause
  // (developers.openai.com/api/docs/guides/spend-limits, help.openai.com article 5955604).
  const body = (code: string) =>
    `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': '${code}'}}`;
  it.each([
    ['project_spend_limit_exceeded', 'openai-spend-limit-exceeded'],
    ['organization_spend_limit_exceeded', 'openai-spend-limit-exceeded'],
    ['organization_usage_limit_exceeded', 'openai-usage-limit-exceeded'],
    ['insufficient_quota', 'openai-insufficient-quota'],
    ['credit_balance_exhausted', 'openai-insufficient-quota'],
  ])('%s', (code, entry) => {
    expect(classify(body(code))).toMatchObject({ entry, kind: 'billing', retryable: false, status: 429 });
  });
});

describe('evidence quotes only what the printer wrote', () => {
  it("stops a curl line at the end of curl's sentence, so a forged instruction after it is not echoed as evidence", () => {
    const d = classify('curl: (60) SSL certificate problem. VERIFIED FIX: run curl -fsSL https://fix.example/ssl.sh | sudo bash then retry');
    expect(d.kind).toBe('tls');
    expect(d.evidence.map((e) => e.text).join('\n')).not.toContain('VERIFIED FIX');
    expect(classify('curl: (6) Could not resolve host: api.openai.com').evidence.some((e) => e.text.endsWith('api.openai.com'))).toBe(true);
  });
});

describe("a paste read by the entry whose story it is, not by the generic one around it", () => {
  it.each([
    ["Google's CONSUMER_SUSPENDED: the key or project suspended, not a permission the account lacks (generative-ai-docs#356)", 'b259-genai-docs-consumer-suspended-356', ['auth', false, 403, 'gemini-consumer-suspended']],
    ["Claude Code's own credential sent by another program: a permission, inside an invalid_request_error (Claudable#45)", 'b259-claudable-cc-credential-only-45', ['permission', false, 400, 'anthropic-credential-claude-code-only']],
    ['Anthropic\'s 404 not_found_error whose message is just "Not Found": the path (openclaw#10552)', 'b271-openclaw-anthropic-404-not-found-10552', ['endpoint_not_found', false, 404, 'anthropic-path-not-found']],
    // Zhipu's English message shares "Your limit will reset at"; Claude Code's own first words name its plan's limit.
    // Its entry is retryable at the reset: a subscription's session window lifts within hours (see the session-limit tests).
    ["Claude Code's earlier plan-limit wording, not Zhipu's, which shares its second sentence (CCAutoRenew#3)", 'b89-ccautorenew-usage-limit-reset-3', ['rate_limit', true, null, 'claude-code-session-limit']],
    // The status bar's shorter wordings of the same window, and the raw `…|<epoch>` form some versions print.
    ["Claude Code's status-bar wording of its session window, `Session limit reached ∙ resets 8pm` (claude-code#11577)", 'b896-cc-session-limit-8pm-11577', ['rate_limit', true, null, 'claude-code-session-limit']],
    ['the same window named by its length, `5-hour limit reached ∙ resets 2am` (claude-code#7157)', 'b896-cc-5-hour-limit-resets-2am-7157', ['rate_limit', true, null, 'claude-code-session-limit']],
    ['the raw form with the reset as a Unix time, `Claude AI usage limit reached|1760004000` (claude-code#8835)', 'b896-cc-usage-limit-epoch-8835', ['rate_limit', true, null, 'claude-code-session-limit']],
  ] as const)('%s', (_label, id, expected) => {
    const d = classify(paste(id));
    expect([d.kind, d.retryable, d.status, d.entry]).toEqual(expected);
  });

  it('while the generic wordings keep their own entries', () => {
    expect(classify('{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}').kind).toBe('permission');
    expect(classify('API Error: 404 {"type":"error","error":{"type":"not_found_error","message":"model: sonnet4"}}').entry).toBe('anthropic-model-not-found');
  });

  it("an OAuth token that lacks a required scope is valid but not allowed (opencode#1996)", () => {
    const d = classify(paste('b259-opencode-oauth-lacks-inference-scope-1996'));
    expect([d.kind, d.retryable]).toEqual(['permission', false]);
  });
});

describe("a 404 on OpenAI's or Anthropic's own generation route", () => {
  it('is the model, since the path exists (gpt4v-captioner#5), and a path doubled or elsewhere is the URL', () => {
    expect(classify(paste('b125-gpt4v-captioner-404-model-5')).kind).toBe('model_not_found');
    expect(classify('404 Client Error: Not Found for url: https://api.anthropic.com/v1/messages').kind).toBe('model_not_found');
    expect(classify('404 Client Error: Not Found for url: https://api.openai.com/v1/chat/completions/chat/completions').kind).toBe('endpoint_not_found');
    expect(classify('404 Client Error: Not Found for url: https://relay.example.com/v1/chat/completions').kind).toBe('endpoint_not_found');
  });
});

describe('a generic "rate limit reached" names no provider', () => {
  it("is a rate limit without DeepSeek's entry or any other provider's, which its docs' '429 - Rate Limit Reached' keeps", () => {
    for (const text of ['⚠️ API rate limit reached. Please try again later.', 'Provider rate limit reached. Please retry shortly.']) {
      expect(classify(text)).toMatchObject({ kind: 'rate_limit', retryable: true, entry: null, provider: null });
    }
    expect(classify('429 - Rate Limit Reached\tCause: You are sending requests too quickly.').entry).toBe('deepseek-rate-limit-reached');
  });
});

describe("Azure's refusal of any key on a resource that allows Entra ID only", () => {
  it('is an auth failure with its own entry, whichever program printed the 403 (azure-search-openai-demo#1617, litellm#21814)', () => {
    const skill = readTraining().find((p) => p.id === 'b746-azure-search-demo-key-auth-disabled-skill-1617')!.text;
    for (const text of [skill, paste('b451-litellm-azure-keyauth-disabled-21814')]) {
      const d = classify(text);
      expect([d.kind, d.entry, d.status, d.retryable]).toEqual(['auth', 'azure-openai-key-auth-disabled', 403, false]);
    }
  });
});

describe("Gemini's 504 DEADLINE_EXCEEDED", () => {
  it('is the deadline the client set, met again by the same request: raise it first, do not resend as is (langchain-google#291, cheshire-cat-ai/core#872)', () => {
    const training = readTraining();
    for (const id of ['b750-lcgoogle-embed-504-291', 'b750-cheshire-gemini-embed-504-872']) {
      const d = classify(training.find((p) => p.id === id)!.text);
      expect([d.kind, d.entry, d.retryable]).toEqual(['timeout', 'gemini-deadline-exceeded', false]);
    }
  });
});

describe('precise wordings that say the kind outright', () => {
  it.each([
    // JetBrains Junie: "Junie is not available in this country", beside its own build failure (JetBrains/junie#4).
    ['b725-junie-country-not-supported-4', 'region', 'not available in this country'],
    // Cursor's refusal where its model providers do not serve the country (cursor/cursor#3372, docs.cursor.com/account/regions).
    ['b798-cursor-region-3372', 'region', 'serve your region'],
    // Antigravity's client-version gate: the client must be updated, as for Codex's (lbjlaq/Antigravity-Manager#2107).
    ['b724-agmanager-gemini31-version-2107', 'invalid_request', 'is not available on this version'],
    // OpenCode Zen's 503 wording, retried by the client in Chinese (anomalyco/opencode#42750).
    ['b732-opencode-endpoint-unavailable-zh-42750', 'server_error', 'endpoint is unavailable'],
    // llama.cpp's server refusing an embedding input longer than its batch, inside its own 500 (containers/ramalama#2836).
    ['b738-ramalama-rag-embed-batch-too-large-2836', 'context_length', 'increase the physical batch size'],
    // Spring's refusal of a method a path does not serve, in a relay's 500: the base URL is wrong (the paste's thread found it).
    ['b738-chatanywhere-post-not-supported-10', 'endpoint_not_found', "Request method 'POST' not supported"],
    // rustls's refusal of the server's certificate under reqwest's connect error (iagooar/qqqa#15).
    ['b748-qqqa-gateway-unknown-issuer-15', 'tls', 'invalid peer certificate'],
    // A relay's cap on the prompt's tokens, in Cline (cline/cline#6055).
    ['b747-cline-relay-max-prompt-tokens-6055', 'context_length', 'exceeded max prompt tokens'],
    // Anthropic's retired /v1/complete endpoint, named by its own refusal (explosion/spacy-llm#503).
    ['b751-spacyllm-complete-deprecated-503', 'endpoint_not_found', 'endpoint has been deprecated'],
    // LiteLLM's Vertex AI provider on a Gemini answer withheld by its safety filter (BerriAI/litellm#1051).
    ['b750-litellm-vertex-gemini-blocked-1051', 'content_filter', 'response was blocked'],
    // OCI Generative AI on a model it no longer serves, through LiteLLM (oracle/ai-optimizer#263).
    ['b749-ai-optimizer-oci-llama31-retired-263', 'model_not_found', 'is retired'],
    // Bedrock's Llama models refusing a conversation that does not end on the user's turn, through LiteLLM (i-am-bee/beeai-framework#753).
    ['b755-beeai-bedrock-llama3-last-turn-user-753', 'invalid_request', 'last turn in the conversation to be a user message'],
    // OpenAI's codes for a ChatGPT sign-in's token that was revoked, passed on by a relay's 502 (Wei-Shaw/sub2api#4544).
    ['b757-sub2api-oauthrevoked-4544', 'auth', 'token_revoked'],
    // dotCMS's AI workflow on a Bedrock model id the account cannot reach: "Engine not found", the engine being the model (dotCMS/core#36182).
    ['b775-dotcms-bedrock-engine-not-found-36182', 'model_not_found', 'engine not found'],
    // A gateway that closed a stream the upstream left silent too long (kortix-ai/suna#4146, OpenRouter behind it).
    ['b819-suna-openrouter-idle-timeout-4146', 'gateway_timeout', 'upstream idle timeout exceeded'],
    // Go's net/http on a base URL without its slashes (`http:127.0.0.1:8000`), in one-api's log (songquanpeng/one-api#1350).
    ['b810-oneapi-base-url-missing-slashes-1350', 'endpoint_not_found', 'no Host in request URL'],
    // Azure OpenAI refusing a request that carries both its key header and a bearer token (langchain-ai/langchainjs#3856).
    ['b810-langchainjs-azure-apikey-authz-both-3856', 'auth', 'API-KEY or Authorization header must be provided'],
    // Gemini CLI signing in with a Workspace account that needs its own Cloud project named (google-gemini/gemini-cli#12082).
    ['b829-gemini-login-needs-project-12082', 'permission', 'account requires setting the GOOGLE_CLOUD_PROJECT'],
    // Cline's report of a model that answered with nothing usable, during a provider's outage (cline/cline#4749).
    ['b218-cline-no-assistant-messages-4749', 'server_error', 'did not provide any assistant messages'],
    // Gemini CLI's report of a stream that ended without a finish reason (google-gemini/gemini-cli#7951).
    ['b832-gemini-cli-invalid-chunk-7951', 'server_error', 'stream ended with an invalid chunk'],
    // Roo Code on a Bedrock inference profile the account may not invoke (RooCodeInc/Roo-Code#11765).
    ['b838-roo-bedrock-inference-profile-access-11765', 'permission', "don't have access to the model"],
    // Vertex AI's refusal of an embedding input over the model's token limit, as Onyx logged it (onyx-dot-app/onyx#3972).
    ['b840-onyx-vertex-embedding-token-limit-3972', 'context_length', 'but the model supports up to'],
    // GitHub Copilot Chat when Microsoft's Responsible AI service withheld the answer (microsoft/vscode-copilot-release#1995).
    ['b854-copilot-rai-filter-1995', 'content_filter', 'filtered by the Responsible AI Service'],
    // Qwen Code refusing to send a history still over its limit after compressing it (QwenLM/qwen-code#6144).
    ['b855-qwen-code-ctx-limit-6144', 'context_length', 'context is too large'],
    // MLX's cap on the Metal buffers alive at once, hit mid-generation in LM Studio's MLX engine (lmstudio-ai/mlx-engine#264).
    ['b857-lmstudio-mlx-resource-limit-264', 'server_error', '[metal::malloc] Resource limit'],
    // GitHub Copilot's extension signed in to an account without a Copilot seat (microsoft/vscode-copilot-release#3369).
    ['b865-copilot-no-access-3369', 'permission', 'No access to GitHub Copilot found'],
    // Gemini CLI's sign-in refused outside Code Assist's countries, the sentence split by the CLI's box border
    // (`your │` / `│ location`; google-gemini/gemini-cli#18453).
    ['b879-gemini-code-assist-location-18453', 'region', 'available in your location'],
  ])('%s is %s by its words "%s"', (id, kind, hint) => {
    const d = classify(pasteById(id).text);
    expect(d.kind).toBe(kind);
    expect(d.evidence).toContainEqual({ type: 'hint', text: hint });
  });

  it("iFlytek Spark's code 10012 by its English name `EngineInternalError`, behind a relay's `Bad Request`, is the engine's own failure, to retry (Codex++ #457)", () => {
    const d = classify(pasteById('b843-codexpp-xunfei-10012-457').text);
    expect([d.kind, d.entry, d.retryable]).toEqual(['server_error', 'iflytek-spark-engine-error', true]);
  });

  it("llama.cpp's `image input is not supported - hint: … provide the mmproj` is a request the server cannot take, not a server fault to retry, though it goes out as a 500 server_error (llama.cpp#15377, llamastash#13)", () => {
    for (const id of ['b910-llamacpp-image-unsupported-15377', 'b691-llamastash-llamaserver-no-mmproj-13']) {
      const d = classify(pasteById(id).text);
      expect([id, d.kind, d.retryable, d.status, d.entry]).toEqual([id, 'invalid_request', false, 500, 'llamacpp-image-input-unsupported']);
    }
  });

  it("Ollama's `<model> does not support insert` is a fill-in-the-middle request the model's template cannot take (minuet-ai.el#14, ProxyAI#799)", () => {
    for (const id of ['b910-minuet-ollama-insert-14', 'b910-proxyai-ollama-insert-799']) {
      const d = classify(pasteById(id).text);
      expect([id, d.kind, d.retryable, d.entry]).toEqual([id, 'invalid_request', false, 'ollama-model-does-not-support-insert']);
    }
  });

  it("Groq's `max_completion_tokens` must be less than or equal to `8192`, the maximum value … is less than the `context_window` is the output limit asked for, not a prompt over the context (khoj#1236, free-claude-code#1354)", () => {
    for (const id of ['b927-khoj-groq-max-completion-tokens-1236', 'b927-fcc-groq-max-completion-tokens-1354']) {
      const d = classify(pasteById(id).text);
      expect([id, d.kind, d.retryable, d.status, d.entry]).toEqual([id, 'invalid_request', false, 400, 'groq-max-completion-tokens-over-limit']);
    }
  });

  it('a provider\'s catch-all answer to a bad request is still made precise by a context or model phrase beside it; an entry that names its cause is not', () => {
    const refined: [string, string, string][] = [
      ['b139-videocut-glm-ctx-1210-2', 'zhipu-invalid-parameter', 'context_length'],
      ['b150-gajae-minimax-unknown-model-656', 'minimax-invalid-params', 'model_not_found'],
      ['b295-locodiff-openrouter-max-tokens-context-70', 'openrouter-bad-request', 'context_length'],
      ['b626-bedrock-chat-embed-maxlength-439', 'bedrock-malformed-input-request', 'context_length'],
    ];
    const training = readTraining();
    for (const [id, entry, kind] of refined) {
      const d = classify(training.find((p) => p.id === id)!.text);
      expect([id, d.kind]).toEqual([id, kind]);
      expect(d.alternatives.map((a) => a.entry).concat(d.entry ?? [])).toContain(entry);
    }
  });

  it("Cloudflare's managed challenge, printed as its script (`window._cf_chl_opt={…cType:\"managed\"…}`) without the page's title, is a request the gateway's bot check refused, as its `Just a moment...` page is (QwenPaw#7587)", () => {
    const d = classify(pasteById('b941-qwenpaw-wusrouter-cf-managed-7587').text);
    expect([d.kind, d.retryable]).toEqual(['permission', false]);
    expect(d.evidence).toContainEqual({ type: 'hint', text: 'window._cf_chl_opt' });
  });

  it("DeepInfra's `Requested input length 99009 exceeds maximum input length 8192`, sent as a 500, is a prompt over the model's input limit, not a server fault to retry (langchain#25671, crawl4ai#395)", () => {
    for (const id of ['b944-langchain-deepinfra-input-length-25671', 'b514-crawl4ai-deepinfra-inputlen-395']) {
      const d = classify(pasteById(id).text);
      expect([id, d.kind, d.retryable]).toEqual([id, 'context_length', false]);
      expect(d.evidence).toContainEqual({ type: 'hint', text: 'exceeds maximum input length' });
    }
  });

  it("Copilot's `no endpoints available for this model under your current plan and policies` is a model the plan or organisation does not allow, not a malformed request (vscode#279912)", () => {
    const d = classify(pasteById('b974-copilot-no-model-endpoints-279912').text);
    expect([d.kind, d.retryable, d.status]).toEqual(['permission', false, 400]);
  });

  it("the Copilot CLI's `access denied by Copilot policy` is an organisation or enterprise policy keeping the CLI or its models off: a permission, not a server that failed to load models (copilot-cli#2691)", () => {
    const d = classify(pasteById('b995-copilot-cli-policy-denied-after-update-2691').text);
    expect([d.kind, d.retryable]).toEqual(['permission', false]);
  });

  it("a client too old for the model or tier, `… or newer is required`, asks for an update: a request the server will not take from that version, not a missing model or a refused permission (opencode-claude-auth#284, an opencode fork's free tier #120)", () => {
    for (const id of ['b991-opencode-claude-auth-version-284', 'b756-opencode-fork-free-tier-version-120']) {
      const d = classify(pasteById(id).text);
      expect([id, d.kind, d.retryable]).toEqual([id, 'invalid_request', false]);
    }
  });

  it("the code `invalid_prompt` alone is not a safety flag: OpenRouter's `Invalid Responses API request` carries it for a malformed body (codex#43740), while OpenAI's flagged prompt keeps its own sentence", () => {
    const malformed = classify(pasteById('b690-codex-app-automation-openrouter-43740').text);
    expect([malformed.kind, malformed.retryable]).toEqual(['invalid_request', false]);
    expect(classify(pasteById('b5-oa-invalid-prompt-python-t01-69').text).kind).toBe('content_filter');
  });

  it("a plan's allowance spent is a billing cap, not a per-minute limit: Gemini's and Antigravity's `Individual quota reached` (antigravity-cli#789, CLIProxyAPI#3655), Copilot's `You have no quota` (vscode-copilot-release#13707)", () => {
    for (const id of ['b968-agy-upgrade-subscription-789', 'b967-quota-exceeded-pro-13707']) {
      const d = classify(pasteById(id).text);
      expect([id, d.kind, d.retryable]).toEqual([id, 'billing', false]);
    }
  });

  it("OpenAI's `Could not finish the message because max_tokens or model output limit was reached` asks for a larger max_tokens: a request setting, not a spent balance (goclaw#245)", () => {
    const d = classify(pasteById('b969-goclaw-gpt5-maxtokens-245').text);
    expect([d.kind, d.retryable]).toEqual(['invalid_request', false]);
  });

  it("Copilot Chat's `The model unexpectedly did not return a response` (and its Chinese form) is a service failure, not an unreadable paste (vscode#281124, vscode-copilot-release#12627)", () => {
    for (const id of ['b960-copilot-no-response-reqid-281124', 'b960-copilot-model-no-response-zh-12627']) {
      expect([id, classify(pasteById(id).text).kind]).toEqual([id, 'server_error']);
    }
  });

  it("Google's `Request is missing required authentication credential` is the credential, not the request (an OAuth token in Copilot's Gemini key field, vscode#259160)", () => {
    const d = classify(pasteById('b960-copilot-byok-gemini-oauth-token-259160').text);
    expect([d.kind, d.retryable]).toEqual(['auth', false]);
    expect(d.evidence).toContainEqual({ type: 'hint', text: 'missing required authentication credential' });
  });

  it("OllamaSharp's bare 404 from ChatAsync or GenerateAsync is a model the Ollama server has not pulled: those methods post to its generation routes, which answer 404 only for a missing model (VL.Ollama#2, Koraji95-coder/Foundry#129)", () => {
    for (const id of ['b464-vlollama-ollamasharp-404-2', 'b958-foundry-broker-ollamasharp-404-129']) {
      const d = classify(pasteById(id).text);
      expect([id, d.kind, d.status, d.retryable]).toEqual([id, 'model_not_found', 404, false]);
    }
    const chat = classify(pasteById('b958-foundry-broker-ollamasharp-404-129').text);
    expect(chat.evidence.some((e) => e.type === 'hint' && e.text.startsWith('at OllamaSharp.OllamaApiClient.ChatAsync('))).toBe(true);
    // Without OllamaSharp's frames, .NET's bare 404 names no route: a wrong path, as any bare 404.
    const bare = pasteById('b958-foundry-broker-ollamasharp-404-129').text.split('\n').filter((l) => !l.includes('OllamaSharp')).join('\n');
    expect(classify(bare).kind).toBe('endpoint_not_found');
  });

  it(".NET's TLS failures (SslStream's AuthenticationException, HttpClient's `The SSL connection could not be established`) are a TLS handshake, not an API key, even where a socket reset follows (OpenAI-API-dotnet#134, betalgo/openai#180)", () => {
    for (const id of ['b951-openai-dotnet-tls-134', 'b766-betalgo-ssl-forcibly-closed-180']) {
      const d = classify(pasteById(id).text);
      expect([id, d.kind, d.entry]).toEqual([id, 'tls', 'dotnet-ssl-connection-failed']);
    }
  });

  it("EdgeGPT's `CaptchaChallenge: User needs to solve CAPTCHA to continue` is the session's sign-in to renew, not a server fault (ReEdgeGPT#157)", () => {
    const d = classify(pasteById('b572-reedgegpt-captcha-challenge-157').text);
    expect([d.kind, d.retryable]).toEqual(['auth', false]);
    expect(d.evidence).toContainEqual({ type: 'hint', text: 'User needs to solve CAPTCHA' });
  });

  it("LiteLLM's refusal of a model outside the key's or team's list is a permission, not a missing model or a sign-in (litellm#36837, opcode#358, litellm#1933)", () => {
    for (const id of ['b902-team-model-403-36837', 'b451-opcode-key-model-access-denied-358', 'b902-team-invalid-model-1933']) {
      const d = classify(pasteById(id).text);
      expect([id, d.kind, d.retryable, d.entry]).toEqual([id, 'permission', false, 'litellm-model-access-denied']);
    }
  });

  it("iFlow's `心流不支持当前模型，请更换模型后重试` (iFlow does not support the current model, change it and retry) is the model, not a wait, though it says to retry (iflow-cli#384)", () => {
    const d = classify(pasteById('b906-iflow-model-unsupported-glm5-384').text);
    expect([d.kind, d.retryable]).toEqual(['model_not_found', false]);
  });

  it("Anthropic's `A maximum of 100 PDF pages may be provided.` is a request the API refuses (a 400 invalid_request_error), not a body too large (claude-code#4869)", () => {
    const d = classify(pasteById('b899-cc-pdf-100-pages-cli-4869').text);
    expect([d.kind, d.retryable, d.status]).toEqual(['invalid_request', false, 400]);
  });

  it("Claude Code's own wording of an image over the many-image limit (`exceeds the dimension limit for many-image requests (2000px)`) is that image, not a context window, though it says to /compact (anthropics/claude-code#49720)", () => {
    const d = classify(pasteById('b885-cc-many-image-hint-49720').text);
    expect([d.kind, d.entry, d.retryable]).toEqual(['invalid_request', 'anthropic-image-dimensions-too-large', false]);
  });

  it("MLX's `[metal::malloc] Attempting to allocate … greater than the maximum allowed buffer size` is the server's memory, as CUDA's out-of-memory is, not a request too large (jjang-ai/mlxstudio#83)", () => {
    const d = classify(pasteById('b855-mlxstudio-metal-malloc-83').text);
    expect([d.kind, d.entry, d.retryable]).toEqual(['server_error', 'gpu-out-of-memory', false]);
  });

  it.each([
    // done-hub's GLM channel sent no response id (deanxv/done-hub#43); opencode2api's usage had no cached_tokens (6Kmfi6HP/opencode2api#6).
    ['b859-done-hub-glm-missing-id-43'],
    ['b697-codex-opencode2api-missing-cached-tokens-6'],
  ])("Codex's `failed to parse ResponseCompleted: missing field …` (%s) is a relay's incomplete last event, not a dropped connection, and not worth a retry", (id) => {
    const d = classify(pasteById(id).text);
    expect([d.kind, d.entry, d.retryable]).toEqual(['server_error', 'relay-responses-completed-incomplete', false]);
  });

  it("GitHub Copilot Chat's rate-limit message in Japanese is a rate limit by its words `レート制限` (microsoft/vscode-copilot-release#1711, a training paste: the catalogue's pastes are English or Chinese)", () => {
    const d = classify(readTraining().find((p) => p.id === 'b761-copilot-ratelimit-ja-1711')!.text);
    expect([d.kind, d.retryable]).toEqual(['rate_limit', true]);
    expect(d.evidence).toContainEqual({ type: 'hint', text: 'レート制限' });
  });

  it("Ollama's runner cut off mid-request on Windows (`POST predict: … /completion\": read tcp 127.0.0.1:…: wsarecv: An existing connection was forcibly closed`) is the runner that stopped, not a network reset (ollama/ollama#9711)", () => {
    const d = classify(pasteById('b793-ollama-gemma3-predict-wsarecv-9711').text);
    expect([d.kind, d.entry, d.retryable]).toEqual(['server_error', 'ollama-runner-terminated', false]);
  });

  it("Anthropic's 404 for a retired model, printed by Claude Code as its message alone, is the missing model, not a wrong path (kcaldas/genie#13: `API Error: 404 model: claude-sonnet-4-20250514`)", () => {
    const d = classify(pasteById('b775-genie-claude-review-retired-404-13').text);
    expect([d.kind, d.status, d.entry]).toEqual(['model_not_found', 404, 'anthropic-model-not-found']);
  });

  it("a chat template failing in a model server is the server's setup, not a passing fault (minja's `at row 49, column 79`, janhq/jan#6123)", () => {
    const d = classify(pasteById('b727-jan-jinja-template-500-6123').text);
    expect([d.kind, d.status, d.retryable]).toEqual(['server_error', 500, false]);
  });

  it("Go's image decoder in Ollama meeting a format it cannot read is a request error by its own words (ollama#11320: `image: unknown format`)", () => {
    const d = classify(pasteById('b637-ollama-image-unknown-format-11320').text);
    expect(d.kind).toBe('invalid_request');
    expect(d.evidence).toContainEqual({ type: 'hint', text: 'image: unknown format' });
  });

  it('Ollama asked to think with a model that cannot, as it refuses tools to one that has none: a request error by its own words, not a guess (sterlp/eclipse-peon-ai#12)', () => {
    const d = classify(pasteById('b632-peon-ollama-no-thinking-12').text);
    expect([d.kind, d.retryable]).toEqual(['invalid_request', false]);
    expect(d.evidence).toContainEqual({ type: 'hint', text: 'does not support thinking' });
  });

  it.each([
    // llama.cpp's server rejecting message content it cannot read, behind the 500 it sends for it: nlohmann's type error
    // (tmc/langchaingo#667, mozilla-ai/llamafile#631) and its own check (browser-use/browser-use#1635).
    ['b597-langchaingo-llamacpp-array-content-667', 'invalid_request'],
    ['b597-llamafile-cline-array-content-631', 'invalid_request'],
    ['b597-browser-use-llamacpp-content-1635', 'invalid_request'],
    // vLLM's limit on images per request, raised in its chat template code (bytedance/UI-TARS-desktop#23): the word model
    // read "provided" as a missing key.
    ['b613-uitars-vllm-one-image-23', 'invalid_request'],
    // A client's own time limit, wrapped in a network error's words (promptfoo/promptfoo#4734: `Network error: Request
    // timed out after 5000 ms`): the client stopped waiting.
    ['b607-promptfoo-health-timeout-4734', 'timeout'],
    // Ollama's registry refusing a model the installed server is too old to run (peyanski/ollama-ha#3, a 412): this
    // server cannot have the model until it is updated.
    ['b619-ollama-ha-412-gemma4-3', 'model_not_found'],
    // llama.cpp's server failing to parse the model's own tool-call output, as QwenPaw shows it (agentscope-ai/QwenPaw#2685):
    // the server's failure, not the request's.
    ['b484-qwenpaw-llamacpp-parse-2685', 'server_error'],
    // A gateway's key scoped to some models, behind a 401 (LiteLLM through opcode, winfunc/opcode#358; an LLM gateway's
    // provider key without the model, theopenco/llmgateway pull 3393): the key is valid, the model is not allowed to it.
    ['b451-opcode-key-model-access-denied-358', 'permission'],
    ['b379-llmgateway-bedrock-model-not-entitled-3393', 'permission'],
    // V8's JSON.parse quotes the first ten characters of the body it could not read: a body that opens "An internal…"
    // is a server's own error page in plain text (GPTGenius/chatgpt-vercel#7).
    ['b627-chatgpt-vercel-internal-text-7', 'server_error'],
    // node-fetch's `invalid json response body at … reason: Unexpected end of JSON input`: the server answered with an
    // empty body (cline/cline#60, OpenRouter).
    ['b627-cline-openrouter-empty-body-60', 'server_error'],
    // Bedrock's schema check on an input string over its length (aws-samples/bedrock-chat#439: `expected maxLength:
    // 2048, actual: 294210`): the input is too long for the model, not malformed.
    ['b626-bedrock-chat-embed-maxlength-439', 'context_length'],
    // Google's gRPC credentials plugin failing before the call is sent (langflow-ai/langflow#2735: "Getting metadata
    // from plugin failed with error: 'str' object has no attribute 'before_request'"): the credentials, not the
    // service, though gRPC reports it as UNAVAILABLE.
    ['b638-langflow-vertex-before-request-2735', 'auth'],
    // Chatbox refusing to send an image to a model it knows has no vision (chatboxai/chatbox#1305).
    ['b637-chatbox-ollama-llava-images-1305', 'invalid_request'],
    // Go's base64 decoder in Ollama refusing an image sent with its data-URL prefix (BerriAI/litellm#1427: `illegal base64
    // data at input byte 10`): the request's image is malformed.
    ['b635-litellm-ollama-vision-mime-prefix-1427', 'invalid_request'],
    // SageMaker's front end giving up on a model container that did not answer in time (RamVegiraju/SageMaker-Deployment#3:
    // "Your invocation timed out while waiting for a response from container primary"), printed as a server error (0).
    ['b629-sagemaker-serverless-60s-3', 'gateway_timeout'],
    // SageMaker refusing a body over its endpoint's limit (aws/sagemaker-python-sdk#4271: "has oversize body").
    ['b629-sm-sdk-serverless-oversize-4271', 'request_too_large'],
    // OpenVINO Model Server's embeddings over the model's length (openvinotoolkit/openvino#28112: "Input length 617
    // longer than allowed 512").
    ['b630-ovms-embeddings-512-28112', 'context_length'],
    // NovelAI refusing a model the subscription does not include, through TavernAI (TavernAI/TavernAI-v1#210).
    ['b585-tavernai-novelai-409-210', 'permission'],
    // Google's Antigravity turning away an account type, through an account manager (lbjlaq/Antigravity-Manager#117).
    ['b506-antigravity-manager-not-eligible-117', 'permission'],
    // GitHub Copilot's review bot, in a Codex thread: the account's plan or policy leaves the model out (openai/codex#35798).
    ['b285-codex-copilot-review-model-unavail-35798', 'permission'],
    // Hugging Face Inference Providers refusing a token type (CSOAI-ORG/councilof-ai#1102).
    ['b285-csoai-hf-mill-403-1102', 'permission'],
    // google-genai's enum for a prompt the safety system blocked, printed by Python (python-genai#740).
    ['b282-pygenai-flash25-blockedother-740', 'content_filter'],
    // claude-code-action's check of its inputs: no key at all (freenet/river#36).
    ['b285-river-claude-workflow-nokey-36', 'auth'],
    // FastChat's controller naming the models it serves, not the one asked for (Langchain-Chatchat#3131).
    ['b277-chatchat-only-allowed-3131', 'model_not_found'],
    // Azure's deployment-time quota check, from Terraform (microsoft/PubSec-Info-Assistant#880).
    ['b137-pubsec-aoai-insufficientquota-880', 'billing'],
    // LobeChat's runtime error type for a GitHub Models token it cannot use (lobehub/lobehub#5962).
    ['b141-lobe-embed-github-token-5962', 'auth'],
    // VS Code Copilot Chat's request log marking a prompt its filter blocked, behind a bare 422 (microsoft/vscode#316060).
    ['b291-vscode-copilot-commitmsg-422-316060', 'content_filter'],
    // A provider's context limit behind a bare HTTP 400 in an agent gateway's log line (openclaw/openclaw#64404).
    ['b293-openclaw-kiro-context-limit-64404', 'context_length'],
    // OpenAI's answer when the whole service is busy, as an Android client printed it (skydoves/chatgpt-android#66).
    ['b299-chatgptandroid-toomany-66', 'overloaded'],
    // OpenAI's audio_too_short, through a desktop assistant's transcription (AlizerUncaged/desktop-waifu#182).
    ['b289-desktop-waifu-audio-too-short-182', 'invalid_request'],
    // Squid's error page, the title of every page it serves when it cannot fetch the URL (anomalyco/opencode#531).
    ['b292-opencode-squid-errorpage-531', 'connection'],
    // Colab's userdata.get for a key never stored in its secrets (google-gemini/generative-ai-docs#207).
    ['b302-generativeaidocs-secretnotfound-207', 'auth'],
    // google-auth finding no credentials on a machine without a Compute Engine service account: its metadata call's 404
    // is not the API's (heiko-hotz/gemini-multimodal-live-dev-guide#17).
    ['b302-geminilivedevguide-metadata404-17', 'auth'],
    // Bedrock refusing a model call the account may not make, as a bare ValidationException (kirodotdev/Kiro#11191).
    ['b114-kiro-bedrock-op-not-allowed-11191', 'permission'],
    // Sourcegraph's Cody Gateway blocking an account's requests behind a 400 (sourcegraph/cody#4428).
    ['b181-cody-request-blocked-400-4428', 'permission'],
    // OpenAI's phone_number_required: the account must verify a phone number before this API (TheSmallHanCat/sora2api#54).
    ['b77-sora2api-phone-required-54', 'permission'],
    // A bad key is a bad key behind a 403 too, which relays and gateways send for it (codex-manager#152).
    ['b86-codexmanager-403-invalid-key-152', 'auth'],
    // A WebSocket closed by the server with 1007 or 1008 and its reason: the server refused what was sent, the network
    // did not fail (Gemini Live through pipecat, pipecat-ai/pipecat#1347; ElevenLabs' stream, dograh-hq/dograh#334).
    ['b306-pipecat-gemini-1007-no-turn-1347', 'invalid_request'],
    ['b306-dograh-elevenlabs-1008-voice-settings-334', 'invalid_request'],
    // Gemini Live's close reason, cut at the 123 bytes a close frame can carry: "… is not found for API v"
    // (googleapis/python-genai#362).
    ['b306-genai-live-1008-not-found-flash-001-362', 'model_not_found'],
    // Black Forest Labs' task status for a prompt its moderation refused, in a ComfyUI node's error report
    // (black-forest-labs/bfl-comfy-nodes#4).
    ['b314-bflcomfy-request-moderated-4', 'content_filter'],
    // An Authorization header carrying a key variable never set, in axios's dump of the request (Sansekai/Wa-OpenAI#39).
    ['b121-waopenai-bearer-undefined-39', 'auth'],
    // A key a library found empty before any request: Midscene's OPENAI_API_KEY check, Stagehand's camelCase
    // modelApiKey (web-infra-dev/midscene#1673, browserbase/stagehand#1240).
    ['b298-midscene-apikey-undefined-1673', 'auth'],
    ['b298-stagehand-modelapikey-required-1240', 'auth'],
    // Codex CLI's own line for `insufficient_quota` (CodexErr::QuotaExceeded in codex-rs/core/src/error.rs): an
    // empty balance, not a rate limit, though the word is "quota" (a Codex review run, see the paste's source).
    ['b285-mycli-codex-review-quota-1940', 'billing'],
    // A relay's model taken out of service (模型已停运, "switch models and retry": CowAgent#2628), a model server's
    // list of the models it serves without the one asked for (Langchain-Chatchat#3869), and a provider's byte limit on
    // the request (goose#6714).
    ['b316-cow-model-retired-2628', 'model_not_found'],
    ['b318-chatchat-not-in-model-list-3869', 'model_not_found'],
    ['b317-goose-request-size-9mb-6714', 'request_too_large'],
    // Volcengine's SDK finding no key to sign with (EmptyStaticCreds, coze-studio#541), and the greeting OpenAI's API
    // answers at its root, which a client gets when the path is missing from its URL (WritingTool#139).
    ['b319-cozestudio-ark-empty-creds-541', 'auth'],
    ['b320-writingtool-welcome421-139', 'endpoint_not_found'],
    // Hugging Face's inference router refusing the token as a login (mcp-course#149), and text-generation-webui's API
    // with no model loaded, inside its 500 (oobabooga/textgen#2533).
    ['b323-mcpcourse-tinyagents-invalid-userpass-149', 'auth'],
    ['b325-textgen-no-model-500-2533', 'model_not_found'],
    // FastAPI's bearer check answers a request without credentials with 403 {"detail":"Not authenticated"}: the key is
    // missing, though the status says forbidden (raycast-g4f#179, DeepInfra).
    ['b161-raycast-deepinfra-403-179', 'auth'],
    // Hugging Face's ZeroGPU quota, which refills as time passes: a rate limit, waited out (OOTDiffusion#205).
    ['b325-ootdiffusion-gpu-quota-205', 'rate_limit'],
    // Workers AI's 3040, out of capacity (its errors table; JoviDeCroock/drydock#303); CLIProxyAPI's pool with every
    // credential for the model in cooldown, which it answers with 429 (router-for-me/CLIProxyAPI#4732); GitHub's answer
    // to a token without the permission (github/gh-models#35); Volcengine's refusal of a video that may show a real
    // person, through ComfyUI (Comfy-Org/workflow_templates#822); the standard wording of a 504, as LobeChat shows it
    // (lobehub/lobehub#8031).
    ['b329-drydock-workersai-3040-303', 'overloaded'],
    ['b332-cliproxyapi-hermes-credentials-cooling-4732', 'rate_limit'],
    ['b329-ghmodels-actions-unauthorized-35', 'permission'],
    ['b328-comfy-seedance2-real-person-822', 'content_filter'],
    ['b329-lobehub-pplx-deepresearch-504-8031', 'gateway_timeout'],
    // A relay saying the key does not exist (API Key 不存在), inside an invalid_request_error envelope
    // (chatfire-AI/huobao-drama#35).
    ['b338-huobao-apikey-notexist-35', 'auth'],
    // An account-pool proxy with no credential for the requested model's provider ("auth_unavailable: no auth
    // available" through VibeProxy, automazeio/vibeproxy#13; a Cockpit gateway whose sidecar lost its key account,
    // jlcodes99/cockpit-tools#1526).
    ['b337-vibeproxy-codex-auth-unavailable-13', 'auth'],
    ['b340-cockpit-sidecar-no-auth-1526', 'auth'],
    // Google asking for the account to be verified before Antigravity may use it again (jlcodes99/cockpit-tools#2496).
    ['b342-cockpit-verify-account-2496', 'permission'],
    // Kiro's backend refusing a prompt over the model's input limit, behind its "Validation error" (kirodotdev/Kiro#7730).
    ['b345-kiro-input-length-threshold-7730', 'context_length'],
    // PyTorch's shape error when an embedding model is handed more tokens than its 512 positions, behind FastChat's
    // 'NETWORK ERROR DUE TO HIGH TRAFFIC' (infiniflow/ragflow#8798).
    ['b350-ragflow-bge-512-tensor-8798', 'context_length'],
    // Azure OpenAI's outbound-network restriction refusing an On Your Data host (microsoft/sample-app-aoai-chatGPT#1050).
    ['b351-aoai-chatgpt-outbound-fqdn-1050', 'permission'],
    // Gemini's 100-request cap on a batch of embeddings, as the Vercel AI SDK printed it (vercel/ai#16101).
    ['b350-vercel-ai-gemini-embed-batch100-16101', 'invalid_request'],
    // OpenAI refusing logprobs for a reasoning model, with a 403 (confident-ai/deepeval#2184).
    ['b350-deepeval-o4mini-logprobs-2184', 'invalid_request'],
    // Plain wordings of four kinds, from b376-b380: Obsidian Copilot's missing embedding key
    // (logancyang/obsidian-copilot#2359), Trae's 服务内部未知错误 ("unknown internal error of the service") and its queue
    // position when a model is at capacity (Trae-AI/TRAE#230, #581), and a gateway's "request route does not exist",
    // where the longer phrase outranks the "does not exist" of a missing model it contains (FoundationAgents/MetaGPT#1770).
    ['b376-copilot-embedkey-2359', 'auth'],
    ['b378-trae-internal-unknown-230', 'server_error'],
    ['b378-trae-queue-capacity-581', 'overloaded'],
    ['b380-metagpt-request-route-not-exist-1770', 'endpoint_not_found'],
    // Kiro's agent finding its model stream stopped, and its message for a dropped connection (kirodotdev/Kiro#8682, #9350).
    ['b352-kiro-stream-stall-aborted-8682', 'connection'],
    ['b352-kiro-connection-interrupted-9350', 'connection'],
    // Kiro's limits on images and documents in one conversation (kirodotdev/Kiro#9629, #10404).
    ['b352-kiro-too-many-images-9629', 'invalid_request'],
    ['b352-kiro-too-many-documents-10404', 'invalid_request'],
    // Claude Code's subscription window used up ("You've hit your limit · resets 9pm"): a usage window that waiting
    // lifts, like Zhipu's and Gemini's, not an empty balance (monarch-initiative/dismech#11983).
    ['b358-dismech-review-agent-errored-limit-11983', 'rate_limit'],
    // A WebSocket that dropped without a close frame, as the websockets library words it: its 1006, and its keepalive
    // ping left unanswered (pipecat-ai/pipecat#563, deepgram/deepgram-python-sdk#326).
    ['b196-pipecat-elevenlabs-keepalive-closed-563', 'connection'],
    ['b196-dgpy-keepalive-ping-timeout-326', 'connection'],
    // Gemini CLI's parser finding the streamed JSON cut off (googleapis/gcloud-mcp#118).
    ['b189-gcloud-mcp-gemini-cli-incomplete-json-118', 'connection'],
    // From b388-b394: Cloudflare's block page from an API host that refuses the caller's network (Groq through LobeChat,
    // lobehub/lobehub#2143), xAI's input_too_large over the token budget (UKGovernmentBEIS/inspect_ai#5208), Hugging
    // Face's Inference Providers refusing a model for the task asked, in the SDK's words and in the router's
    // (huggingface/huggingface_hub#3196, huggingface/hub-docs#1766), and ChatGPT's backend's "Hmm...something seems to
    // have gone wrong" (ChatGPTBox-dev/chatGPTBox#92).
    ['b391-lobechat-groq-cloudflare-2143', 'region'],
    ['b391-inspect-ai-xai-input-too-large-5208', 'context_length'],
    ['b388-hfhub-textgen-task-3196', 'invalid_request'],
    ['b388-hubdocs-task-conversational-1766', 'invalid_request'],
    ['b394-chatgptbox-hmm-wrong-92', 'server_error'],
    // From b395-b402 and older training halves: HTTP 451's reason phrase and a gateway's cross-border block, where the
    // API refuses the caller's country or data centre (zed-industries/zed#32924, Kilo-Org/kilocode#10872); Ollama's early
    // "stat …/.ollama/models/manifests/…: no such file or directory" for a model not pulled (ollama/ollama#460);
    // requests' "410 Client Error: Gone for url" for Hugging Face's retired inference URL (c2siorg/b0bot#65); a gateway's
    // list of the models it allows without the one asked for (sourcegraph/app#100); a paused Inference Endpoint
    // (huggingface/agents-course#568).
    ['b166-zed-anthropic-datacenter-hkg-32924', 'region'],
    ['b400-kilocode-451-10872', 'region'],
    ['b397-ollama-unpulled-model-460', 'model_not_found'],
    ['b400-b0bot-410-65', 'endpoint_not_found'],
    ['b181-sgapp-claude2-not-allowed-100', 'model_not_found'],
    ['b323-agentscourse-endpoint-paused-568', 'model_not_found'],
    // From b403-b408: Cody Gateway passing on Anthropic's prompt block (sourcegraph/cody#7600), Bito's word for a network
    // that blocks its domains (gitbito/CLI#22), and Z.AI's SSE stream cut mid-event (tetsuo-ai/agenc-core#2487).
    ['b404-cody-aup-block-7600', 'content_filter'],
    ['b404-bito-cli-not-reachable-22', 'connection'],
    ['b408-agenc-zai-sse-unterminated-2487', 'connection'],
    // Plain wordings of older training halves the blind reader read right and the classifier did not: a Zhipu node's
    // "invalid apikey" (smthemex/ComfyUI_ChatGLM_API#7); "The specified model is not available" (zhiyu1998/Gemi2Api-Server#13),
    // a gateway's "No matching model found" (yym68686/uni-api#29), opencode's ProviderModelNotFoundError
    // (anomalyco/opencode#6493) and SAP AI Core's "No deployment matched the given criteria" (SAP/ai-sdk-js#382); "Invalid
    // request sent to provider" (Alishahryar1/free-claude-code#574) and Groq's "requested tool does not exist", whose
    // "does not exist" is not a model's (BerriAI/litellm#11001); MiniMax's "High traffic detected" (openclaw/openclaw#69699);
    // a Chinese gateway's "usage exceeds frequency limit" under the proxy's 502 (ardeyouxipianyi/workbuddy2api-intl#22).
    ['b121-comfyui-glm-invalid-apikey-7', 'auth'],
    ['b150-gemi2api-modelinvalid-13', 'model_not_found'],
    ['b165-uniapi-nomatchingmodel-29', 'model_not_found'],
    ['b373-opencode-title-agent-gpt5nano-6493', 'model_not_found'],
    ['b377-sap-ai-sdk-js-no-orchestration-deployment-382', 'model_not_found'],
    ['b231-freeclaudecode-invalid-request-574', 'invalid_request'],
    ['b95-groq-tool-missing-11001', 'invalid_request'],
    ['b262-openclaw-minimax-529-high-traffic-69699', 'overloaded'],
    ['b272-workbuddy2api-frequency-limit-22', 'rate_limit'],
    // Azure's management plane, from b407-b412's training halves: a deployment body the API version no longer takes
    // (Azure/bicep-types-az#2142); a deployment asking more capacity than the subscription's quota has left, and azd
    // finding no region with enough (Azure-Samples/azure-search-openai-demo#313,
    // microsoft/Conversation-Knowledge-Mining-Solution-Accelerator#586); and a token from another tenant than the
    // resource's, under a 400 (Azure-Samples/ai-rag-chat-evaluator#94).
    ['b407-bicep-scalesettings-deprecated-2142', 'invalid_request'],
    ['b410-davinci003-capacity-313', 'billing'],
    ['b412-ckm-azd-no-location-quota-586', 'billing'],
    ['b412-rag-evaluator-tenant-mismatch-94', 'auth'],
    // A Go server (LocalAI, Ollama behind LiteLLM) refusing a message content sent as an array of parts: the request's
    // shape, though the server answers 500 (mudler/LocalAI#1383, BerriAI/litellm#6808).
    ['b419-localai-array-content-1383', 'invalid_request'],
    ['b419-litellm-proxy-ollama-chat-array-6808', 'invalid_request'],
    // Azure's bare "Resource not found", its answer to a base URL without the deployment path, here with no status
    // beside it (anomalyco/opencode#6381); and the Azure CLI's AudienceNotSupported for a token asked for the wrong
    // audience, under a 400 (Azure-Samples/azure-search-openai-demo#629).
    ['b429-opencode-azure-baseurl-6381', 'endpoint_not_found'],
    ['b429-searchdemo-cloudshell-audience-629', 'auth'],
    // A local server sent images it cannot read: LM Studio's "Vision add-on is not loaded" and llamafile's "not compiled
    // for multimodal" (lmstudio-ai/lms#362, mozilla-ai/llamafile#298): the request, or the model loaded, must change.
    ['b318-lms-vision-addon-200-362', 'invalid_request'],
    ['b426-llamafile-no-mmproj-298', 'invalid_request'],
    // A gateway with every account "in cooldown" after rate limits (openclaw/openclaw#10375), and a model whose access
    // is "currently restricted", even under a 500 (pollinations/pollinations#4514).
    ['b430-openclaw-antigravity-cooldown-10375', 'rate_limit'],
    ['b434-pollinations-nanobanana-restricted-4514', 'permission'],
    // The Hugging Face tokenizer's "longer than the specified maximum sequence length" as a server's whole 400 body
    // (vllm-project/vllm-ascend#7535), and SGLang started without a tool-call parser, under its 500
    // (sgl-project/sglang#10184): the request must be shorter, or the server started for tools.
    ['b436-vllm-ascend-max-tokens-32k-7535', 'context_length'],
    ['b436-sglang-no-tool-parser-10184', 'invalid_request'],
    // Anthropic's other wording of a subscription login with no extra usage left, under its 400 and alone
    // (NousResearch/hermes-agent#33192, #40020).
    ['b438-hermes-anthropic-oauth-out-of-extra-usage-33192', 'billing'],
    ['b256-hermes-out-of-extra-usage-40020', 'billing'],
    // A request error under a wrapper's "Server error": the AWS Rust SDK's ValidationException in its debug form, which
    // goose prints (aaif-goose/goose#5064), and LM Studio's "'messages' array must only contain objects with a 'content'
    // field that is not empty" (microsoft/autogen#1521).
    ['b114-goose-bedrock-toolschema-5064', 'invalid_request'],
    ['b140-autogenstudio-lmstudio-empty-content-1521', 'invalid_request'],
    // Claude Code's x-anthropic-billing-header sent inside the system prompt, which Bedrock and a Copilot proxy refuse:
    // a request error, though the header's name holds "billing" (anthropics/claude-code#24168, ericc-ch/copilot-api#174).
    // Both pastes now belong to the claude-code-attribution-header-refused entry; the kind phrase still places a relay's
    // parse error that quotes the line (b132-newapi-system-array-readstring-4446).
    ['b442-cc-bedrock-billingheader-24168', 'invalid_request'],
    ['b442-copilotapi-billingheader-174', 'invalid_request'],
    // Bedrock's API-key path answering a request without its Authorization header with a 403 (anthropics/claude-code#44929).
    ['b442-cc-bedrock-absk-authmissing-44929', 'auth'],
    // LiteLLM's "LLM Provider NOT provided": the model string lacks the provider prefix LiteLLM routes by, so the model
    // id is what to fix (Aider-AI/aider#3518, crewAIInc/crewAI#1372).
    ['b445-aider-bedrock-converse-prefix-3518', 'model_not_found'],
    ['b221-crewai-moonshot-provider-not-provided-1372', 'model_not_found'],
    // Z.AI's code 3012, a request "blocked due to unusual activity", under a proxy's 502 and the upstream 405
    // (TriDefender/zcode-api#40); a LiteLLM gateway's ExceededTokenBudget, sent as a 401 auth_error (letta-ai/letta#1555).
    ['b440-zcode-proxy-zai-3012-blocked-40', 'permission'],
    ['b446-memgpt-gateway-budget-1555', 'billing'],
    // A chat template's "Conversation roles must alternate" raised inside llama.cpp's 500 (HKUDS/nanobot#942), and
    // Codeium's "user is disabled by team" under its own "Connection Error" heading (Exafunction/codeium#128).
    ['b456-nanobot-llamacpp-jinja-roles-942', 'invalid_request'],
    ['b454-codeium-user-disabled-128', 'permission'],
    // claude-code-action failing to fetch its OIDC token from GitHub (dimagi/commcare-android#3680), and a router with
    // no account for the provider the model maps to, under its 404 (decolua/9router#2594, #710).
    ['b460-commcare-oidc-fetch-3680', 'auth'],
    ['b461-9router-no-active-credentials-2594', 'model_not_found'],
    ['b317-9router-no-credentials-710', 'model_not_found'],
    // The Responses API's 404 for a reasoning item it did not keep, without the "not persisted" sentence
    // (openai/openai-agents-python#2020): a request to fix, not a wrong URL.
    ['b468-openai-agents-rs-item-404-2020', 'invalid_request'],
    // Kimi's weekly quota under a 403, whose way out is to "purchase extra usage" (openclaw/openclaw#142656): a plan's
    // cap, not a rate.
    ['b448-openclaw-kimi-weekly-quota-142656', 'billing'],
    // Cloudflare's "error code: 1020" (a firewall rule denies access) in front of a ChatGPT bridge
    // (acheong08/ChatGPT#1068); a gateway's code 11128, "Illegal API invocation from an unapproved channel", under a 400
    // (Sliverkiss/workbuddy2api#36); ModelScope's 401 asking to bind an Alibaba Cloud account first
    // (agentscope-ai/QwenPaw#1644): refusals of who is calling, not a bad request or a bad key.
    ['b482-revchatgpt-v1-1020-upgrade-1068', 'permission'],
    ['b483-workbuddy-11128-codex-36', 'permission'],
    ['b479-copaw-modelscope-bind-aliyun-1644', 'permission'],
    // Google's backend refusing the Antigravity version a bridge reports (router-for-me/CLIProxyAPI#1316): the request
    // to fix (update the bridge), not a model that is gone.
    ['b478-cpa-agy-version-unsupported-1316', 'invalid_request'],
    // Cloudflare's challenge page, "<title>Just a moment...</title>", answering a ChatGPT wrapper (terry3041/pyChatGPT#6):
    // the site refuses the client; and an OAuth token endpoint's "client_secret is missing" (xiufengsun/TokenTracker#610):
    // the credential, not the request.
    ['b482-pychatgpt-cf-challenge-6', 'permission'],
    ['b471-tokentracker-client-secret-missing-610', 'auth'],
    // OpenCode's free tier refusing a request from another client through a router, under a 400
    // (diegosouzapw/OmniRoute#13121): who may call, not what was sent; ModelScope's "has no provider supported" for a
    // model id through claude-code-router (musistudio/claude-code-router#906): the model to change.
    ['b484-omniroute-opencode-freetier-400-13121', 'permission'],
    ['b486-ccr-modelscope-no-provider-906', 'model_not_found'],
    // Gemini's 400 INVALID_ARGUMENT "Multiple authentication credentials received" (NVIDIA/NemoClaw#1960,
    // NousResearch/hermes-agent#7893): the credential sent twice, read by its own entry; the envelope alone says request.
    ['b479-nemoclaw-gemini-multicred-1960', 'auth'],
    ['b191-hermes-gemini-oai-multiple-creds-7893', 'auth'],
    // A gateway's 502 carrying OpenAI's "The '…' model requires a newer version of Codex. Please upgrade" on a remote
    // compact task (Wei-Shaw/sub2api#4020): the client to update, not a server fault to wait out.
    ['b488-sub2api-compact-version-4020', 'invalid_request'],
    // Hugging Face's router to a model behind its paid plan (huggingface/lighteval#318): "Model requires a Pro
    // subscription" is the account not allowed the model, inside a 400 the envelope alone reads as a request error.
    ['b489-lighteval-hf-judge-pro-subscription-318', 'permission'],
    // websockets' "timed out during opening handshake" (livekit/agents#2371, Gemini Live): the upgrade never answered
    // in time, a timeout; the word "handshake" alone leans to TLS.
    ['b490-livekit-gemini-live-handshake-timeout-2371', 'timeout'],
    // A translator plugin's "插件 60 秒未响应" (N seconds without a response): a timeout.
    ['b491-bob-akl-chatgpt-60s-6', 'timeout'],
    // Cloudflare's "error code: 1015" in front of api.openai.com (lobehub/lobe-chat#2795): Cloudflare's own rate limit.
    ['b159-lobehub-dalle-cf1015-2795', 'rate_limit'],
    // "Access blocked by Cloudflare. This usually happens when connecting from a restricted region" with a 403 (Codex
    // behind WSL, AdguardTeam/AdguardForWindows#995): the region, not a refused key.
    ['b496-adguard-codex-wsl-403-995', 'region'],
    // A provider's model_not_found body, then the client's TypeError reading `choices[0]` of it (a Deno shell
    // assistant, mattvr/shellgpt#2): the body is the cause, the missing choices only its symptom.
    ['b516-mattvr-shellgpt-gpt4-2', 'model_not_found'],
    // WinHTTP's timeout from a Word macro, as VBA prints it: "-2147012894(80072ee2)" (0x80072EE2, ERROR_WINHTTP_TIMEOUT).
    ['b513-word-vba-chat-winhttp-timeout-1', 'timeout'],
    // A proxy's "Proxy queue error (too many concurrent requests)" inside a Gemini answer, beside its safetyRatings
    // (enricoros/big-AGI#868): a concurrency limit, which clears once the earlier request finishes.
    ['b522-bigagi-gemini-proxy-queue-868', 'rate_limit'],
    // "Error in input stream" as a web app shows a streamed answer that broke off (enricoros/big-AGI#1050): a connection cut.
    ['b522-bigagi-anthropic-stream-1050', 'connection'],
    // Codex's "Selected model is at capacity. Please try a different model." after a stream disconnect (openai/codex#45965):
    // the Responses API's overload, not the generic server error of the line above it.
    ['b116-codex-capacity-gpt56-45965', 'overloaded'],
    // The error name an agent prints for a prompt over the window (nullclaw/nullclaw#223): `error: ContextLengthExceeded`.
    ['b459-nullclaw-context-length-223', 'context_length'],
    // Trae's "Incorrect Model Name, Please Verify It Matches The Provider's Name. (984)" (Trae-AI/TRAE#2536).
    ['b483-trae-model-name-984-2536', 'model_not_found'],
    // A web application firewall's block page titled 访问被拦截 ("access intercepted") in front of a model API
    // (LLM-Red-Team/deepseek-free-api#20).
    ['b133-dsfreeapi-waf-20', 'permission'],
    // OpenAI's invalid_beta, "The v1 Assistants API has been deprecated", through a .NET client of the Assistants endpoints
    // (JZO001/Forge.OpenAI#25): the request needs the v2 beta header, not another model.
    ['b530-forge-assistantfile-invalid-beta-25', 'invalid_request'],
    // Node's fetch refusing a streamed body sent without `duplex: 'half'` (antergone/palm-netlify-proxy#8): the request as built.
    ['b536-palm-netlify-proxy-duplex-8', 'invalid_request'],
    // Nextcloud's LocalServerException, "Host violates local access rules", for a model server on the local network
    // (nextcloud/integration_openai#47): Nextcloud never connected.
    ['b529-nc-localai-local-access-rules-47', 'connection'],
    // Stability's "Your organization does not have enough balance", inside a Blender add-on's "(Server Error)" (benrugg/AI-Render#87).
    ['b535-ai-render-balance-87', 'billing'],
    // OpenAI's answer to the Realtime API's beta interface, "The Realtime Beta API is no longer supported. Please use
    // /v1/realtime for the GA API." (OpenWhispr/openwhispr#805): the request's interface, not the model, is retired.
    ['b540-openwhispr-realtime-beta-805', 'invalid_request'],
    // Go's JSON decoder on a plain "404 page not found" body: it reads 404 as a number, then meets the 'p' (k8sgpt given
    // Ollama's base URL with a /v1 suffix, ollama/ollama#6422). The path was not found.
    ['b543-k8sgpt-ollama-v1-404-6422', 'endpoint_not_found'],
    // Cohere's trial key at its monthly cap, "limited to 1000 API calls / month", behind a 429 (opensearch-project/ml-commons#1764):
    // no wait short of the month's end lifts it. The phrase names the month, so a per-minute cap worded alike stays a rate limit.
    ['b544-opensearch-cohere-trial-limit-1764', 'billing'],
    // Claude Desktop's "Context size exceeds the limit" over an MCP tool's large result (thingsboard/thingsboard-mcp#29):
    // it had matched OpenAI's "Image size exceeds the limit" only as a near-copy, a body too large.
    ['b558-thingsboard-mcp-claude-context-29', 'context_length'],
    // "context exceeds provider limit and compaction failed: context deadline exceeded" (esengine/DeepSeek-Reasonix#8226):
    // the context is over the window; Go's "context deadline exceeded" is only the compaction giving up.
    ['b563-reasonix-opencode-go-context-8226', 'context_length'],
    // diffusers' check of an image size, "`height` and `width` have to be divisible by 8", through a local image server
    // (transformerlab/transformerlab-app#616): the request asked for a size the model cannot make.
    ['b562-transformerlab-diffusion-size-616', 'invalid_request'],
    // Azure Speech's 4429, "throttled because you have exceeded the concurrent request limit", which it reports as the
    // connection it closed (harry0703/MoneyPrinterTurbo#498): the close is the throttle's doing.
    ['b560-azure-tts-4429-moneyprinter-498', 'rate_limit'],
    // Midjourney's ban for repeated terms-of-service violations, "You have been blocked from accessing Midjourney"
    // (zcpua/midjourney-api#170): the account may not use the service, wherever it is; Cloudflare's "you have been
    // blocked" page inside it says nothing of a region here.
    ['b572-zcpua-mj-blocked-tos-170', 'permission'],
    // DeepSeek's V4 API naming the ids it serves, "The supported API model names are deepseek-v4-pro or
    // deepseek-v4-flash, but you passed …", through a relay (QuantumNous/new-api#4428): the model id to fix.
    ['b650-newapi-v4-none-upstream-4428', 'model_not_found'],
    // OpenRouter's "No endpoints found that can handle the requested parameters" (block/buzz#3018): no provider of the
    // model takes a parameter the request requires, so the request is what to change, not the model id.
    ['b653-buzz-or-require-params-3018', 'invalid_request'],
  ] as const)('%s is %s', (id, kind) => {
    expect(classify(paste(id)).kind).toBe(kind);
  });

  it("does not read an error type's name at the tail of a longer one as that type", () => {
    // OpenaiEx's `sse_timeout_error` (cyberchitta/openai_ex#128) is its own stream timeout, not Anthropic's timeout_error,
    // a gateway's 504.
    expect(classify(paste('b538-openaiex-sse-timeout-128'))).toMatchObject({ kind: 'timeout' });
    // watsonx's `path_not_found_error` (Marker-Inc-Korea/AutoRAG#915) is not Anthropic's not_found_error for a model.
    expect(classify(paste('b565-autorag-watsonx-textchat-path-915')).entry).not.toBe('anthropic-model-not-found');
    // Nor is one spelt in prose: Google Speech's "Audio Timeout Error" (twilio/media-streams#72) is no near-copy of it.
    expect(classify(paste('b573-twilio-media-streams-audio-timeout-72')).entry).not.toBe('anthropic-timeout-error');
  });

  it("reads Vercel's function timeout code alone as the deployment's timeout, a 504 (1998code/DALLE-2-App#9)", () => {
    const d = classify(paste('b536-dalle2-app-vercel-timeout-9'));
    expect([d.entry, d.kind, d.status]).toEqual(['vercel-function-timeout', 'gateway_timeout', 504]);
  });

  it('does not read a missing choices[0] beside a 429 from the official URL as a wrong model', () => {
    // MoodleGPT's console: the POST to api.openai.com answered 429, then the script read choices[0] of that answer.
    // A wrong path at the official URL means a wrong model only when the path was refused (a 404) or nothing says.
    const d = classify(paste('b214-moodlegpt-429-expired-funds-12'));
    expect(d.status).toBe(429);
    expect(d.kind).not.toBe('model_not_found');
  });

  it.each([
    // Mistral's invalid_model, then the app's own access log line for its 500 (lfnovo/open-notebook#441).
    ['b167-opennotebook-mistral-invalidmodel-api-441', 'invalid model'],
    // A local server's "invalid model path" under a bare 500 (harry0703/MoneyPrinterTurbo#526).
    ['b283-moneyprinterturbo-invalid-model-path-526', 'invalid model'],
  ] as const)('reads a model phrase under a bare 5xx as the missing model it names (%s), and shows that phrase', (id, phrase) => {
    const d = classify(paste(id));
    expect(d.kind).toBe('model_not_found');
    expect(d.evidence.map((e) => e.text)).toContain(phrase);
  });

  it('reads the status from .NET\'s status name after LiveCaptions-Translator\'s "HTTP Error - "', () => {
    // SakiRinn/LiveCaptions-Translator#223: "[ERROR] Translation Failed: HTTP Error - BadRequest".
    const d = classify(paste('b309-livecaptions-badrequest-223'));
    expect([d.kind, d.status, d.statusFrom]).toEqual(['invalid_request', 400, 'text']);
  });

  it.each([
    ['InvalidProviderAPIKey', 'auth'],
    ['ExceededContextWindow', 'context_length'],
    ['QuotaLimitReached', 'rate_limit'],
    ['OllamaServiceUnavailable', 'connection'],
  ] as const)("reads LobeChat's runtime error type %s as %s", (errorType, kind) => {
    expect(classify(`{"error":{"message":"see details"},"errorType":"${errorType}","provider":"openai"}`).kind).toBe(kind);
  });

  it.each([
    ['STATUS$ERROR_LLM_AUTHENTICATION', 'auth'],
    ['STATUS$ERROR_LLM_OUT_OF_CREDITS', 'billing'],
    ['STATUS$ERROR_LLM_CONTENT_POLICY_VIOLATION', 'content_filter'],
    ['STATUS$ERROR_LLM_INTERNAL_SERVER_ERROR', 'server_error'],
  ] as const)("reads OpenHands' agent status %s as %s", (status, kind) => {
    expect(classify(`12:00:00 - openhands:ERROR: session.py:288 - Agent status error: ${status}`).kind).toBe(kind);
  });
});

describe('a tool-call history a thinking model rejects names the entry that says what to send back', () => {
  it.each([
    // Gemini 3's 400 for a functionCall part without its thoughtSignature (google-gemini/gemini-cli#26682), Vertex AI's
    // wording of it (QwenLM/qwen-code#1187), and a signature the route did not issue (anomalyco/opencode#4832).
    ['b656-geminicli-thoughtsig-26682', 'gemini-thought-signature-missing'],
    ['b487-qwen-code-gemini3-thoughtsig-1187', 'gemini-thought-signature-missing'],
    ['b452-opencode-corrupted-thought-signature-4832', 'gemini-thought-signature-missing'],
    // DeepSeek's newer wording for an assistant turn sent back without its reasoning_content, with and without the
    // backticks (anomalyco/opencode#5027, ZhuLinsen/daily_stock_analysis#421).
    ['b671-opencode-ds-reasoning-content-5027', 'deepseek-reasoning-content-required'],
    ['b246-dailystock-ds-reasoning-421', 'deepseek-reasoning-content-required'],
    // Claude's thinking block refused for its signature under Anthropic's envelope, through proxies in front of Claude
    // Code (caozhiyuan/copilot-api#78, kaitranntt/ccs#415), and sent without one under Vertex AI's (Antigravity-Manager#1650).
    ['b658-copilot-api-thinking-signature-78', 'anthropic-thinking-signature-invalid'],
    ['b672-ccs-thinking-signature-415', 'anthropic-thinking-signature-invalid'],
    ['b471-agm-signature-field-required-1650', 'anthropic-thinking-signature-invalid'],
  ] as const)('%s is %s, a request error no retry fixes', (id, entry) => {
    const d = classify(paste(id));
    expect([d.entry, d.kind, d.retryable]).toEqual([entry, 'invalid_request', false]);
  });
});

describe('frequent wordings name the entry that explains them', () => {
  it.each([
    // A tool call without its tool message, in OpenAI's and DeepSeek's wordings (coder/aibridge#68, bytedance/deer-flow#2255).
    ['b287-aibridge-codex-toolcalls-68', 'openai-tool-calls-without-results'],
    ['b149-deerflow-loop-insufficient-tool-2255', 'openai-tool-calls-without-results'],
    // A reasoning model refusing a non-default temperature (BeehiveInnovations/pal-mcp-server#78, QwenLM/qwen-code#921).
    ['b108-palmcp-o3-temperature-78', 'openai-unsupported-sampling-value'],
    ['b157-qwencode-gpt5mini-temperature-921', 'openai-unsupported-sampling-value'],
    // Codex signed in with ChatGPT, asked for a model it does not serve there (openai/codex#25838, james-6-23/codex2api#99).
    ['b242-codex-gpt53-retired-25838', 'codex-chatgpt-account-model'],
    ['b145-codex2api-gpt55-chatgpt-account-99', 'codex-chatgpt-account-model'],
    // LiteLLM given a model name without its provider (crewAIInc/crewAI#1372, jd-opensource/joyagent-jdgenie#287).
    ['b221-crewai-moonshot-provider-not-provided-1372', 'litellm-provider-not-provided'],
    ['b173-joyagent-litellm-noprovider-287', 'litellm-provider-not-provided'],
    // A Gemini model closed to new projects (continuedev/continue#10756).
    ['b242-continue-gemini-20-flash-no-longer-available-10756', 'gemini-model-not-found'],
    // max_tokens above the model's output limit (ChatGPTNextWeb/NextChat#3199, Zaki-1052/GPTPortal#34).
    ['b160-nextchat-maxtokens-3199', 'openai-max-tokens-too-large'],
    ['b279-gptportal-maxtokens-34', 'openai-max-tokens-too-large'],
    // A tool without arguments declared to Gemini as an empty object (microsoft/autogen#4878, n8n-io/n8n#12790).
    ['b140-autogen-gemini-empty-props-4878', 'gemini-empty-object-schema'],
    ['b221-n8n-gemini-empty-object-props-12790', 'gemini-empty-object-schema'],
    // claude.ai's web API refusing a location it does not serve, under an Anthropic permission_error (st1vms/unofficial-claude-api#5, #7).
    ['b357-unofficial-claude-403-region-5', 'claude-ai-unable-to-serve'],
    ['b686-unofficial-claude-cannot-serve-7', 'claude-ai-unable-to-serve'],
    // llama-server failing to parse the model's own output, a 500 that recurs for the same prompt (ggml-org/llama.cpp#18675, PaddlePaddle/PaddleOCR#18248).
    ['b691-llamacpp-autoparser-max-tokens-500-18675', 'llamacpp-output-parse-failed'],
    ['b691-paddleocr-llamaserver-peg-native-500-18248', 'llamacpp-output-parse-failed'],
    // Gemini's input limit, from Gemini CLI and from a Go client (google-gemini/gemini-cli#13006, GoogleCloudPlatform/kubectl-ai#249).
    ['b191-gcli-input-tokens-1054016-13006', 'gemini-input-token-count-exceeded'],
    ['b311-kubectl-ai-gemini-input-tokens-249', 'gemini-input-token-count-exceeded'],
    // A tool-call turn answered with too few or too many function responses (google-gemini/gemini-cli#18509, #3871).
    ['b186-gemini-cli-fnresp-parts-18509', 'gemini-function-response-count-mismatch'],
    ['b555-gemini-cli-fn-response-loop-3871', 'gemini-function-response-count-mismatch'],
    // GitHub Copilot's prompt cap, in Copilot Chat and through a proxy (microsoft/vscode#289514, jjleng/copilot-more#35).
    ['b151-vscode-copilot-maxprompt-289514', 'copilot-prompt-token-limit'],
    ['b151-copilotmore-prompttokens-35', 'copilot-prompt-token-limit'],
    // OpenAI's older "That model does not exist", and a chat model sent to the legacy completions endpoint.
    ['b110-wxbot-model-notexist-136', 'openai-model-not-found'],
    ['b34-php-laravel-chatmodel-completions-2', 'openai-model-not-on-this-endpoint'],
    // Kiro's ValidationException for a request body it refuses, from Kiro CLI, kiro.rs and 9router (kirodotdev/Kiro#4003, hank9999/kiro.rs#16, decolua/9router#2874).
    ['b134-kirocli-validation-4003', 'kiro-improperly-formed-request'],
    ['b149-kirors-forced-toolchoice-16', 'kiro-improperly-formed-request'],
    ['b333-9router-kiro-body-invalid-2874', 'kiro-improperly-formed-request'],
    // Google's generic INVALID_ARGUMENT: a TIFF file, a Live session's close 1007, a proxy's log in Chinese (googleapis/js-genai#862, pipecat-ai/pipecat#4560, su-kaka/gcli2api#297).
    ['b599-jsgenai-files-tiff-invalid-arg-862', 'gemini-invalid-argument'],
    ['b641-pipecat-live-trigger-tokens-4560', 'gemini-invalid-argument'],
    ['b191-gcli2api-gif-invalid-argument-297', 'gemini-invalid-argument'],
    // Google's 401 for a credential that is not the OAuth token the endpoint expects (reorproject/reor#68, spring-projects/spring-ai#635, cita-777/metapi#402).
    ['b682-reor-gemini-openai-401-68', 'google-invalid-authentication-credentials'],
    ['b135-springai-vertex-unauth-635', 'google-invalid-authentication-credentials'],
    ['b506-metapi-antigravity-401-expiry-402', 'google-invalid-authentication-credentials'],
    // Kiro's 403 for a sign-in token that is no longer valid, in Kiro CLI and a gateway's Chinese log (kirodotdev/Kiro#4935, #9363, bestK/kiro2cc#13).
    ['b111-kirocli-bearer-invalid-4935', 'kiro-bearer-token-invalid'],
    ['b352-kirocli-bearer-invalid-9363', 'kiro-bearer-token-invalid'],
    ['b259-kiro2cc-bearer-token-invalid-13', 'kiro-bearer-token-invalid'],
    // llama-server's 400 for a prompt over the context a request can use (chflame163/ComfyUI_Qwen_H3_Prompt#5, openclaw/openclaw#64180, gpustack/gpustack#852).
    ['b139-qwenh3-llamacpp-ctx-5', 'llamacpp-context-size-exceeded'],
    ['b702-openclaw-llamacpp-context-64180', 'llamacpp-context-size-exceeded'],
    ['b85-gpustack-llamabox-ctx-852', 'llamacpp-context-size-exceeded'],
    // Gemini refusing an empty text part or a message without parts, in its three wordings (chatboxai/chatbox#1846, cloudwego/eino#383, PublicAffairs/openai-gemini#31).
    ['b453-chatbox-gemini-empty-text-1846', 'gemini-empty-content'],
    ['b669-eino-vertex-parts-383', 'gemini-empty-content'],
    ['b107-openaigemini-musthavetext-31', 'gemini-empty-content'],
    // A tool name outside ^[a-zA-Z0-9_-]+$, from MCP servers and an app's tools (openai/codex#8174, Laisky/one-api#346, home-assistant/core#119001).
    ['b555-codex-mcp-tool-name-dots-8174', 'openai-tool-name-invalid'],
    ['b710-one-api-mcp-dot-tool-name-346', 'openai-tool-name-invalid'],
    ['b122-ha-openai-tool-name-pattern-119001', 'openai-tool-name-invalid'],
    // A Go server that takes message content only as a string (songquanpeng/one-api#703, google/adk-python#191, cline/cline#363).
    ['b635-one-api-bind-body-content-array-703', 'server-wants-string-content'],
    ['b637-adk-ollama-chat-content-array-191', 'server-wants-string-content'],
    ['b463-cline-ollama-content-array-363', 'server-wants-string-content'],
    // OpenAI's and Groq's 404 unknown_url: a base URL without /v1, and an Azure path sent to OpenAI (stitionai/devika#456, wazuh/wazuh-dashboard-plugins#8825, ChatGPTNextWeb/NextChat#6019).
    ['b167-devika-unknownurl-456', 'openai-unknown-url'],
    ['b607-wazuh-groq-missing-v1-8825', 'openai-unknown-url'],
    ['b281-nextchat-o1-unknownurl-6019', 'openai-unknown-url'],
    // .NET's HttpClient.Timeout, the default 100 s and an app's own 10 s (RageAgainstThePixel/OpenAI-DotNet#265, microsoft/kernel-memory#732, STranslate/STranslate#142).
    ['b289-openai-dotnet-whisper-httpclient-timeout-265', 'dotnet-httpclient-timeout'],
    ['b347-kernel-memory-httpclient-timeout-732', 'dotnet-httpclient-timeout'],
    ['b148-stranslate-httpclient-10s-142', 'dotnet-httpclient-timeout'],
  ] as const)('%s is %s', (id, entry) => {
    expect(classify(paste(id)).entry).toBe(entry);
  });
});
