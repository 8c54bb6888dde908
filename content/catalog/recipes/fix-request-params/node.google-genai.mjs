// Gemini: use Gemini's option names (the SDK drops unknown config keys), and read fieldViolations on a 400.
import { ApiError, GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash';
const ai = new GoogleGenAI({}); // GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL
const RENAME = { max_tokens: 'maxOutputTokens', max_completion_tokens: 'maxOutputTokens', stop: 'stopSequences', n: 'candidateCount' };
const geminiConfig = (options) => Object.fromEntries(Object.entries(options).map(([k, v]) => [RENAME[k] ?? k, v]));

try {
  const reply = await ai.models.generateContent({ model: MODEL, contents: 'ping', config: geminiConfig({ max_tokens: 256, stop: ['\n\n'] }) });
  console.log(reply.text);
} catch (err) {
  if (!(err instanceof ApiError) || err.status !== 400) throw err;
  const body = JSON.parse(err.message); // the SDK puts the JSON error body in message
  for (const d of body.error?.details ?? []) for (const v of d.fieldViolations ?? []) console.error('rejected field:', v.field, '-', v.description);
  console.error(body.error?.message);
  process.exit(1);
}
