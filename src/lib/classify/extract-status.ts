import type { Evidence } from './types';

/**
 * Where a paste states an HTTP status, most trustworthy first. Each pattern captures the status in group 1;
 * the weight says how sure that wording is to be a response status rather than some other number.
 */
const STATUS_PATTERNS: readonly { pattern: RegExp; weight: number; label: string }[] = [
  { pattern: /\bError code: (\d{3})\b/g, weight: 5, label: 'Python SDK "Error code"' },
  { pattern: /\bAPI Error:? \(?(\d{3})\b/g, weight: 5, label: 'Claude Code "API Error"' },
  { pattern: /\bHTTP\/[\d.]{1,3} (\d{3})\b/g, weight: 5, label: 'HTTP status line' },
  { pattern: /\b(?:Error|Exception|Failed|status|Status|Code|code|error)[\w.]{0,40}: (\d{3}) (?=[A-Z{[<"'])/g, weight: 4, label: 'error class with status' },
  { pattern: /^\s{0,8}(?:[\w.]{0,60}(?:Error|Exception)[:\s]+)?(\d{3}) (?=[{[<"]|status code|You |Invalid|Incorrect|The |Request|No |Provider|Insufficient|Rate|Model|This |Your |\w+ \w+)/gm, weight: 3, label: 'message starting with a status' },
  { pattern: /\b(?:HTTP|http)[ _-]?(?:status|code|error)?:? ?(\d{3})\b/g, weight: 4, label: '"HTTP" and a status' },
  { pattern: /\bstatus(?:[ _-]?code)?["']?\s{0,2}[:=]\s{0,2}["']?(\d{3})\b/gi, weight: 4, label: 'status field' },
  { pattern: /\bstatus code:? (\d{3})\b/gi, weight: 4, label: '"status code"' },
  { pattern: /\b(?:Last status|returned error|response code|got status|statusCode|status_code)[:=]? ?(\d{3})\b/gi, weight: 4, label: 'status wording' },
  { pattern: /["']code["']\s{0,2}:\s{0,2}["']?(\d{3})\b/g, weight: 3, label: '"code" field' },
  { pattern: /状态码[:：]?\s{0,2}(\d{3})\b/g, weight: 4, label: '状态码' },
  { pattern: /<title>[^<]{0,80}?(\d{3})[^<]{0,80}<\/title>/gi, weight: 4, label: 'HTML page title' },
  { pattern: /\bError code (5\d\d)\b/g, weight: 4, label: 'Cloudflare error page' },
  { pattern: /\b(\d{3}) (?:Too Many Requests|Bad Request|Unauthorized|Forbidden|Not Found|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Payment Required|Request Entity Too Large|Payload Too Large|Unprocessable Entity|Method Not Allowed|Not Allowed|Request Time-?out|Conflict)\b/gi, weight: 4, label: 'status with reason phrase' },
];

const MIN_STATUS = 400;
const MAX_STATUS = 599;

export interface StatusFinding {
  status: number | null;
  evidence: Evidence[];
}

/** The status that the strongest and latest wording in the text states, with the wording as evidence. */
export function extractStatus(text: string): StatusFinding {
  const score = new Map<number, { weight: number; last: number; text: string; label: string }>();
  for (const { pattern, weight, label } of STATUS_PATTERNS) {
    pattern.lastIndex = 0;
    let count = 0;
    for (let m = pattern.exec(text); m !== null && count < 200; m = pattern.exec(text), count++) {
      const status = Number(m[1]);
      if (status < MIN_STATUS || status > MAX_STATUS) continue;
      const seen = score.get(status);
      const strongest = !seen || weight >= seen.weight;
      score.set(status, {
        weight: Math.max(weight, seen?.weight ?? 0) + (seen ? 0.25 : 0),
        last: Math.max(m.index, seen?.last ?? 0),
        text: strongest ? m[0].trim() : seen.text,
        label: strongest ? label : seen.label,
      });
    }
  }
  let best: [number, { weight: number; last: number; text: string; label: string }] | undefined;
  for (const candidate of score) {
    if (!best || candidate[1].weight > best[1].weight || (candidate[1].weight === best[1].weight && candidate[1].last > best[1].last)) {
      best = candidate;
    }
  }
  if (!best) return { status: null, evidence: [] };
  return { status: best[0], evidence: [{ type: 'status', text: best[1].text.slice(0, 120), note: best[1].label }] };
}
