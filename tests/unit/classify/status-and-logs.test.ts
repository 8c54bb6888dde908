import { describe, expect, it } from 'vitest';
import { entryById } from '../../../src/lib/catalog';
import { catalogIndex, classify } from '../../../src/loader/classify';
import { loadCatalog } from '../../../src/loader/load-catalog';
import { readTraining } from '../../../src/loader/read-training';
import { labelledPastes, pasteById } from '../../shared/pastes';

const catalog = loadCatalog();
const pastes = labelledPastes(catalog);

describe('the status the response had', () => {
  // google/rpc/code.proto gives each gRPC name its HTTP mapping; the Python SDKs name classes after statuses.
  it.each([
    ['a gRPC status name', `{"error": {"message": "Quota exceeded.", "status": "RESOURCE_EXHAUSTED"}}`, 429],
    ['a gRPC name in a client message', 'got status: UNAVAILABLE. The service is currently unavailable.', 503],
    ['an exception class named after a status', 'anthropic.PermissionDeniedError: something went wrong', 403],
    ['an HTTP reason phrase alone', 'Request failed: Too Many Requests', 429],
  ])('is read from %s', (_label, text, status) => {
    const d = classify(text);
    expect(d.status).toBe(status);
    expect(d.statusFrom).toBe('text');
  });

  it.each([
    // Fragments of real pastes (the threads named), each stating its status in a shape of its own.
    ['a Go client\'s "HTTP Error" (Gage-Technologies/mistral-go#3)', '(HTTP Error 422)\n{"object":"error","message":{"detail":[]}}', 422],
    ['a status, a colon and a body (immersive-translate#3410)', '400: {"code":20012,"message":"Model does not exist. Please check it carefully.","data":null}', 400],
    ['a relay\'s upstream status (zed#34624)', 'Zed\'s API server reported an internal server error: {"code":"upstream_http_error","upstream_status":503}', 503],
    ['"code: 400 - {…}" (MoonshotAI-Cookbook#18)', "code: 400 - {'error': {'message': 'model max length exceeded, max length:8192',", 400],
    ['an unquoted JS "code: 524," (promptr#32)', "data: {\n      error: {\n        code: 524,\n        message: 'Gateway timeout.',", 524],
    ['Copilot Chat\'s reason line (microsoft/vscode#269878)', 'Sorry, your request failed. Please try again. Request id: 97bcf196-6e46-483a-acbe-a64d63a69b36\n\nReason: Request Failed: 400 {"error":{"message":"The requested model is not supported.","code":"model_not_supported"', 400],
    ['requests\' raise_for_status behind a program\'s "Connection error" (home-llm#39)', pasteById('b57-home-llm-textgen-401-39').text, 401],
    ['DashScope\'s `<400> InternalError…` through LiteLLM', pasteById('b58-ds-litellm-fnargs-json-2469').text, 400],
    ["Cloudflare's own 5xx page, copied without its title (Significant-Gravitas/AutoGPT#944)", '<div id="cf-cloudflare-status">\n  <div class="relative mb-10 md:m-0">\n    <a href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_502&utm_campaign=api.openai.com" target="_blank" rel="noopener noreferrer">', 502],
    ['the AWS SDK\'s $metadata (LibreChat#6494)', '{\n  "$fault": "client",\n  "$metadata": {\n    "attempts": 1,\n    "httpStatusCode": 400,', 400],
    ['aiohttp\'s ClientResponseError (piotrostr/anki-smart-notes#7)', "Smart Notes Error: Unknown error from OpenAI - 404, message='Not Found', url=URL('https://api.openai.com/v1/chat/completions')", 404],
    ['Go\'s default "404 page not found" body (PillOCR-python#23)', pasteById('b70-pillocr-siliconflow-404-page-zh-23').text, 404],
    ['the Google JS SDK\'s "Error fetching from …: [403 ]" (generative-ai-js#238)', pasteById('b74-gm-js-requesturl-nokey-403-238').text, 403],
    ['a status, a comma and a body (ComfyUI-FLUX-BFL-API#16)', pasteById('b73-comfy-bfl-invalid-auth-403-16').text, 403],
    ['a browser console\'s request line without a reason (text2anki-openai#1)', pasteById('b78-text2anki-401-1').text, 401],
    ['Copilot Chat\'s refused token, "token expired or invalid: 403" (microsoft/vscode#266926)', pasteById('b723-vscode-copilot-token-403-266926').text, 403],
    ['"error code:504-" without a space (flocks#163)', pasteById('b79-flocks-ttft-504-163').text, 504],
    ['two words between "error" and the status: "API error after payment: 524" (BlockRunAI/blockrun-mcp#76)', 'Error: API error after payment: 524\nRequest failed', 524],
    ['three words between "error" and the status: KOReader askgpt\'s "Error querying ChatGPT API: 429" (askgpt#6)', pasteById('b672-askgpt-koreader-429-6').text, 429],
    ['a status between colons (deepseek-for-copilot#114)', pasteById('b79-copilot-deepseek-token-invalid-114').text, 401],
    ['"failed with 404" (claude-code-openai gateway#27)', pasteById('b77-cloai-qwen36-gateway-404-27').text, 404],
    ['the old openai-python\'s "(HTTP response code was 400)" (vLLM#1351)', pasteById('b85-vllm-negative-max-tokens-1351').text, 400],
    ['flutter_gemini\'s "a status code of 503" (flutter_gemini#43)', pasteById('b91-flutter-gemini-503-43').text, 503],
    ['n8n\'s own sentence for a 400 (n8n#23415)', pasteById('b93-n8n-openrouter-stream400-23415').text, 400],
    ['Google\'s error page "502. That’s an error." (gemini-desktop#11)', pasteById('b102-geminidesktop-502-11').text, 502],
    ['an SDK\'s "400 Invalid file format" after a program\'s words and a colon (pipedream-notion-voice-notes#20)', pasteById('b98-pipedream-whisper-m4a-20').text, 400],
    ['openai-node\'s doubled "400 400 Invalid request" after "Error: " (command-code#594)', pasteById('b83-cmdcode-moonshot-schema-594').text, 400],
    ['a status and a JSON body after a program\'s words and a colon (letta-code#3167)', pasteById('b92-letta-code-agent-limit-402-3167').text, 402],
    ['"Error 413:" before the error code (NLWeb#164)', pasteById('b82-nlweb-azure-embed-413-164').text, 413],
    ['"http_status_401" in a program\'s own words (isxlan0/Codex_AccountSwitch#15)', pasteById('b134-codexswitch-refresh-401-15').text, 401],
    ['a line starting with a status and a word before a comma (cherry-studio#8867)', '403 Sorry, your account balance is insufficient', 403],
    ['"failed: 429." ending a line (GhidraGPT#1)', 'Streaming request failed: 429.', 429],
    ['a status and a colon before a Chinese message (grok2api_python#40)', '500: 该模型无可用令牌', 500],
    ['knowledge-storm\'s "CODE 500 - {" (storm#217)', 'Error: CODE 500 - {"error":"POST predict: Post \\"http://127.0.0.1:33643/completion\\": EOF"}', 500],
    ['.NET\'s WebException "(404) Not Found." (ollama-unity#1)', 'WebException: The remote server returned an error: (404) Not Found.\nSystem.Net.HttpWebRequest.GetResponseFromData (System.Net.WebResponseStream stream)', 404],
    ['a log\'s arrow from the request to its answer (jundot/omlx#1503)', "2026-05-28 20:16:37,245 - omlx.server - WARNING - [-] - POST /v1/messages → 422: [{'type': 'literal_error', 'loc': ('body', 'messages', 1, 'role'), 'msg': \"Input should be 'user' or 'assistant'\", 'input': 'system', 'ctx': {'expected': \"'user' or 'assistant'\"}}]", 422],
    ['a failure and the status alone at the end of its line (GhidrAssist#29)', 'An error occurred: Failed to get completion: 429', 429],
    ['the AI SDK\'s APICallError whose whole message is the status text (bolt.diy#661)', pasteById('b608-bolt-diy-ollama-not-found-661').text, 404],
    ['"error 403" closing a parenthesis (whatsapp-chatgpt#8: "(ChatGPTAPI error 403)")', 'An error occured, please contact the administrator. (ChatGPTAPI error 403)', 403],
    ['LangChain\'s Mistral client: "Error response 500 while fetching" before a body that says "Service unavailable." (langchain#28237)', 'httpx.HTTPStatusError: Error response 500 while fetching https://api.mistral.ai/v1/chat/completions: {"object":"error","message":"Service unavailable.","type":"internal_server_error","param":null,"code":"3000"}', 500],
    ['a bot\'s "(code: 403)" after the body (kirara-ai#970)', 'OpenAI: {"detail":"Our systems have detected unusual activity from your system. Please try again later."} (code: 403)', 403],
  ])('is read from %s', (_label, text, status) => expect(classify(text).status).toBe(status));

  it("of an Anthropic error type that goes out with one status, when nothing prints the number (open_deep_research#70)", () => {
    const d = classify(pasteById('b136-odr-apistatus-overloaded-70').text);
    expect([d.kind, d.status, d.statusFrom]).toEqual(['overloaded', 529, 'entry']);
    // So is authentication_error: a 401, for an auth verdict.
    expect(classify('{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}').status).toBe(401);
  });

  it("of the exception tenacity's RetryError says its last attempt raised (ChatDev#436)", () => {
    const d = classify(pasteById('b68-chatdev-tenacity-auth-436').text);
    expect([d.kind, d.retryable, d.status]).toEqual(['auth', false, 401]);
  });

  it('printed by requests as "401 Client Error", outweighs the program\'s loose "Connection error" (home-llm#39)', () => {
    const d = classify(pasteById('b57-home-llm-textgen-401-39').text);
    expect([d.kind, d.retryable, d.statusFrom]).toEqual(['auth', false, 'text']);
  });

  it("comes from an OpenAI entry when Azure OpenAI prints OpenAI's message (azure-search-openai-demo#1390)", () => {
    const d = classify(pasteById('b103-searchdemo-azure-server-error-500-1390').text);
    expect([d.provider, d.entry, d.status, d.statusFrom]).toEqual(['azure-openai', 'openai-server-error', 500, 'entry']);
  });

  it('comes from the entry when the paste prints none and the entry has only one', () => {
    const cases = pastes.filter((p) => p.expected.status === null && p.owner && entryById(catalog, p.owner)!.statuses.length === 1);
    expect(cases.length).toBeGreaterThan(20);
    const wrong = cases
      .map((p) => ({ p, d: classify(p.text), entry: entryById(catalog, p.owner!)! }))
      // The paste may imply it itself (a reason phrase, an exception class): then it says 'text', and must agree.
      .filter(({ d, entry }) => d.entry === entry.id && (d.status !== entry.statuses[0] || d.statusFrom === null))
      .map(({ p }) => p.id);
    expect(wrong).toEqual([]);
  });

  it("of a request error is 400 when its envelope is typed invalid_request_error, and only then (spring-ai-alibaba#4576)", () => {
    const d = classify(pasteById('b81-springaialibaba-schema-string-4576', pastes).text);
    expect([d.kind, d.status, d.statusFrom]).toEqual(['invalid_request', 400, 'entry']);
    // The same type on a missing model is OpenAI's 404: no 400 for it.
    const model = classify('{"error":{"message":"The model `gpt-9` does not exist","type":"invalid_request_error","param":null,"code":"model_not_found"}}');
    expect(model.kind).toBe('model_not_found');
    expect(model.status).not.toBe(400);
  });

  it("is 422 for FastAPI's request-validation body, which its default handler always sends with that status (TabbyAPI, theroyallab/tabbyAPI#317; a Zoo Code proxy, Zoo-Code-Org/Zoo-Code#445)", () => {
    for (const id of ['b463-tabbyapi-422-missing-body-317', 'b643-zoo-anthropic-compat-tool-choice-422-445']) {
      const d = classify(pasteById(id, pastes).text);
      expect([d.kind, d.status, d.statusFrom]).toEqual(['invalid_request', 422, 'text']);
    }
  });

  it("of a context-window error is 400 too when its envelope is typed invalid_request_error (continue#8454)", () => {
    const d = classify(pasteById('b5-an-ctx-maxtokens-continue-8454', pastes).text);
    expect([d.kind, d.status, d.statusFrom]).toEqual(['context_length', 400, 'entry']);
  });

  it('is 200 when a refusal is the reason the model stopped: the request succeeded, the answer was withheld', () => {
    const d = classify(pasteById('d-anthropic-refusal-stop-reason', pastes).text);
    expect([d.kind, d.status, d.statusFrom]).toEqual(['content_filter', 200, 'text']);
    // A block reported without the reason the model stopped says no status (generative-ai-js, Candidate was blocked).
    expect(classify(pasteById('b5-gm-safety-candidate-sparticle-196', pastes).text).status).toBeNull();
  });

  it.each([
    // A free GPT-4o wrapper's hourly cap (aledipa/Free-GPT4-WEB-API#69) and Moonshot's reply to a request without messages (MoonshotAI/MoonshotAI-Cookbook#7).
    ['b155-freegpt4-hourly-request-limit-69', 'rate_limit', 429],
    ['b157-moonshot-cookbook-empty-messages-7', 'invalid_request', 400],
  ])("is the kind's usual status when no entry matched and the paste prints none (%s)", (id, kind, status) => {
    const d = classify(pasteById(id, pastes).text);
    expect([d.kind, d.entry, d.status, d.statusFrom]).toEqual([kind, null, status, 'kind']);
  });

  it("is not guessed for a kind whose statuses split, or for a failure without a response", () => {
    // Jina's "Account balance not enough" (jina-ai/node-DeepResearch#21): billing comes as 402, 429, 403 or 400.
    const billing = classify(pasteById('b159-deepresearch-jina-balance-21', pastes).text);
    expect([billing.kind, billing.entry, billing.status]).toEqual(['billing', null, null]);
    // Ollama's "context deadline exceeded" (ollama/ollama#8187): the client gave up, no response came.
    const timeout = classify(pasteById('b33-ollama-hf-run-deadline-8187', pastes).text);
    expect([timeout.kind, timeout.entry, timeout.status, timeout.statusFrom]).toEqual(['timeout', null, null, null]);
  });

  it("of a verdict with an entry is never the kind's usual one: an entry that comes with several statuses says none", () => {
    const cases = pastes.filter((p) => p.owner && entryById(catalog, p.owner)!.statuses.length > 1);
    expect(cases.length).toBeGreaterThan(20);
    const guessed = cases.map((p) => classify(p.text)).filter((d) => d.entry !== null && d.statusFrom === 'kind');
    expect(guessed).toEqual([]);
  });

  it('is null for failures that never got a response', () => {
    const d = classify(pasteById('ex-curl-exit-6', pastes).text);
    expect([d.status, d.statusFrom]).toEqual([null, null]);
  });

  it("is null when the caller left before the answer, though the server's log prints the status it logged (Roo-Code#5733)", () => {
    // Ollama's [GIN] line says 500 for the embedding request it dropped when Roo Code closed the connection.
    const d = classify(pasteById('b336-roo-ollama-embed-client-abort-5733', pastes).text);
    expect([d.kind, d.entry, d.status, d.statusFrom]).toEqual(['timeout', 'ollama-client-closed-connection', null, null]);
  });

  it("is not a log's job id in brackets after another tag (karakeep-app/karakeep#975: `[inference][426]`)", () => {
    const d = classify(readTraining().find((p) => p.id === 'b411-karakeep-ollama-stream-975')!.text);
    expect([d.kind, d.status]).toEqual(['connection', null]);
  });

  it('is not a token count in parentheses (lm-sys/FastChat through ChatALL: `max-sampled tokens (512)`), a context overflow', () => {
    const d = classify(readTraining().find((p) => p.id === 'b522-chatall-lmsys-context-112')!.text);
    expect([d.kind, d.statusFrom]).toEqual(['context_length', 'kind']);
  });

  it("is read at the start of a JSON error string (dyad-sh/dyad#2501: `{\"error\":\"500 'async for' …`)", () => {
    const d = classify(readTraining().find((p) => p.id === 'b525-dyad-pro-litellm-500-2501')!.text);
    expect([d.kind, d.status]).toEqual(['server_error', 500]);
  });

  it('is read after "Response" and before a colon (xtekky/gpt4free#3293: `Response 403: recaptcha validation failed`)', () => {
    const d = classify(readTraining().find((p) => p.id === 'b526-gpt4free-lmarena-recaptcha-3293')!.text);
    expect([d.kind, d.status]).toEqual(['permission', 403]);
  });

  it.each([
    // A browser extension's "Failed to load response from api.openai.com:" and the status alone on the next line.
    ['b102-chatgpt4google-bare429-379', 429],
    // Envoy's JSON access log in front of a model server (higress): `"response_code":"503"`.
    ['b131-higress-upstream-connect-timeout-3872', 503],
    // Node's inspect of an error whose message starts with the status: `message: '401 (request id: …)'` (FastGPT).
    ['b159-fastgpt-embed-401-3219', 401],
    // A status before the URL it answered, at the start of a line: `404 https://api.deepseek.com/anthropic/v1/models`.
    ['b188-dsagent-claude-desktop-models-404-124', 404],
    // A .NET reverse proxy's log of the upstream's answer: `Received HTTP/2.0 response 500.` (YARP).
    ['b482-openai-aca-lb-responses-500-28', 500],
  ] as const)('is read where the paste states it in a less common form (%s)', (id, status) => {
    const d = classify(readTraining().find((p) => p.id === id)!.text);
    expect([d.status, d.statusFrom]).toEqual([status, 'text']);
  });

  it.each([
    // LM Studio answers a route it does not serve with an error body and "Returning 200 anyway" in its log.
    ['b131-lmstudio-responses-chat-path-145', 'endpoint_not_found'],
    // The body LM Studio sends with that 200, seen through curl -v: `{"error":"Unexpected endpoint or method. (POST …)"}`.
    ['b87-lmstudio-nov1-618', 'endpoint_not_found'],
    // Chrome's console line for a stream cut after its 200 headers: `net::ERR_INCOMPLETE_CHUNKED_ENCODING 200 (OK)`.
    ['b144-anythingllm-incomplete-chunked-nginx-3235', 'connection'],
    // aiohttp's ContentTypeError: an HTML page with a 200 where JSON was expected. Only the words around it place it
    // (its label is unknown; the word model's lean moves with its recounts), so its kind is compared with the same
    // paste's without the 200.
    ['b183-hallmvision-ollama-mimetype-540', null],
  ] as const)('is the 200 an error came with, when the paste says so, without changing the kind (%s)', (id, kind) => {
    const text = readTraining().find((p) => p.id === id)!.text;
    const d = classify(text);
    expect([d.kind, d.status, d.statusFrom]).toEqual([kind ?? classify(text.replace(/\b200\b/g, '')).kind, 200, 'text']);
  });

  it('is read before the request it answered, in an error chain (forge: `1: 401 GET https://api.anthropic.com/v1/models`)', () => {
    // The tool's own "Failed to fetch models" is no browser fetch failure once the server is seen to answer 401.
    const d = classify(readTraining().find((p) => p.id === 'b522-forgecode-anthropic-xapikey-1691')!.text);
    expect([d.kind, d.status, d.statusFrom]).toEqual(['auth', 401, 'text']);
  });

  it("leaves an auth wording its kind at a 400: an OAuth token endpoint answers a dead refresh token with 400 invalid_grant (charmbracelet/crush#1776)", () => {
    const d = classify(readTraining().find((p) => p.id === 'b733-crush-oauth-refresh-invalid-grant-1776')!.text);
    expect([d.kind, d.status, d.retryable]).toEqual(['auth', 400, false]);
  });
});

