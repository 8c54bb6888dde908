// Send the request to another Gemini model when one is overloaded, rate-limited or failing.
import { GoogleGenAI, ApiError } from '@google/genai';

const MODELS = ['gemini-2.5-flash', 'gemini-2.5-flash-lite']; // tried in this order
// GEMINI_API_KEY; the SDK does not retry by default, so a failure moves on to the next model at once
const ai = new GoogleGenAI({});

async function generate(contents) {
  for (const [i, model] of MODELS.entries()) {
    try {
      return { model, response: await ai.models.generateContent({ model, contents }) };
    } catch (err) {
      const last = i === MODELS.length - 1;
      const network = err instanceof TypeError && /fetch failed/i.test(err.message);
      // a malformed request, or a location/billing precondition (400), fails on every model
      if (!(err instanceof ApiError || network) || [400, 413].includes(err.status) || last) throw err;
      console.error(`${model}: ${err.status ?? err.message}, trying the next model`);
    }
  }
}

const { model, response } = await generate('ping');
console.log(model, '->', response.text);
