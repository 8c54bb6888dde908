import { describe, expect, it } from 'vitest';
import { extractChangeAdvice, extractConnectFailure, extractCorsBlock, extractHandshakeReset, extractLocalTarget, extractMalformedUrl, extractRefusal, extractRetriedAlready, extractServerBug, extractShortTimeout, extractTimedOut, extractUnreachable, extractWrappedNetworkFailure } from '../../../src/lib/classify/extract-meta';
import { classify } from '../../../src/loader/classify';
import { readTraining } from '../../../src/loader/read-training';
import { pasteById } from '../../shared/pastes';

type Finder = (text: string) => { text: string }[];

/** The finder names `found` in the paste, and the verdict is `kind` with "fix it first", not a retry. */
function expectFixFirst(id: string, find: Finder, found: string, kind: string): void {
  const text = pasteById(id).text;
  expect(find(text).map((e) => e.text)).toEqual([found]);
  const d = classify(text);
  expect(d.kind).toBe(kind);
  expect(d.retryable).toBe(false);
}

/** The finder names nothing in the paste, which stays retryable. */
function expectStillRetryable(id: string, find: Finder): void {
  const text = pasteById(id).text;
  expect(find(text)).toEqual([]);
  expect(classify(text).retryable).toBe(true);
}

describe('a network failure that a retry would only meet again', () => {
  it.each([
    // Codex CLI against a local server that was not answering (openai/codex#11850).
    ['b13-codex-localhost-1234-reconnect-11850', 'localhost:1234'],
    // curl against a one-api container whose mapped port nothing listened on (songquanpeng/one-api#1956).
    ['n-curl-56-reset-one-api-1956', 'localhost:3002'],
    // A self-hosted model server named as the failing side: "Ollama is not running in your IDE"
    // (ibm-granite/watsonx-code-assistant-individual#3), LiteLLM's OllamaException on a host without a route (crewAI#3609).
    ['b35-watsonx-ollama-not-running-ide-3', 'Ollama'],
    ['b46-crewai-ollama-no-route-to-host-3609', 'Ollama'],
    // A private network's address: Ollama on another machine of the LAN (nashsu/llm_wiki#79), Windows' Ollama seen
    // from WSL (ollama/ollama#5008).
    ['b148-llmwiki-lan-ollama-sendreq-79', '192.168.0.20:11434'],
    ['b148-wsl-ollama-wget-reset-5008', '172.23.16.1:11434'],
  ])('%s is to a local address or a self-hosted server: start it, fix the address or raise the timeout first', (id, address) => {
    expectFixFirst(id, extractLocalTarget, address, 'connection');
  });

  it.each([
    ['b11-gptacademic-proxy-timeout-zh-1841', 'check proxy settings'],
    ['b14-aipolidoc-timeout-180s-zh-2', '增加超时时间'],
    ['b14-deepaudit-retry-then-timeout50-zh-153', '增加超时时间'],
    // An OAuth login through a proxy that cannot reach Google (lbjlaq/Antigravity-Manager#2384).
    ['b292-antigravity-oauth-connect-2384', '检查你的网络代理设置'],
    // node-fetch's socks agent refusing the configured proxy (Chanzhaoyu/chatgpt-web#1923).
    ['b292-chatgptweb-invalid-socks-1923', 'Invalid SOCKS proxy'],
  ])("%s says to change a setting in the program's own words", (id, advice) => {
    const text = pasteById(id).text;
    expect(extractChangeAdvice(text).map((e) => e.text)).toEqual([advice]);
    expect(classify(text).retryable).toBe(false);
  });

  it('names a host without a route: the network is at fault, not a passing hiccup', () => {
    expect(extractUnreachable('litellm.APIConnectionError: [Errno 65] No route to host').map((e) => e.text)).toEqual(['No route to host']);
    expect(extractUnreachable('connect ECONNRESET 104.18.7.192:443')).toEqual([]);
  });

  it('names a refusal to a remote host too: nothing listens there, or a firewall answers for it', () => {
    // Claude Code in a network that refuses api.anthropic.com (KimYx0207/AI-Coding-Guide-Zh#5).
    const text = pasteById('b20-cc-econnrefused-cn-guide-5').text;
    expect(extractRefusal(text).map((e) => e.text)).toEqual(['ECONNREFUSED']);
    expect(classify(text).retryable).toBe(false);
  });

  it("names a browser's CORS block: the page's origin is refused until the call goes elsewhere", () => {
    // An Obsidian plugin calling a relay that does not allow its origin (logancyang/obsidian-copilot#200).
    const text = pasteById('b26-obsidian-copilot-cors-wrong-url-200').text;
    expect(extractCorsBlock(text).map((e) => e.text)).toEqual(['blocked by CORS policy']);
    expect(classify(text).retryable).toBe(false);
  });

  it('keeps a remote hiccup retryable, even when the message says to check the network', () => {
    expect(classify(pasteById('n-py-httpx-incomplete-chunked-groq-26').text).retryable).toBe(true);
    expect(extractChangeAdvice('客户端网络连接失败，请检查网络后重试')).toEqual([]);
    expect(extractChangeAdvice('Connection failed. If the problem persists, please check your internet connection or VPN')).toEqual([]);
  });

  it('leaves other kinds alone: a local server that answers with an error is that error', () => {
    const d = classify(pasteById('c-continue-404-ollama-api-generate-hint-3752').text);
    expect(d.kind).toBe('endpoint_not_found');
    expect(d.evidence.some((e) => e.note === 'local address')).toBe(false);
  });
});