describe('a status with no page of its own, read from its reason phrase', () => {
  it.each([
    // A proxy's 431: the request's header fields, not its body, over the limit (Ice-Hazymoon/openai-scf-proxy#72).
    ['b720-openai-scf-proxy-431-headers-72', 431, 'request_too_large'],
    // GitHub Copilot's individual API host answering a Business account's request (caozhiyuan/copilot-api#369).
    ['b729-copilot-api-421-enterprise-host-369', 421, 'endpoint_not_found'],
  ])('%s is a %i, of kind %s', (id, status, kind) => {
    const d = classify(pasteById(id).text);
    expect([d.status, d.kind, d.retryable]).toEqual([status, kind, false]);
  });

  it("reads Google's 499 CANCELLED as a call the server side cancelled, to retry, not a malformed request (gemini-cli#20309)", () => {
    const d = classify(pasteById('b848-geminicli-499-cancelled-20309').text);
    expect([d.status, d.kind, d.retryable]).toEqual([499, 'server_error', true]);
  });
});

describe('codes written as identifiers', () => {
  it('match only as identifiers, not as prose that folds the same', () => {
    const prose = catalogIndex().patterns.find((p) => p.identifiers?.includes('rate_limit_exceeded'));
    expect(prose).toBeDefined();
    expect(classify('{"error": {"code": "rate_limit_exceeded", "message": "Rate limit reached for requests"}}').evidence.map((e) => e.text)).toContain('rate_limit_exceeded');
    expect(classify('Rate limit exceeded: free-models-per-day').evidence.map((e) => e.text)).not.toContain('rate_limit_exceeded');
  });
});

