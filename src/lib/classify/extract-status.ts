import { CJK_RANGES as CJK } from '../cjk';
import type { Evidence } from './types';

/**
 * Where a paste states an HTTP status, most trustworthy first. Each pattern captures the status in group 1;
 * the weight says how sure that wording is to be a response status rather than some other number.
 */
export interface StatusPattern {
  pattern: RegExp;
  weight: number;
  first?: boolean;
  /** The status inside group 1 when group 1 is a wider part of the text (a page title). */
  pick?: (group: string) => string | undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The status wordings, with the HTTP reason phrases of `statuses.json` (longest first, so alternatives never overlap badly). */
export function statusPatterns(reasonPhrases: readonly string[]): StatusPattern[] {
  const reasons = [...new Set(reasonPhrases)].sort((a, b) => b.length - a.length).map(escape).join('|');
  // Last, a status followed by its reason phrase (`429 Too Many Requests`, `404: Not Found`).
  return [...FIXED_PATTERNS, { pattern: new RegExp(`(\\d{3}):? ?["“']?(?:${reasons})\\b`, 'gi'), weight: 4 }];
}

const FIXED_PATTERNS: readonly StatusPattern[] = [
  // The Python SDKs' `Error code: 429 - {…}`, and Cloudflare's plain-text `error code: 522` body.
  { pattern: /\bError code: ?(\d{3})(?!\d)/gi, weight: 5 },
  // Claude Code's `API Error: 429 {…}` and `API Error (model): 500`.
  { pattern: /\bAPI Error(?: \([^()\n]{1,80}\))?:? (?:Repeated )?\(?(\d{3})(?!\d)/g, weight: 5 },
  // Cloudflare's own error page links its 5xx help with the status it served (`5xx-error-landing?utm_source=errorcode_502`),
  // though a copied page may have lost its title.
  { pattern: /\butm_source=errorcode_(\d{3})(?!\d)/g, weight: 4 },
  // An HTTP status line: `HTTP/1.1 429 Too Many Requests`.
  { pattern: /\bHTTP\/[\d.]{1,3} (\d{3})(?!\d)/g, weight: 5 },
  // A request line in quotes and the status after it: urllib3's debug log and access logs (`"POST /v1/chat/completions
  // HTTP/1.1" 429 206`, `"GET /api/v1/model HTTP/1.1" 404 -`). It weighs least: in a server's own access log the line is
  // what the server answered its client, and a status the paste states otherwise says more about the failure.
  { pattern: /"[A-Z]{3,7} [^"\s]{1,300} HTTP\/[\d.]{1,3}" (\d{3})(?!\d)/g, weight: 2 },
  // openai-node and the SDKs generated like it: `${status} status code (no body)`, and `APIError: 400 Unknown parameter…`
  // behind a minified class name (`Error: Ws: 400 …`).
  { pattern: /(?<!\d)(\d{3}) status code(?: \(no body\))?/g, weight: 5 },
  // `${status} ${message}` after any program's words and a colon: `…sending the chunks to OpenAI: 400 Invalid file
  // format.`, `Encountered an error while attempting to respond: 404 This is not a chat model`, `Error generating with
  // OpenAI: qH: 400 Unsupported…`.
  { pattern: /(?<=\w: )([45]\d\d) (?=[A-Z][a-z]|["{[]|[45]\d\d [A-Z])/g, weight: 3 },
  // Node's inspect of a minified SDK error whose class was renamed: `sE [Error]: 400 Billing hard limit…`.
  { pattern: /^\w{1,40} \[\w{0,40}Error\]: (\d{3}) (?=[A-Z{])/gm, weight: 4 },
  // An error class or message with the status after it, up to three words between (`API error after payment: 524`,
  // KOReader askgpt's `Error querying ChatGPT API: 429`), or closing a parenthesis (`(ChatGPTAPI error 403)`), or before
  // the request it answered (LangChain's Mistral client: `Error response 500 while fetching https://…`).
  {
    pattern: new RegExp(`(?:Error|Exception|BadRequest|NotFound|Forbidden|Unauthorized|TooManyRequests|ServiceUnavailable|ResourceExhausted|PermissionDenied|InvalidArgument|FailedPrecondition|DeadlineExceeded|\\berror)(?: [A-Za-z_]{1,20}){0,3}(?:[:,] ?| )?\\[?(\\d{3})(?!\\d)\\]?[,:]? {0,2}(?:\\. (?=\\S)|(?:- )?(?=[A-Z{[<"'“，。：${CJK}]|POST|GET|while|[a-z]+_error|message=|\\)|\\n|$))`, 'g'),
    weight: 4,
  },
  // Spring AI's `NonTransientAiException: 401 - {…}` / `TransientAiException: 503 - upstream …`: status, dash, body.
  { pattern: /(?:Exception|Error): (\d{3}) - (?=\S)/g, weight: 4 },
  // A line that starts with the status and then the message (`403 Sorry, your account balance is insufficient`).
  { pattern: new RegExp(`^[^\\w\\s]{0,4}[ \\t]{0,8}(\\d{3}) (?:- )?(?=[{[<"“${CJK}]|status code|[A-Z][a-z]{1,20}[ ,'’])`, 'gm'), weight: 3 },
  // The same before a message in lower case: `500 do request failed: …`, `500 token plan quota exhausted`.
  { pattern: /^([45]\d\d) (?=[a-z]{2,} [a-z])/gm, weight: 3 },
  // "HTTP" and a status: `HTTP 401`, `http_status: 500`, `HTTPError 503`, `HTTP ERROR: 404`.
  { pattern: /\b(?:HTTP|http)[ _-]?(?:status|code|error|Status|Code|Error|STATUS|CODE|ERROR)?(?::? ?|_)(\d{3})(?!\d)/g, weight: 4 },
  // A status field: `status: 429`, `"status_code": 500`, an access log's `"response_code":"503"` (Envoy).
  { pattern: /\b(?:(?:http_?)?status(?:[ _-]?code)?|response_code)["']?\s{0,2}[:=\s]\s{0,2}["']?(\d{3})(?!\d)/gi, weight: 4 },
  // A status in words: `returned 401`, `got status 500`, `failed with status code 403`, a gateway's `received 400 error`.
  { pattern: /\b(?:Last status|returned(?: error| status)?|received|response code(?: was)?|got status|statusCode|status_code|failed with(?: status(?: code)?)?|status code of|responded with a status of)[:=]? ?(\d{3})(?!\d)/gi, weight: 4 },
  // The AWS SDK for JavaScript's error metadata: `"$metadata": { "httpStatusCode": 400, … }`.
  { pattern: /["']?httpStatusCode["']?\s{0,2}:\s{0,2}(\d{3})(?!\d)/g, weight: 4 },
  // A JSON message or error string that starts with the status: `"message": "429 …`, `{"error":"500 'async for' …`.
  { pattern: /(?:["']|\b)(?:message|error)["']?\s{0,2}:\s{0,2}["'](\d{3}) /g, weight: 4 },
  // g4f's ResponseStatusError and tools like it: `Response 403: recaptcha validation failed`.
  { pattern: /\bResponse (\d{3}): /g, weight: 4 },
  // The ws library's refused WebSocket handshake, as Node clients of realtime and speech APIs pass it on (Azure's Speech
  // SDK: `Unable to contact server. StatusCode: 1006, undefined Reason: Unexpected server response: 401`).
  { pattern: /\bUnexpected server response: (\d{3})(?!\d)/g, weight: 4 },
  // The first `"code": 429` field.
  { pattern: /["']code["']\s{0,2}:\s{0,2}["']?(\d{3})(?!\d)/g, weight: 3, first: true },
  // A status inside Chinese text: `请求失败（429 …`.
  { pattern: new RegExp(`[${CJK}（](\\d{3})(?=[ ${CJK}])`, 'g'), weight: 3 },
  // 状态码 / 响应码 (status code) and the status.
  { pattern: /(?:状态码|响应码)[:：]?\s{0,2}(\d{3})(?!\d)/g, weight: 4 },
  // 错误码 / 错误代码 is often a provider's own code (智谱 1113): only a 4xx or 5xx of exactly three digits reads as a status.
  { pattern: /错误代?码[:：]?\s{0,2}([45]\d\d)(?!\d)/g, weight: 3 },
  // .NET's HttpRequestException from EnsureSuccessStatusCode() in any of its translations, for a status it has no reason
  // phrase for: the status and empty parentheses (`A válasz állapotkódja nem sikert jelez: 529 ().`; with a phrase,
  // `… 404 (Not Found).`, the reason-phrase wording reads it).
  { pattern: /(?<!\d)([45]\d\d) \(\)/g, weight: 3 },
  // A status alone in parentheses on a line of its own (`Failed to load response from api.openai.com:\n(429)`).
  { pattern: /^[ \t]{0,8}\(([45]\d\d)\)[ \t]*$/gm, weight: 3 },
  // A log's arrow from a request to its answer: `POST /v1/messages → 422: […]` (oMLX), `GET chat.qwen.ai → 503`.
  { pattern: /→ ([45]\d\d)(?!\d)/g, weight: 3 },
  // A program's failure and the status alone at the end of its line: `Failed to get completion: 429`.
  { pattern: /\bFailed to [a-z]{2,20}(?: [a-z]{2,20}){0,2}: ([45]\d\d)[ \t]*$/gim, weight: 3 },
  // A proxy's log of the answer it got: `Received HTTP/2.0 response 500` (YARP).
  { pattern: /\bHTTP\/[\d.]{1,3} response (\d{3})(?!\d)/g, weight: 4 },
  // A status before the request it answered: `1: 401 GET https://api.anthropic.com/v1/models` (an error chain's line),
  // or before the URL alone at the start of a line (`404 https://api.deepseek.com/anthropic/v1/models`).
  { pattern: /(?<!\d)([45]\d\d) (?:GET|POST|PUT|PATCH|DELETE) https?:\/\//g, weight: 4 },
  { pattern: /^([45]\d\d) https?:\/\/\S/gm, weight: 3 },
  // A status in parentheses after a word: `Unauthorized (401)`; not a count after "tokens" (`max-sampled tokens (512)`).
  { pattern: new RegExp(`(?<!\\btokens? ?)(?:[\\w${CJK}]\\s?)\\((\\d{3})\\)`, 'g'), weight: 3 },
  // A status in brackets: `[429]`, `[503 UNAVAILABLE`; not a number right after another bracketed tag, a log's job id
  // (Karakeep's `[inference][426] Starting an inference job`).
  { pattern: /(?<!\])\[(\d{3})(?:\]| [A-Z_]{4,})/g, weight: 3 },
  // An access log's status column: `| 404 |` (Gin).
  { pattern: /\| (\d{3}) \|/g, weight: 3 },
  // The page title's first number of three digits (`api.example.com | 524: A timeout occurred`), read in two steps so
  // no repetition in one expression can trade characters with another.
  { pattern: /<title>([^<]{0,170})<\/title>/gi, weight: 4, pick: (title) => /(?<!\d)\d{3}(?!\d)/.exec(title)?.[0] },
  // Cloudflare's error page: `Error code 524`.
  { pattern: /\bError(?: code)? (5\d\d)\b/g, weight: 4 },
  // `Error 429: …`.
  { pattern: /\bError ([45]\d\d): (?=\w)/g, weight: 4 },
  // Google's own error page: `502. That’s an error.`
  { pattern: /\b([45]\d\d)\. That[’']s an error\b/g, weight: 4 },
  // A status and a colon at the start of a message: `429: Too many requests`, `（500: 服务器错误`.
  { pattern: new RegExp(`(?:^|[|(。：，]\\s?|\\w: )([45]\\d\\d): (?=[A-Z{${CJK}])`, 'gm'), weight: 3 },
  // A relay's own field (`"error_code":401`) and its upstream's status in a log line (`Upstream 429: {…}`); a
  // Chinese sentence's full-width parentheses (`服务商拒绝了请求（401）`). Only a 4xx or 5xx reads as a status.
  { pattern: /["']error_code["']\s{0,2}:\s{0,2}([45]\d\d)(?!\d)/g, weight: 3 },
  // A log line's `Upstream 429: {…}`.
  { pattern: /\bUpstream ([45]\d\d): /gi, weight: 4 },
  // GitHub Copilot Chat's reason line: `Reason: Request Failed: 400 {…}` (原因: Request Failed: 408 {…}).
  { pattern: /\bRequest Failed: ([45]\d\d) (?=[{[])/g, weight: 4 },
  // A status in full-width parentheses: `（401）`.
  { pattern: /（([45]\d\d)）/g, weight: 3 },
  // A browser console's request line: `POST https://…/chat/completions 400 (Bad Request)`.
  { pattern: /\b([45]\d\d) \((?=[A-Z][A-Za-z ]{2,40}\))/g, weight: 3 },
  // The same line without the reason, as Chrome prints a failed fetch at the end of a console line: `POST https://…/v1/chat/completions 401`,
  // or before the script that made the call (`POST https://…/v1/chat/completions 404        gpt4-api.js:130`).
  { pattern: /\b(?:GET|POST|PUT|PATCH|DELETE) https?:\/\/\S{1,300} ([45]\d\d)(?:[ \t]{2,80}[\w.-]{1,80}:\d{1,6})?$/gm, weight: 3 },
  // A relay's report of the status its upstream answered with (`"upstream_status":503`): the failure's own status.
  { pattern: /["']?upstream_status["']?\s{0,2}:\s{0,2}(\d{3})(?!\d)/g, weight: 5 },
  // Python SDK errors printed without the word Error (`code: 400 - {…}`), unquoted JS objects (`code: 524,`), the
  // Ollama client of knowledge-storm (`Error: CODE 500 - {"error":…}`) and a bot's `{"detail":…} (code: 403)`.
  { pattern: /\b(?:code:|CODE) ([45]\d\d)(?: - (?=[{[])|,|\))/g, weight: 3 },
  // A program's report of a failed call (`API call failed: 403 - The bearer token…`, `failed: 429 Provider returned
  // error`), in English or Chinese (`API 返回 429: <html>…`), and Copilot Chat's refused token (`Reason: token expired or
  // invalid: 403`). Only a 4xx or 5xx followed by a dash, a colon, a capital, a body or the end of a line reads as a status.
  { pattern: /\b(?:failed|Failed|FAILED|or invalid): ([45]\d\d)(?:(?: -|:) | (?=[A-Z{])|\.?(?=\r?\n|$))/g, weight: 3 },
  // A program's name for the API before the status: `Google Gemini API 400 Error: "User location is not supported"`.
  { pattern: /\bAPI ([45]\d\d) Error\b/g, weight: 4 },
  // 返回 (returned) and a status: `API 返回 429: …`.
  { pattern: /返回 ?([45]\d\d) ?[:：]/g, weight: 3 },
  // 请求失败: 504, 调用失败：401 (a Chinese app's "failed: status").
  { pattern: /失败[:：]\s?([45]\d\d)(?!\d)/g, weight: 3 },
  // OkHttp's response in Java and Kotlin logs: `Response{protocol=h2, code=404, message=, url=…}`.
  { pattern: /\bResponse\{protocol=[\w/.]{1,12}, code=(\d{3})(?!\d)/g, weight: 4 },
  // A JavaScript error object printed after its status: `[ERROR] 429 [object Object]`.
  { pattern: /(?<!\d)([45]\d\d) \[object Object\]/g, weight: 3 },
  // Swift's Alamofire: `Response status code was unacceptable: 404.` (its `unacceptableStatusCode(code: 401)`, Dart
  // Dio's `…returned an invalid status code of 429.` and `Error: 400 messages.1.content…` are read by other wordings).
  { pattern: /\bstatus code was unacceptable: (\d{3})(?!\d)/g, weight: 4 },
  // .NET's WebException (PowerShell, Unity): `The remote server returned an error: (404) Not Found.`
  { pattern: /\bremote server returned an error: \((\d{3})\)/g, weight: 4 },
  // DashScope's SDKs and LiteLLM's DashscopeException: `<400> InternalError.Algo.InvalidParameter: …`.
  { pattern: /<([45]\d\d)> (?=[A-Z][A-Za-z]{2,30}\.)/g, weight: 4 },
  // Python requests' raise_for_status(): `401 Client Error: Unauthorized for url: …`, `503 Server Error: …`.
  { pattern: /(?<!\d)([45]\d\d) (?:Client|Server) Error\b/g, weight: 5 },
  // httpx's raise_for_status, also when the server sent no reason phrase: `Client error '400 ' for url '…'`.
  { pattern: /\b(?:Client|Server) error '(\d{3})[ ']/g, weight: 5 },
  // openai-node's APIError whatever its message (`Error: 500 true`), known by the frame that built it.
  { pattern: /^[ \t]{0,8}(?:\[\w{1,20}\] )?(?:\w{1,20}: )?Error: ([45]\d\d)\b[^\n\r\u2028\u2029]{0,300}\r?\n[ \t]{1,12}at APIError\.generate\b/gm, weight: 5 },
  // The debug log of openai-node and the Anthropic TypeScript SDK (their DEBUG env): `OpenAI:DEBUG:response (error;
  // (error; not retryable)) 401 https://api.openai.com/v1/chat/completions {…headers}`.
  { pattern: /\bresponse \(error; [^\n]{0,80}?\) ([45]\d\d) https?:\/\//g, weight: 4 },
  // Go net/http's default 404 body, which a gateway or server without the route answers with.
  { pattern: /(?<!\d)(404) page not found\b/g, weight: 4 },
  // Google's @google/generative-ai JS SDK: `Error fetching from https://…:generateContent: [403 Forbidden] …`.
  { pattern: /\bError fetching from \S{1,300}: \[([45]\d\d)\b/g, weight: 4 },
  // A program's report of a status beside the body it got: `请求失败: 403, {"detail":…}`.
  { pattern: /[:：]\s?([45]\d\d), (?=\{)/g, weight: 3 },
  // aiohttp's ClientResponseError: `404, message='Not Found', url=URL('https://…')` (its __str__: status, message, url).
  { pattern: /(?<!\d)([45]\d\d), message=['"]/g, weight: 4 },
  // google-api-core's field violations: `400 * GenerateContentRequest.tools[0]…: Invalid function name.`
  { pattern: /(?<!\d)([45]\d\d) \*\s{1,40}[A-Z]\w{2,60}Request\b/g, weight: 3 },
];

const MIN_STATUS = 400;
const MAX_STATUS = 599;
const MAY_HOLD_STATUS = /[45]\d\d/;
/**
 * aiohttp's errors for a body cut short (`<TransferEncodingError: 400, message='Not enough data to satisfy transfer
 * length header.'>`, `ContentLengthError: 400`) carry its parser's code 400, not a status any server sent.
 */
const PARSER_CODE = /(?:TransferEncodingError|ContentLengthError): $/;

export interface StatusFinding {
  status: number | null;
  evidence: Evidence[];
}

/** The status that the strongest and latest wording in the text states, with the wording as evidence. */
export function extractStatus(text: string, patterns: readonly StatusPattern[]): StatusFinding {
  // Every wording captures the status's own three digits: without a 4 or 5 before two digits, none can state one.
  if (!MAY_HOLD_STATUS.test(text)) return { status: null, evidence: [] };
  const score = new Map<number, { weight: number; last: number; text: string }>();
  for (const { pattern, weight, first, pick } of patterns) {
    pattern.lastIndex = 0;
    let count = 0;
    const limit = first ? 1 : 200;
    for (let m = pattern.exec(text); m !== null && count < limit; m = pattern.exec(text), count++) {
      const status = Number(pick ? pick(m[1]!) : m[1]);
      if (!(status >= MIN_STATUS && status <= MAX_STATUS)) continue;
      if (PARSER_CODE.test(text.slice(Math.max(0, m.index - 24), m.index + m[0].indexOf(m[1]!)))) continue;
      const seen = score.get(status);
      const strongest = !seen || weight >= seen.weight;
      score.set(status, {
        weight: Math.max(weight, seen?.weight ?? 0),
        last: Math.max(m.index, seen?.last ?? 0),
        text: strongest ? m[0].trim() : seen.text,
      });
    }
  }
  let best: [number, { weight: number; last: number; text: string }] | undefined;
  for (const candidate of score) {
    if (!best || candidate[1].weight > best[1].weight || (candidate[1].weight === best[1].weight && candidate[1].last > best[1].last)) {
      best = candidate;
    }
  }
  if (!best) return { status: null, evidence: [] };
  return { status: best[0], evidence: [{ type: 'status', text: best[1].text.slice(0, 120) }] };
}

const IDENTIFIER_CHAR = /[a-z0-9_]/;

/** Whether the phrase occurs as words of their own, not inside an identifier (`forbidden`, not `extra_forbidden`). */
function occursAlone(lowerText: string, phrase: string): boolean {
  for (let at = lowerText.indexOf(phrase); at !== -1; at = lowerText.indexOf(phrase, at + 1)) {
    const before = lowerText[at - 1] ?? ' ';
    const after = lowerText[at + phrase.length] ?? ' ';
    if (!IDENTIFIER_CHAR.test(before) && !IDENTIFIER_CHAR.test(after)) return true;
  }
  return false;
}

/** A status implied by a wording (`statuses.json` "implied"), with the phrase that implies it. */
export function impliedStatus(lowerText: string, implied: readonly { status: number; phrases: readonly string[] }[]): { status: number; phrase: string } | null {
  for (const { status, phrases } of implied) {
    const phrase = phrases.find((p) => occursAlone(lowerText, p));
    if (phrase) return { status, phrase };
  }
  return null;
}