describe('a connection that was never made', () => {
  it.each([
    // Java's ConnectException from mainland China without a proxy (TheoKanning/openai-java#156).
    ['b91-openaijava-connect-failed-156', 'ConnectException'],
    // urllib3 inside a Docker container the host's proxy did not reach (zhayujie/CowAgent#1870).
    ['b148-cow-docker-network-unreachable-1870', 'Max retries exceeded'],
    // httpx through a proxy that was not answering (GalTransl/GalTransl#101).
    ['b129-galtransl-sakura-all-conn-failed-101', 'All connection attempts failed'],
  ])('%s reached no server: fix the proxy, network or address before retrying', (id, phrase) => {
    expectFixFirst(id, extractConnectFailure, phrase, 'connection');
  });

  it('leaves a connection cut after it was made retryable: a reset or an unfinished body passes', () => {
    expectStillRetryable('n-node-fetch-tls-socket-disconnected-econnreset-drawui-70', extractConnectFailure);
  });

  it.each([
    // undici's bare message, all a WeChat bot printed (Zakiaatot/my_wechat_gpt_bot#3), a screenshot translator's
    // 连接错误 (Diraw/AI-Screenshot-Translator#1), and reqwest's words under Codex CLI without its proxy (openai/codex#13906).
    ['fetch failed', 'fetch failed'],
    ['AI模型处理失败：API连接错误', '连接错误'],
    ['Error running remote compact task: stream disconnected before completion\nerror sending request for url (https://chatgpt.com/backend-api/codex/responses/compact)', 'error sending request for url'],
  ])('the plain words of a failed connection, with no entry behind them, say to fix the path first: %j', (text, phrase) => {
    expect(extractConnectFailure(text)).toEqual([]);
    expect(extractConnectFailure(text, true).map((e) => e.text)).toEqual([phrase]);
    expect(classify(text)).toMatchObject({ kind: 'connection', retryable: false });
  });

  it.each([
    // tenacity around the old openai SDK in MetaGPT, whose own retries had all met the connection error (FoundationAgents/MetaGPT#176).
    ['tenacity.RetryError: RetryError[<Future at 0x1fa21db8190 state=finished raised APIConnectionError>]', 'RetryError'],
    // An agent whose five tries all lost the body mid-way (github/app#2538).
    ['Execution failed: Error: Failed to get response from the AI model; retried 5 times (total retry wait time: 6.00 seconds) Last error: Failed native model HTTP request: error decoding response body: request or response body error: error reading a body from connection: unexpected EOF during chunk size line', 'retried 5 times'],
  ])('a connection failure the client had already retried says to fix the path first: %j', (text, phrase) => {
    expect(extractRetriedAlready(text).map((e) => e.text)).toEqual([phrase]);
    expect(classify(text)).toMatchObject({ kind: 'connection', retryable: false });
  });

  it("leaves an entry's own retry answer to the entry: undici's `fetch failed` over a read ECONNRESET keeps its retry", () => {
    // The words are read only where no catalogue entry placed the failure.
    const d = classify(pasteById('n-node-fetch-failed-cause-read-econnreset-copilot-api-192').text);
    expect(d).toMatchObject({ entry: 'node-econnreset-socket-hang-up', retryable: true });
  });
});