describe('a status read from words, or failing the text from the entry', () => {
  it.each([
    ["not from a reason phrase inside an identifier: pydantic's extra_forbidden is no 403 (picoclaw#1019)", 'b251-picoclaw-nvidia-promptcachekey-1019', 'invalid_request', 400, 'entry'],
    ["from the SDKs' debug log: `response (error; …) 401 https://…` (Flowise#2557)", 'b255-flowise-azure-token-to-openai-401-2557', 'auth', 401, 'text'],
    ['a 404 on a Google model URL is the model not found there (claude-code-action#165)', 'b192-claudecode-vertex-model-id-dash-165', 'model_not_found', 404, 'text'],
    ["Anthropic's 'prompt is too long' goes out as a 400 (hermes-agent#821)", 'b256-hermes-prompt-too-long-821', 'context_length', 400, 'entry'],
    ["Bedrock's 'provided model identifier is invalid', a ValidationException, as a 400 (lgtmaybe#70)", 'b167-lgtmaybe-bedrock-invalidid-70', 'model_not_found', 400, 'entry'],
    ["Zhipu's documented code 1212, a model that cannot be called this way (SSE), as its entry's 400 (one-api#1288)", 'b739-oneapi-cogview3-no-sse-1288', 'invalid_request', 400, 'entry'],
    ["DashScope's Arrearage as a 400 (ragflow#1552)", 'b79-ragflow-arrearage-sum-1552', 'billing', 400, 'entry'],
    ['the reason phrase Bad Request without its number (axonhub#441)', 'b253-axonhub-invalid-json-441', 'invalid_request', 400, 'text'],
    ["Ollama's memory check, which its scheduler sends as a 500 (continue#11715)", 'b187-continue-ollama-mem-11715', 'server_error', 500, 'text'],
    ['a line that starts with the status and a message in lower case (openhanako#489)', 'b232-openhanako-tokenplan-quota-489', 'billing', 500, 'text'],
    ['a gateway\'s "received 400 error" (kiro-gateway#61)', 'b253-kirogw-invalid-model-61', 'model_not_found', 400, 'text'],
  ])('%s', (_label, id, kind, status, statusFrom) => {
    const d = classify(pasteById(id, pastes).text);
    expect([d.kind, d.status, d.statusFrom]).toEqual([kind, status, statusFrom]);
  });

  it('and not where the same words mean something else', () => {
    expect(classify('Error: Forbidden').status).toBe(403);
    expect(classify('litellm.BadRequestError: OpenAIException - insufficient balance').status).not.toBe(400);
    const onGoogle = 'Request failed with status code 404: https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent';
    expect(classify(onGoogle).kind).toBe('model_not_found');
    expect(classify(onGoogle.replace('generativelanguage.googleapis.com', 'relay.example.com')).kind).toBe('endpoint_not_found');
    expect(classify('API Error: 413 {"type":"error","error":{"type":"invalid_request_error","message":"Request size exceeds model context window"}}').entry).toBe('anthropic-request-exceeds-context-window');
    expect(classify('PrepaidBillOverdue: The prepaid bill is overdue.').status).toBe(429);
    expect(classify('404 page not found').status).toBe(404);
  });
});

