// Stream a long Gemini answer: chunks arrive while it is generated.
import { GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash';

const ai = new GoogleGenAI({}); // GEMINI_API_KEY
const stream = await ai.models.generateContentStream({ model: MODEL, contents: 'Write a long report' });
for await (const chunk of stream) process.stdout.write(chunk.text ?? '');
console.log();