describe('a timeout that states a short limit of its own', () => {
  it.each([
    // Dio's receive timeout of 5 s in a Flutter chat app (iampawan/ChatGPT-Flutter-AIChatBot#6).
    ['b102-flutterchatbot-recvtimeout-6', 'Timeout]: Receiving data timeout[5000ms'],
    // The AWS SDK's 3.1 s connection timeout behind a proxy (danny-avila/LibreChat#4585).
    ['b103-librechat-bedrock-proxy-socket-timeout-4585', 'timed out without establishing a connection within 3100 ms'],
    // .NET's HttpClient.Timeout of 5 s in a caption translator (SakiRinn/LiveCaptions-Translator#29).
    ['b129-livecaptions-httpclient-5s-29', 'Timeout of 5 seconds'],
  ])('%s gave up before a long answer could come: raise the timeout or stream, then retry', (id, limit) => {
    expectFixFirst(id, extractShortTimeout, limit, 'timeout');
  });

  it('keeps a timeout of more than ten seconds retryable: curl gave up after 10009 ms', () => {
    expectStillRetryable('ex-curl-exit-28', extractShortTimeout);
  });

  it("reads the limit only after a timeout word: a setting's own `timeout=5` in a dump is not a limit reached", () => {
    expect(extractShortTimeout('request options: {"timeout=5", "model": "gpt-4o"}')).toEqual([]);
    expect(extractShortTimeout('Read timed out. (read timeout=5)').map((e) => e.text)).toEqual(['timed out. (read timeout=5']);
  });
});

describe("undici's headers timeout on a long call that does not stream", () => {
  it('says to stream or raise headersTimeout, not to retry the same call (n8n#11886)', () => {
    const d = classify(pasteById('b78-n8n-headers-timeout-11886').text);
    expect([d.kind, d.retryable, d.entry]).toEqual(['timeout', false, 'node-und-err-headers-timeout']);
  });
});

describe('a timeout that only its words place', () => {
  it.each([
    // Go's "context deadline exceeded" from Ollama pulling a model from Hugging Face (ollama/ollama#8187).
    ['b33-ollama-hf-run-deadline-8187', 'Error: context deadline exceeded'],
    // Dio's socket timeout in Chinese Windows' words, 信号灯超时时间已到, calling Gemini (babakcode/flutter_gemini#8).
    ['b102-fluttergemini-semtimeout-8', '超时'],
  ])('%s recurs on the same request: raise the timeout, stream or fix the proxy first', (id, word) => {
    expectFixFirst(id, extractTimedOut, word, 'timeout');
  });

  it("keeps an entry's own timeout with the entry's verdict: the Python SDK's APITimeoutError", () => {
    const text = pasteById('ex-python-sdk-api-timeout-error').text;
    const d = classify(text);
    expect([d.entry, d.retryable]).toEqual(['python-sdk-api-timeout-error', true]);
  });

  it('keeps it retryable when the message itself says to try again later (请求超时，请稍后再试)', () => {
    expectStillRetryable('z2-chatgpt-wechat-qingqiu-chaoshi-wrapper-15', extractTimedOut);
  });
});

describe('a TLS handshake the network reset', () => {
  it.each([
    // curl's exit 35 on a Workers host (ayaka14732/ChatGPTAPIFree#8), curl_cffi's BoringSSL wording (wwwzhouhui/Claude2-PyAPI#12).
    ['b177-curl35-reset-worker-8'],
    ['b94-claude2pyapi-boringssl-reset-12'],
  ] as const)('%s is a connection never made, not a certificate problem', (id) => {
    const text = pasteById(id).text;
    expect(extractHandshakeReset(text)).toHaveLength(1);
    const d = classify(text);
    expect([d.kind, d.retryable]).toEqual(['connection', false]);
  });

  it('leaves a certificate the client refused to TLS', () => {
    expect(classify('curl: (60) SSL certificate problem: unable to get local issuer certificate').kind).toBe('tls');
  });
});

describe('a URL the client could not use, wrapped as a connection error or not', () => {
  it.each([
    // requests without a scheme, under the old SDK's APIConnectionError (microsoft/autogen#325).
    ['b78-autogen-noadapter-325', 'No connection adapters were found for'],
    // A placeholder base URL left in the settings (Significant-Gravitas/AutoGPT#627).
    ['b163-autogpt-azure-placeholder-url-627', "Invalid URL '"],
    // httpx's UnsupportedProtocol under the SDK's "Connection error." (SkyworkAI/DeepResearchAgent#60).
    ['b307-skyworkdra-url-noscheme-60', "missing an 'http://' or 'https://' protocol"],
    // An https:// URL handed to a WebSocket client (monuminu/AOAI_Samples#5).
    ['b185-aoai-samples-realtime-scheme-5', "isn't a valid URI"],
    // Node's URL parser on a base URL without a scheme, and on one left undefined (9j/claude-code-mux#16,
    // safzanpirani/opencode-configs#1), and its error code on a relative path (elizaOS/eliza#3202), not wrapped: an
    // endpoint phrase or nothing at all matched these, and the kind's usual 404 was claimed for a request never sent.
    ['b414-ccmux-base-url-no-scheme-16', 'cannot be parsed as a URL'],
    ['b415-opencode-undefined-baseurl-1', 'ERR_INVALID_URL'],
    ['b308-eliza-embeddings-invalid-url-3202', 'ERR_INVALID_URL'],
    // Rust's url crate, through reqwest's builder, on a base URL without a scheme (BoundaryML/baml#2054).
    ['b398-baml-relativeurl-2054', 'RelativeUrlWithoutBase'],
  ] as const)('%s is the base URL to fix, not a network to wait for', (id, said) => {
    const text = pasteById(id).text;
    expect(extractMalformedUrl(text).map((e) => e.text)).toEqual([said]);
    const d = classify(text);
    // No request went out, so there is no status, not even the kind's usual 404.
    expect([d.kind, d.retryable, d.entry, d.status]).toEqual(['endpoint_not_found', false, null, null]);
  });

  it('leaves a connection error without such a URL alone', () => {
    expect(classify('openai.APIConnectionError: Connection error.').kind).toBe('connection');
  });
});