describe('logs with several errors', () => {
  it('let the last error decide and list each', () => {
    const log = pasteById('z2-unify-chat-provider-cf-502-retry-html-59', pastes);
    const d = classify(log.text);
    expect(d.kind).toBe(log.expected.kind);
    expect(d.errors.length).toBeGreaterThan(1);
    expect(d.errors[d.errors.length - 1]!.entry).toBe(d.entry);
  });

  it('let the last error decide when the log moved on to the next model between them (AutoResearchClaw#210)', () => {
    const log = pasteById('b312-researchclaw-remote-closed-210', pastes);
    const d = classify(log.text);
    expect(d.kind).toBe('connection');
    expect(d.errors.map((e) => e.kind)).toEqual(['timeout', 'connection']);
  });

  it('leave one error alone, even when it names several kinds', () => {
    const one = pasteById('p-gm-429-genai-clienterror-1427', pastes);
    expect(classify(one.text).errors).toEqual([]);
  });

  it("leave one error alone when its own message asks for a retry ('Please retry in 47s'), and let its zero quota decide (langchain-google#1445)", () => {
    const one = pasteById('b107-langchaingoogle-freetier-limit0-1445', pastes);
    // The Gemini 429 body holds its quota lines, then "Please retry in 47.17s.", then its status: one error, not two.
    expect(one.text).toContain('Please retry in 47.174066935s.');
    const d = classify(one.text);
    expect(d.errors).toEqual([]);
    expect(d).toMatchObject({ kind: 'billing', entry: 'gemini-free-tier-limit-zero', retryable: false });
  });
});

