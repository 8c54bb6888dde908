// Gemini: read which quota a 429 names and tell a per-minute limit from a daily or tier cap.
import { ApiError, GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash';
const ai = new GoogleGenAI({}); // GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL; limits apply per project, not per key

try {
  console.log((await ai.models.generateContent({ model: MODEL, contents: 'ping' })).text);
} catch (err) {
  if (!(err instanceof ApiError) || err.status !== 429) throw err;
  const details = JSON.parse(err.message).error?.details ?? []; // the SDK puts the JSON body in message
  const quotas = details.flatMap((d) => d.violations ?? []); // google.rpc.QuotaFailure
  const delay = details.find((d) => d.retryDelay)?.retryDelay; // google.rpc.RetryInfo
  for (const q of quotas) console.error('quota:', q.quotaId, 'limit:', q.quotaValue);
  const daily = quotas.some((q) => /PerDay/.test(q.quotaId ?? ''));
  console.error(daily ? 'A daily quota: it resets at midnight Pacific time.' : `A per-minute limit: wait ${delay ?? 'about 30s'} and retry with backoff.`);
  if (quotas.some((q) => /FreeTier/.test(q.quotaId ?? '') || String(q.quotaValue) === '0')) {
    console.error('Free-tier (or zero) quota: link a billing account to the project to reach Tier 1; AI Studio shows your limits.');
  }
  process.exit(1);
}