describe('a name that failed to resolve, which is not always a host name', () => {
  it("reads a Kiro plug-in's `Failed to resolve profileArn: … 403 Forbidden` as the account's permission, not DNS (pi-provider-kiro, earendil-works/pi#5568)", () => {
    const d = classify(pasteById('b868-pi-listprofiles-403-5568').text);
    expect([d.kind, d.status, d.entry]).toEqual(['permission', 403, null]);
  });

  it("still reads urllib3's `Failed to resolve 'host'` as DNS, by its own words", () => {
    expect(classify("Failed to resolve 'api.openai.com' ([Errno 8] nodename nor servname provided, or not known)").kind).toBe('dns');
  });
});

describe("a fetch in Safari's WebKit, whose failure reads \"Load failed\"", () => {
  it.each([
    // Chatbox on iOS (chatboxai/chatbox#2472) and Jan, a Tauri app, on a remote endpoint (janhq/jan#7444).
    'b209-chatboxios-loadfailed-2472',
    'b652-jan-076-runpod-load-failed-7444',
  ])('%s is a fetch that got no response, as Chromium\'s "Failed to fetch"', (id) => {
    const d = classify(pasteById(id).text);
    expect([d.kind, d.entry]).toEqual(['connection', 'browser-failed-to-fetch']);
  });

  it('but not a load or an upload that failed on a server', () => {
    expect(classify('HTTP 500 from mlx-serve: {"error":{"message":"Model load failed","type":"model_load_failed","param":null,"code":500}}').entry).not.toBe('browser-failed-to-fetch');
    expect(classify('openai batch file upload failed: 413 {"error":{"message":"Request too large"}}').kind).not.toBe('connection');
  });
});

describe("a server's report that it could not reach its upstream", () => {
  // claude-code-router in front of Gemini, without the proxy it needed (musistudio/claude-code-router#203 and #215).
  const routed = 'API Error (500 {"error":{"message":"fetch failed","type":"api_error","code":"internal_error"}}) · Retrying in 1 seconds…';

  it('is a connection failure, whatever status the report went out with', () => {
    expect(extractWrappedNetworkFailure(routed).map((e) => e.text)).toEqual(['fetch failed']);
    const d = classify(routed);
    expect([d.kind, d.status]).toEqual(['connection', 500]);
  });

  it("reads claude-code-router's message and stack run together the same way (musistudio/claude-code-router#754)", () => {
    const text = 'API Error: 500 {"error":{"message":"fetch failedTypeError: fetch failed\\n    at\n    node:internal/deps/undici/undici:15482:13\\n    at process.processTicksAndRejections';
    expect(extractWrappedNetworkFailure(text).map((e) => e.text)).toEqual(['fetch failedTypeError: fetch failed']);
    expect([classify(text).kind, classify(text).status]).toEqual(['connection', 500]);
  });

  it("reads anyio's 'All connection attempts failed' inside a gateway's bare 503 the same way (gpustack/gpustack#1386)", () => {
    const text = pasteById('b131-gpustack-all-conn-attempts-1386').text;
    expect(extractWrappedNetworkFailure(text).map((e) => e.text)).toEqual(['All connection attempts failed']);
    expect([classify(text).kind, classify(text).status]).toEqual(['connection', 503]);
  });

  it("reads curl's 'CONNECT tunnel failed' inside a relay's server_error as its proxy refusing the way out (chenyme/grok2api#385)", () => {
    const text = pasteById('b391-grok2api-connect-tunnel-385').text;
    expect(extractWrappedNetworkFailure(text).map((e) => e.text)).toEqual(['CONNECT tunnel failed']);
    expect(classify(text).kind).toBe('connection');
  });

  it("reads reqwest's 'error sending request for url' behind a 500 as the connection that failed (smallcloudai/refact-vscode#176)", () => {
    const text = pasteById('b725-refact-caps-fetch-failed-176').text;
    expect(extractWrappedNetworkFailure(text).map((e) => e.text)).toEqual(['error sending request for url']);
    expect([classify(text).kind, classify(text).status]).toEqual(['connection', 500]);
  });

  it('needs the whole message to be the network failure', () => {
    expect(extractWrappedNetworkFailure('{"error":{"message":"Upstream fetch failed after the model answered 400: invalid tools"}}')).toEqual([]);
    expect(classify('{"error":{"message":"Internal server error","type":"api_error"}}').kind).toBe('server_error');
  });

  it("reads aiohttp's cut body as a cut connection, its parser's code 400 as no status (open-webui/pipelines#564)", () => {
    const d = classify(pasteById('b129-owui-pipelines-gemini-transfer-length-564').text);
    expect([d.kind, d.status]).toEqual(['connection', null]);
  });

  it("reads curl's HTTP/2 stream reset inside a relay's server_error as the connection that broke: its INTERNAL_ERROR is the frame's code, not a server's message (basketikun/chatgpt2api#369)", () => {
    const d = classify(pasteById('b177-curl92-stream-not-closed-369').text);
    expect([d.kind, d.retryable, d.entry]).toEqual(['connection', true, 'curl-exit-92']);
  });
});