describe('a quota of zero', () => {
  it("picks the provider's entry for a plan without allowance over its rate-limit entry (js-genai#1322)", () => {
    const text = pasteById('b191-jsgenai-image-free-tier-limit0-1322', pastes).text;
    expect(classify(text)).toMatchObject({ kind: 'billing', entry: 'gemini-free-tier-limit-zero', retryable: false });
    // The same 429 with a quota left is the rate limit it looks like.
    expect(classify(text.replaceAll('limit: 0', 'limit: 15')).entry).toBe('gemini-resource-exhausted');
  });
});

describe('a capped limit', () => {
  it('says not before the reset, with the reset time the paste gives', () => {
    // A capped entry whose paste names no reset time itself: the header gives it.
    const capped = catalog.entries.find((e) => e.retry.after === 'reset' && e.pastes.some((p) => !/reset/i.test(p.text)))!;
    const paste = capped.pastes.find((p) => !/reset/i.test(p.text))!;
    const d = classify(`${paste.text}\nX-RateLimit-Reset: 1764547200000`);
    expect(d.entry).toBe(capped.id);
    expect(d.resetAt).toBe('2025-12-01 00:00 UTC');
    expect(d.retryable).toBe(false);
  });

  it("reads a free API's 'limit of messages per 24 hours' on a 429 as a daily cap, not a wait (aandrew-me/tgpt#123)", () => {
    const d = classify(pasteById('b342-tgpt-24h-limit-123', pastes).text);
    expect([d.kind, d.retryable]).toEqual(['rate_limit', false]);
    expect(d.evidence).toContainEqual(expect.objectContaining({ text: 'per 24 hours', note: 'daily limit' }));
  });

  it('is a short wait when the paste says the quota resets within the minute, and retryable only at its reset when that is hours away', () => {
    const gemini = pasteById('b3-gemini-cli-exhausted-capacity-reset-8h', pastes);
    const later = classify(gemini.text);
    // The same request succeeds once the quota resets (the labels of 18 of its 20 pastes say so); the verdict says
    // "not before the reset (8h44m7s)", and no short wait is offered (retry-verdict.ts, retry-decision.ts).
    expect(later).toMatchObject({ entry: 'gemini-capacity-quota-reset', retryable: true, resetAt: '8h44m7s', retryAfterSeconds: null });
    const soon = classify(gemini.text.replace('8h44m7s', '2s'));
    expect(soon).toMatchObject({ entry: 'gemini-capacity-quota-reset', retryable: true, retryAfterSeconds: 2 });
  });

  it("reads a tool's 'used all of today's free usage … Come back in 3h 47m' as a daily cap that resets in 3h 47m", () => {
    const d = classify(pasteById('b45-freebuff-daily-free-usage-1050', pastes).text);
    expect(d).toMatchObject({ kind: 'rate_limit', retryable: false, resetAt: '3h 47m' });
  });

  it("reads a relay's '(reset after 140h 21m 10s)' on a 429 as a cap that resets then (OmniRoute#11859)", () => {
    const d = classify(pasteById('b64-omniroute-kiro-quota-140h-11859', pastes).text);
    expect(d).toMatchObject({ kind: 'rate_limit', retryable: false, resetAt: '140h 21m 10s' });
  });

  it("reads Azure's 'retry after 86400 seconds' as a cap until then, not a wait to sit out in a retry loop", () => {
    const d = classify(pasteById('b4-climb-azure-429-retry-after-86400', pastes).text);
    expect(d).toMatchObject({ kind: 'rate_limit', retryable: false, retryAfterSeconds: 86400, resetAt: '24 h' });
  });
});

