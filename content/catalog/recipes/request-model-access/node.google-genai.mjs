// Gemini: read the reason a 403 gives and say what to enable, or list the models the key can use.
import { ApiError, GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash';
const FIXES = { // google.rpc.ErrorInfo reason -> what to change
  SERVICE_DISABLED: "enable the Generative Language API in the key's Google Cloud project",
  API_KEY_SERVICE_BLOCKED: "the key's API restrictions block this API: allow the Generative Language API",
  CONSUMER_SUSPENDED: 'the key or project was suspended (for example after a leak): create a new key',
};
const ai = new GoogleGenAI({}); // GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL

try {
  console.log((await ai.models.generateContent({ model: MODEL, contents: 'ping' })).text);
} catch (err) {
  if (!(err instanceof ApiError) || ![403, 404].includes(err.status)) throw err;
  const { error = {} } = JSON.parse(err.message); // the SDK puts the JSON body in message
  const reasons = (error.details ?? []).map((d) => d.reason).filter(Boolean);
  let fix = reasons.map((r) => FIXES[r]).find(Boolean);
  if (!fix) { // "The caller does not have permission" or an unknown model: see what this key can use
    const names = [];
    for await (const m of await ai.models.list()) names.push(m.name.replace(/^models\//, ''));
    fix = `use one of: ${names.join(', ')}`;
  }
  console.error(`${err.status} ${error.status} ${reasons}: ${error.message}\n${fix}`);
  process.exit(1);
}