describe('a tool is named only by its own markers', () => {
  it.each([
    // node-fetch's wording, filed under a Continue entry, pasted from chatgpt-web (Chanzhaoyu/chatgpt-web#993).
    ['z2-chatgpt-web-openai-connect-etimedout-993', 'continue-connect-etimedout'],
    // Bun's fetch wording, pasted from opencode (anomalyco/opencode#50568).
    ['b19-opencode-econnreset-socket-50568', 'bun-socket-closed'],
  ])('%s matches %s but names no tool', (id, entry) => {
    const d = classify(pasteById(id).text);
    expect(d.entry).toBe(entry);
    expect(d.client).toBeNull();
  });

  it("reads a marker's identifier only where it starts a token: undici's und_err is not in Anthropic's not_found_error (dpayne/CodeGPT.nvim#54)", () => {
    const d = classify(pasteById('b147-codegptnvim-anthropic-model-54').text);
    expect(d.kind).toBe('model_not_found');
    expect(d.client).toBeNull();
  });

  it("reads a program's one-word name only where it starts a word: Cline's `cline` is in `roo-cline`, not in \"declined\" (a Hermes Agent refusal, NousResearch/hermes-agent#57864)", () => {
    const d = classify(pasteById('b650-hermes-v4flash-refusal-57864').text);
    expect([d.kind, d.client]).toEqual(['content_filter', null]);
    expect(classify('Error: 403 REQUEST DECLINED by the content policy').client).toBeNull();
    // A stack through Cline's own checkout still names it (cline#6536).
    expect(classify(pasteById('b377-cline-sap-orchestration-400-6536').text).client).toBe('cline');
  });

  it.each([
    // Autohand CLI's compiled binary (/$bunfs/root/autohand-…) and its npm package (autohandai/code-cli#388, #182).
    ['b726-autohand-nvidia-timeout-388', 'autohand-cli'],
    ['b726-autohand-deepseek-balance-182', 'autohand-cli'],
    // The Windows binary, whose embedded file system is Bun's B:/~BUN/root/ (autohandai/code-cli#573).
    ['b733-autohand-unsupported-model-573', 'autohand-cli'],
    // GitHub Copilot CLI's package, @github/copilot (github/copilot-cli#431).
    ['b726-copilot-cli-terminated-431', 'copilot-cli'],
    // A model server's own log: vLLM's API server and engine (vllm-project/vllm#17790, #48707), llama-cpp-python's
    // server (fedora-copr/logdetective#100), not Python: the paste is the server's, its caller may be any program.
    ['b431-vllm-hermes-extra-data-17790', 'vllm'],
    ['b222-vllm-enginedead-anthropic-48707', 'vllm'],
    ['b727-logdetective-llamacpp-ctx-100', 'llama-cpp-python'],
  ])('names the program of %s from the frames only it prints: %s, not the runtime', (id, client) => {
    expect(classify(pasteById(id).text).client).toBe(client);
  });

  it("names Continue, whose error block quotes a LiteLLM proxy's exception, not LiteLLM (continuedev/continue#10907)", () => {
    const d = classify(readTraining().find((p) => p.id === 'b743-continue-litellm-no-healthy-deployments-10907')!.text);
    expect(d.client).toBe('continue');
  });

  it("reads Claude Code's native build in its stack frames, /$bunfs/root/claude (anthropics/claude-code#10591)", () => {
    const d = classify(pasteById('b657-claude-code-ssh-no-credentials-10591').text);
    expect([d.kind, d.client]).toEqual(['auth', 'claude-code']);
  });

  it("reads Claude Code's variables as its own only in its own advice: claude-code-action asks for CLAUDE_CODE_OAUTH_TOKEN too (freenet/river#36)", () => {
    const d = classify(pasteById('b285-river-claude-workflow-nokey-36').text);
    expect([d.kind, d.client]).toEqual(['auth', null]);
    expect(classify('API Error: Claude\'s response exceeded the 32000 output token maximum. To configure this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.').client).toBe('claude-code');
  });

  it("reads Cherry Studio's 错误名称 heading as its own only with the AI SDK error name it shows: Zotero AI Butler's error block copies the heading (zotero-AI-Butler#221)", () => {
    expect(classify(pasteById('b320-aibutler-openrouter-429-221').text).client).toBeNull();
    expect(classify(pasteById('z-cherry-retry-error-service-unavailable-sub2api-2348').text).client).toBe('cherry-studio');
    // Its 发生位置 line is not among Cherry's documented error labels, and other apps label a place 发生位置 too: a block
    // without an AI SDK error name names nobody.
    expect(classify(pasteById('c3-cherry-err-http2-protocol').text).client).toBeNull();
  });

  it("while a tool's own marker still names it", () => {
    expect(classify(pasteById('b16-roo-vscode-lm-rate-limit-stream-1631').text).client).toBe('roo-code');
    expect(classify(pasteById('b18-qwen-copilot-free-quota-429-5').text).client).toBe('copilot');
  });

  it("names aider by the line it prints under LiteLLM's error, not LiteLLM whose text it quotes (Aider-AI/aider#2491, #2645)", () => {
    for (const id of ['b493-aider-anthropic-20k-itpm-2491', 'b493-aider-deepseek-no-api-key-2645']) {
      expect(classify(pasteById(id).text).client, id).toBe('aider');
    }
    expect(classify("litellm.RateLimitError: AnthropicException - rate limit exceeded").client).toBe('litellm');
  });

  it("names the Gemini CLI by its own npm package in a stack frame's path (google-gemini/gemini-cli#28772)", () => {
    expect(classify(pasteById('b242-gemini-cli-terminalquota-capacity-35flash-28772').text).client).toBe('gemini-cli');
  });

  it("names LangChain by its integration packages in a traceback's paths (langchain_aws, langchain_community, langchain_nvidia_ai_endpoints)", () => {
    const ids = ['b114-multiagent-bedrock-embed-invalid-id-8', 'b512-talk-with-pdf-ratelimit-redacted-4', 'b329-genaiexamples-nvidia-malformed-token-135'];
    for (const id of ids) {
      expect(classify(pasteById(id).text).client, id).toBe('langchain');
    }
  });

  it("names Dyad by its log scope, not the Vercel AI SDK whose errors it logs (dyad-sh/dyad#1086, #1579)", () => {
    for (const id of ['b233-dyad-openrouter-toomany-1086', 'b525-dyad-gemini-badkey-1579']) {
      expect(classify(pasteById(id).text).client, id).toBe('dyad');
    }
    expect(classify('AI_APICallError: Internal server error').client).toBe('vercel-ai-sdk');
  });

  it("reads Claude Code's \"Please run /login\" as its own, not GitHub Copilot CLI's \"you may need to run /login\" (github/copilot-cli#829)", () => {
    const copilot = classify(pasteById('b593-copilotcli-authtoken-401-829').text);
    expect([copilot.kind, copilot.status, copilot.client]).toEqual(['auth', 401, null]);
    // Claude Code's own advice after Bedrock's expired token (anthropics/claude-code#28032).
    expect(classify(pasteById('b37-cc-bedrock-expired-token-403-28032').text).client).toBe('claude-code');
  });

  it("names Claude Code by its own package in a stack frame's path, where only Node's frames showed before (anthropics/claude-code#820, #6358)", () => {
    for (const id of ['b385-claude-code-prompt-too-long-820', 'b270-claudecode-413-context-window-6358']) {
      expect(classify(pasteById(id).text).client, id).toBe('claude-code');
    }
  });

  it("names Python's runtime, not the curl command line, for curl_cffi's \"Failed to perform, curl: (N)\" (Stone-Candy/StoneCandy-Translator#1)", () => {
    const d = classify(pasteById('b80-stonecandy-curl-ollama-refused-1').text);
    expect([d.kind, d.client, d.runtime]).toEqual(['connection', null, 'python']);
    const curl = classify('curl: (7) Failed to connect to localhost port 11434 after 0 ms: Could not connect to server');
    expect([curl.client, curl.runtime]).toEqual([null, 'curl']);
  });

  it("names a runtime as the runtime, not as the printer: a Python traceback or a Node stack comes from some program the paste does not name", () => {
    const python = classify(pasteById('n-py-httpcore-ssl-local-issuer-aider-2175').text);
    expect([python.client, python.runtime]).toEqual([null, 'python']);
    // A program's own marker names the program, and then no runtime is reported beside it.
    const aider = classify(pasteById('b493-aider-anthropic-20k-itpm-2491').text);
    expect([aider.client, aider.runtime]).toEqual(['aider', null]);
  });
});