describe('a relay that passes on the upstream status', () => {
  it('takes the kind of that status: "bad response status code 524" is a gateway timeout', () => {
    const d = classify(pasteById('b4-onehub-524-wont-retry', pastes).text);
    expect(d).toMatchObject({ entry: 'relay-bad-response-status-code', kind: 'gateway_timeout', status: 524 });
  });

  it("keeps the request error a 500 only carries: \"Improperly formed request.\" inside a relay's 500 is the request's fault (kiro2api#3)", () => {
    const text = pasteById('b203-kiro2api-improperly-formed-3').text;
    expect(classify(text)).toMatchObject({ kind: 'invalid_request', retryable: false, status: 500 });
    // Without the request error's words, the same 500 is the server's.
    expect(classify(text.replace('Improperly formed request.', 'Something went wrong.')).kind).toBe('server_error');
  });
});

describe('a status a browser extension logged (hoangdung0208/openai-api#1)', () => {
  const text = pasteById('b355-openai-api-gpt4-404-1').text;
  const [consoleLine, httpErrorLine] = [text.split('\n')[0]!, text.split('\n').find((l) => l.startsWith('HTTP ERROR'))!];

  it("reads Chrome's console line with the calling script after the status, and an upper-case 'HTTP ERROR: 404'", () => {
    expect(consoleLine).toMatch(/gpt4-api\.js:130$/);
    expect(classify(consoleLine).status).toBe(404);
    expect(classify(httpErrorLine).status).toBe(404);
  });

  it("takes a 404 on OpenAI's own chat route for the model, not the path", () => {
    expect(classify(text)).toMatchObject({ kind: 'model_not_found', status: 404 });
  });
});

