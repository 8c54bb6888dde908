// Call a model the key may use: stream only where the organization is verified, and say what to enable.
import OpenAI from 'openai';

const MODEL = 'o3'; // streaming it needs a verified organization
const VERIFY_PAGE = 'https://platform.openai.com/settings/organization/general';
const client = new OpenAI(); // OPENAI_API_KEY, OPENAI_BASE_URL
const messages = [{ role: 'user', content: 'ping' }];

try {
  let text = '';
  for await (const chunk of await client.chat.completions.create({ model: MODEL, messages, stream: true })) text += chunk.choices[0]?.delta?.content ?? '';
  console.log(text);
} catch (err) {
  if (err instanceof OpenAI.BadRequestError && /must be verified/.test(err.message)) {
    // Verification can take up to 15 minutes to apply; until then the same model works without streaming.
    console.log(`Verify the organization at ${VERIFY_PAGE}. Meanwhile, without streaming:`);
    console.log((await client.chat.completions.create({ model: MODEL, messages })).choices[0].message.content);
  } else if (err instanceof OpenAI.PermissionDeniedError || err instanceof OpenAI.NotFoundError) {
    const available = [];
    for await (const m of client.models.list()) available.push(m.id); // what this key's project (or relay token) can see
    console.error(`${err.message}\n${MODEL} ${available.includes(MODEL) ? 'is' : 'is not'} among the key's models: allow it in the project's model settings (or ask the relay admin), or use one of: ${available.sort().slice(0, 20).join(', ')}`);
    process.exit(1);
  } else throw err;
}