describe('the provider a paste names most strongly', () => {
  it("names the one-api / new-api relay by its request-id suffix, which starts with the date, and not for GitHub's own capitalised '(Request ID: 2C32:…)' (copilot-cli#2691; 133 non-relay training and held-out pastes carry GitHub's form)", () => {
    expect(classify(pasteById('z2-oneapi-glm4-temperature-illegal-1141').text).provider).toBe('relay');
    expect(classify(pasteById('b995-copilot-cli-policy-denied-after-update-2691').text).provider).not.toBe('relay');
  });

  it("picks its entry over another provider's that shares the words: Model Studio's insufficient_quota is a token rate limit (qwen-code#23)", () => {
    const d = classify(pasteById('b33-qwen-cli-429-insufficient-quota-resend-23').text);
    expect([d.provider, d.entry, d.kind, d.retryable]).toEqual(['dashscope', 'dashscope-rate-limit', 'rate_limit', true]);
  });

  it("reads whose body it is where two providers share its words: OpenAI's invalid_request_error object has a param field, Anthropic's envelope none (ruby-mcp-client#3)", () => {
    const d = classify(pasteById('b179-ruby-mcp-client-no-model-3').text);
    expect([d.kind, d.entry, d.provider]).toEqual(['invalid_request', 'openai-invalid-request', 'openai']);
    const anthropic = classify('{"type":"error","error":{"type":"invalid_request_error","message":"messages: text content blocks must be non-empty"}}');
    expect([anthropic.entry, anthropic.provider]).toEqual(['anthropic-invalid-request', 'anthropic']);
  });

  it("weighs Google's error model as Vertex AI's as much as the Gemini API's: Vertex's own words decide (its docs link, continuedev/continue#8967)", () => {
    expect(classify(pasteById('b5-vx-resource-exhausted-continue-8967').text).provider).toBe('vertex-ai');
    expect(classify('{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}} POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent').provider).toBe('gemini');
  });

  it("does not name DeepSeek for its open-weights models served elsewhere, only for its API's own marks (minuet-ai.el#14, cline#13112, 9router#2397)", () => {
    // Ollama serving deepseek-coder: the model's name is not the provider.
    expect(classify(pasteById('b910-minuet-ollama-insert-14').text).provider).toBe(null);
    // The API's 2026 model ids and an agent's or gateway's own naming of the upstream are.
    expect(classify(pasteById('b116-cline-dsv4flash-timeout-13112').text).provider).toBe('deepseek');
    expect(classify(pasteById('b554-9router-deepseekv4-thinking-passback-2397').text).provider).toBe('deepseek');
    expect(classify('openai.AuthenticationError: Error code: 401 - POST https://api.deepseek.com/chat/completions').provider).toBe('deepseek');
  });

  it("reads OpenAI's wording that compatible providers copy as OpenAI's where the paste names no provider, and names none (BELLE#54); DeepSeek's entry where it names DeepSeek", () => {
    const openaiWording = classify(pasteById('b101-belle-davinci-ctx-54').text);
    expect([openaiWording.kind, openaiWording.entry, openaiWording.provider]).toEqual(['context_length', 'openai-context-length-exceeded', null]);
    const deepseek = classify(pasteById('b101-belle-davinci-ctx-54').text.replace('OpenAIError', 'deepseek-chat'));
    expect([deepseek.entry, deepseek.provider]).toEqual(['deepseek-context-length-exceeded', 'deepseek']);
  });

  it('and names no provider where neither the words nor the shape say whose it is', () => {
    const d = classify('HTTP 400 invalid_request_error: the request could not be processed');
    expect([d.kind, d.provider]).toEqual(['invalid_request', null]);
  });
});