describe(".NET's EnsureSuccessStatusCode() message, in English and translated (Subtitle Edit)", () => {
  it('reads the status of a translated message whose status has no reason phrase: `529 ()` (SubtitleEdit#8737)', () => {
    // The whole Hungarian stack trace from the thread, a training paste of b369.
    const text = readTraining().find((p) => p.id === 'b369-subtitleedit-claude-529-8737')!.text;
    expect(text).toMatch(/^A válasz állapotkódja nem sikert jelez: 529 \(\)\./);
    expect(classify(text)).toMatchObject({ kind: 'overloaded', retryable: true, status: 529 });
  });

  it('reads the English wording whatever follows the status', () => {
    expect(classify('Response status code does not indicate success: 529 ().').status).toBe(529);
    // A number in parentheses that is not a status stays unread.
    expect(classify('Retrying request 3 of 5 (attempt 300 ())').status).toBeNull();
  });
});

describe("a bare status from Ollama's own routes", () => {
  it.each([
    // Python requests against Ollama's /api/chat on another machine (tcsenpai/multi1#10).
    ['b113-multi1-ollama-404-chat-10'],
    // A browser's console line for Ollama's /api/generate (omagdy7/ollama-logseq#14).
    ['b102-ollama-logseq-404-14'],
  ])('%s: a 404 from /api/chat or /api/generate is a model not pulled, not a wrong path', (id) => {
    const d = classify(pasteById(id).text);
    expect([d.kind, d.status]).toEqual(['model_not_found', 404]);
  });

  it('keeps a 404 on another port or route a wrong path', () => {
    expect(classify('404 Client Error: Not Found for url: http://localhost:8080/api/chat').kind).toBe('endpoint_not_found');
    expect(classify('404 Client Error: Not Found for url: http://localhost:11434/api/embed').kind).toBe('endpoint_not_found');
  });

  it.each([
    // Ollama's own log of a full queue (IBM/prompt-declaration-language#702), and httpx's line (microsoft/graphrag#1710).
    ['b85-pdl-ollama-503-queue-702'],
    ['b92-graphrag-ollama-503-1710'],
  ])('%s: a 503 from Ollama is its queue being full: overloaded, a wait', (id) => {
    const d = classify(pasteById(id).text);
    expect([d.kind, d.status, d.retryable]).toEqual(['overloaded', 503, true]);
  });
});
