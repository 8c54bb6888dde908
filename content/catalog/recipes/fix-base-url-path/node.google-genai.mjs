// Turn the address in GOOGLE_GEMINI_BASE_URL into the base @google/genai needs, then check it.
import { ApiError, GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash';

// Host (and proxy prefix) only: the SDK appends /v1beta/models/<model>:generateContent itself.
const geminiBase = (url) => url.trim().replace(/\/+$/, '').replace(/(\/v1(beta)?)?(\/models.*)?$/, '');

const pasted = process.env.GOOGLE_GEMINI_BASE_URL ?? 'https://generativelanguage.googleapis.com';
const base = geminiBase(pasted);
if (base !== pasted.replace(/\/+$/, '')) console.log(`set GOOGLE_GEMINI_BASE_URL=${base}  (was ${pasted})`);
console.log('requests go to', `${base}/v1beta/models/${MODEL}:generateContent`);

const ai = new GoogleGenAI({ httpOptions: { baseUrl: base } }); // key from GEMINI_API_KEY
try {
  const reply = await ai.models.generateContent({ model: MODEL, contents: 'ping' });
  console.log('path OK:', reply.text);
} catch (err) {
  if (!(err instanceof ApiError) || err.status !== 404) throw err;
  console.error(`404: no Gemini API at ${base}, or no model ${MODEL} there. ${err.message}`);
  process.exitCode = 1;
}