describe('a server error whose message is the server\'s own crash', () => {
  it.each([
    // A relay's Go JSON decoder choking on an audio body it expected as JSON (QuantumNous/new-api#155).
    ['b185-new-api-tts-unmarshal-155', 'looking for beginning of value'],
    // A model server's OpenAI-compatible extension missing a key in its own parameters (oobabooga/textgen#3718).
    ['b241-textgen-openai-ext-keyerror-500-3718', "KeyError('guidance_scale')"],
    // LM Studio's model process gone, as OpenCode showed it (lmstudio-ai/lmstudio-bug-tracker#2255).
    ['b600-lmstudio-mlx-crash-concurrent-2255', 'model has crashed'],
    // MLX generating outside the thread that owns its GPU stream, in a model server's log (jjang-ai/vmlx#139).
    ['b602-vmlx-stream-gpu-thread-139', 'no Stream(gpu, 0) in current thread'],
    // A model server that cannot load the model at all: llama.cpp's loader meeting an architecture its build predates
    // (abetlen/llama-cpp-python#1994), LM Studio unable to allocate a cache (lmstudio-bug-tracker#2321), vLLM refusing a
    // context its KV cache cannot hold (Graph-COM/SubgraphRAG#19). Only a newer server or another setting changes it.
    ['b617-llamacpppy-llama4-arch-1994', 'error loading model'],
    ['b617-lmstudio-rs-cache-alloc-2321', 'Failed to load model'],
    ['b617-subgraphrag-vllm-kvcache-maxlen-19', 'stored in KV cache'],
    // Ollama with no runner build it can start on this machine (pepperoni21/ollama-rs#83: "no suitable llama servers
    // found"): every request meets it until Ollama is reinstalled or its libraries are found.
    ['b634-ollama-rs-no-suitable-llama-servers-83', 'no suitable llama servers found'],
    // A relay that ends its stream with a "[DONE]" the client cannot read as an SSE line (CherryHQ/cherry-studio#4080:
    // `" [DONE]"` with a leading space; Wei-Shaw/claude-relay-service#740 in a Gemini stream): every stream ends that way
    // until the relay is fixed.
    ['b627-cherry-relay-space-done-4080', '[DONE]\\" is not valid JSON'],
    ['b627-claude-relay-gemini-done-740', '[DONE]" is not valid JSON'],
    // mlx-serve's own wording of it (ddalcu/mlx-serve#144: `"type":"model_load_failed"`).
    ['b617-mlxserve-model-load-failed-144', 'Model load failed'],
    // llama-cpp-python's, through LangChain's LlamaCpp (Future-House/paper-qa#114).
    ['b619-paperqa-llamacpp-winerror-114', 'Could not load Llama model'],
    // Hugging Face TGI failing inside a generation, a tensor on the wrong device (huggingface/text-generation-inference#375).
    ['b606-tgi-cpu-cuda-tensor-375', 'Request failed during generation'],
    // oMLX's uncaught exception for a model type its build does not know (jundot/omlx#955).
    ['b819-omlx-deepseek-v4-unsupported-955', '→ 500 (unhandled)'],
    // A Python model server's own exception in its 500: a variable the handler never set (aws/amazon-sagemaker-examples#1809).
    ['b629-sm-examples-pred-unbound-1809', 'referenced before assignment'],
  ])("%s is a server error whose message is the server's own crash: the same request meets the same bug", (id, crash) => {
    const text = pasteById(id).text;
    expect(extractServerBug(text).map((e) => e.text)).toEqual([crash]);
    expect(classify(text)).toMatchObject({ kind: 'server_error', retryable: false });
  });

  it.each([
    // Ollama's own server answering with it (ollama/ollama#17638).
    'b617-ollama-gptoss-toolparse-500-17638',
    // Continue quoting it from Ollama, with the Go decoder's words in it (continuedev/continue#10711).
    'b617-continue-ollama-toolparse-openfile-10711',
  ])("Ollama failing to parse the model's own tool call is a server error worth another try, the model may write it right next time (%s)", (id) => {
    const d = classify(pasteById(id).text);
    expect([d.kind, d.retryable]).toEqual(['server_error', true]);
  });

  it("Python's other tells of a handler's bug, in a server's 500, are the same (LiteLLM's `cannot access local variable`, Ray Serve's `'NoneType' object has no attribute`)", () => {
    expect(extractServerBug('{"error":{"message":"cannot access local variable \'extra_information\' where it is not associated with a value"}}').map((e) => e.text)).toEqual(['cannot access local variable']);
    expect(extractServerBug("original exception: 'NoneType' object has no attribute 'split'").map((e) => e.text)).toEqual(["'NoneType' object has no attribute"]);
    // Node's `Cannot read properties of undefined` is as often the client's own crash on a passing error's body.
    expect(extractServerBug("Error: HTTP 502: Cannot read properties of undefined (reading 'test')")).toEqual([]);
  });

  it("a server error that only reports a passing fault is still retried: no crash named, no bug assumed", () => {
    expect(extractServerBug('{"error":{"message":"The server had an error while processing your request.","type":"server_error"}}')).toEqual([]);
    expect(classify('openai.InternalServerError: Error code: 500 - {\'error\': {\'message\': \'The server had an error processing your request.\', \'type\': \'server_error\'}}').retryable).toBe(true);
  });
});
