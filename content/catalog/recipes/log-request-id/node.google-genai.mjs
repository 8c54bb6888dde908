// Log what identifies a Gemini call: the response id on success, status and full body on failure.
import { GoogleGenAI, ApiError } from '@google/genai';

const MODEL = 'gemini-2.5-flash';
const ai = new GoogleGenAI({}); // GEMINI_API_KEY

try {
  const response = await ai.models.generateContent({ model: MODEL, contents: 'ping' });
  const { responseId, modelVersion } = response;
  console.log(new Date().toISOString(), `ok response_id=${responseId} model_version=${modelVersion}`);
  console.log(response.text);
} catch (err) {
  // ApiError.message is the whole JSON error body, including details such as ErrorInfo.reason
  if (err instanceof ApiError) console.error(new Date().toISOString(), `HTTP ${err.status}`, err.message);
  throw err;
}
