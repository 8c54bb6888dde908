// Send Gemini's turn back as it came: Gemini 3 checks the thoughtSignature on its functionCall parts next turn.
import { ApiError, GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-3-flash-preview';
const ai = new GoogleGenAI({}); // GEMINI_API_KEY

const getWeather = ({ city = '' } = {}) => ({ city, forecast: 'rain' }); // your tool
const weather = {
  name: 'get_weather',
  description: "Today's forecast for a city",
  parameters: { type: 'OBJECT', properties: { city: { type: 'STRING' } }, required: ['city'] },
};
const contents = [{ role: 'user', parts: [{ text: 'Do I need an umbrella in Paris today?' }] }];
let response;
try {
  for (let round = 0; round < 5; round++) {
    response = await ai.models.generateContent({ model: MODEL, contents, config: { tools: [{ functionDeclarations: [weather] }] } });
    const turn = response.candidates?.[0]?.content;
    if (!turn) break;
    // The content object itself, not one rebuilt from the call's name and args: its parts keep their
    // thoughtSignature. (ai.chats.create(...) keeps the history this way for you.)
    contents.push(turn);
    const calls = (turn.parts ?? []).flatMap((part) => (part.functionCall ? [part.functionCall] : []));
    if (calls.length === 0) break;
    contents.push({ role: 'user', parts: calls.map((c) => ({ functionResponse: { id: c.id, name: c.name, response: getWeather(c.args) } })) });
  }
  console.log(response?.text);
} catch (err) {
  if (!(err instanceof ApiError) || err.status >= 500) throw err;
  console.error(`${err.status}: ${err.message}`);
  process.exitCode = 1;
}
