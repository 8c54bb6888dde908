// @google/genai has no client timeout by default; if you set one, make it long enough (milliseconds).
import { GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash';

// 15 minutes, per attempt. The SDK lifts undici's 300 s header and body limits itself and sends this
// value to the server as X-Server-Timeout (seconds). It does not retry unless you set retryOptions.
const ai = new GoogleGenAI({ httpOptions: { timeout: 15 * 60 * 1000 } });

const reply = await ai.models.generateContent({ model: MODEL, contents: 'Write a long report' });
console.log(reply.text.slice(0, 200));
