import type { Dialect } from './mock-bodies';

/**
 * A thinking model with a tool, as the mock plays it: asked with tools declared and no tool result yet, it calls the
 * first tool and returns the reasoning state its real API expects back on the next request (DeepSeek's and Kimi's
 * `reasoning_content`, Gemini's thought signature, on its native API and on its OpenAI-compatible one, Claude's signed
 * thinking block). Sent a tool result, it checks that the turn before it came back with that state, and answers the
 * real API's 400 when it did not. A recipe that rebuilds the model's turn fails here as it would there.
 */

export type ToolTurn = { status: number; json: unknown } | undefined;

const SIGNATURE = 'c2lnbmF0dXJlIG9mIHRoZSBtb2Nr';
const REASONING = 'The user asks about rain: call the forecast tool.';
const ARGS = { city: 'Paris' };
type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

function openaiTurn(body: Json): ToolTurn {
  const tools = list(body['tools']);
  if (tools.length === 0) return undefined;
  const messages = list(body['messages']);
  const answered = messages.findIndex((m) => m['role'] === 'tool');
  if (answered === -1) {
    const name = String((tools[0]!['function'] as Json | undefined)?.['name'] ?? 'tool');
    const call = { id: 'call_mock', type: 'function', function: { name, arguments: JSON.stringify(ARGS) }, extra_content: { google: { thought_signature: SIGNATURE } } };
    const message = { role: 'assistant', content: null, reasoning_content: REASONING, tool_calls: [call] };
    return { status: 200, json: { id: 'chatcmpl-mock', object: 'chat.completion', created: 1, model: body['model'], choices: [{ index: 0, message, finish_reason: 'tool_calls' }] } };
  }
  const index = messages.findIndex((m) => m['role'] === 'assistant' && list(m['tool_calls']).length > 0);
  const turn = messages[index];
  if (!turn || turn['reasoning_content'] !== REASONING) {
    const message = `Missing \`reasoning_content\` field in the assistant message at message index ${index}. For more information, please refer to https://api-docs.deepseek.com/guides/thinking_mode#tool-calls`;
    return { status: 400, json: { error: { message, type: 'invalid_request_error', param: null, code: 'invalid_request_error' } } };
  }
  if (list(turn['tool_calls']).some((c) => ((c['extra_content'] as Json | undefined)?.['google'] as Json | undefined)?.['thought_signature'] !== SIGNATURE)) {
    return { status: 400, json: [{ error: { code: 400, message: 'Function call is missing a thought_signature in functionCall parts.', status: 'INVALID_ARGUMENT' } }] };
  }
  return undefined;
}

function anthropicTurn(body: Json): ToolTurn {
  const tools = list(body['tools']);
  if (tools.length === 0) return undefined;
  const messages = list(body['messages']);
  const answered = messages.some((m) => list(m['content']).some((b) => b['type'] === 'tool_result'));
  if (!answered) {
    const content = [
      { type: 'thinking', thinking: REASONING, signature: SIGNATURE },
      { type: 'tool_use', id: 'toolu_mock', name: String(tools[0]!['name'] ?? 'tool'), input: ARGS },
    ];
    return { status: 200, json: { id: 'msg_mock', type: 'message', role: 'assistant', model: body['model'], content, stop_reason: 'tool_use', stop_sequence: null, usage: { input_tokens: 3, output_tokens: 1 } } };
  }
  const index = messages.findIndex((m) => m['role'] === 'assistant' && list(m['content']).some((b) => b['type'] === 'tool_use'));
  const first = list(messages[index]?.['content'])[0];
  if (first?.['type'] !== 'thinking' || first['signature'] !== SIGNATURE) {
    return { status: 400, json: { type: 'error', error: { type: 'invalid_request_error', message: `messages.${index}.content.0: Invalid \`signature\` in \`thinking\` block` } } };
  }
  return undefined;
}

function geminiTurn(path: string, body: Json): ToolTurn {
  if (!path.endsWith(':generateContent')) return undefined;
  const declarations = list(body['tools']).flatMap((t) => list(t['functionDeclarations'] ?? t['function_declarations']));
  if (declarations.length === 0) return undefined;
  const contents = list(body['contents']);
  const parts = (c: Json | undefined) => list(c?.['parts']);
  const answered = contents.some((c) => parts(c).some((p) => p['functionResponse'] ?? p['function_response']));
  if (!answered) {
    const part = { functionCall: { name: String(declarations[0]!['name'] ?? 'tool'), args: ARGS }, thoughtSignature: SIGNATURE };
    return { status: 200, json: { candidates: [{ content: { role: 'model', parts: [part] }, finishReason: 'STOP', index: 0 }], modelVersion: 'gemini-mock' } };
  }
  const index = contents.findIndex((c) => parts(c).some((p) => p['functionCall'] ?? p['function_call']));
  const call = parts(contents[index]).find((p) => p['functionCall'] ?? p['function_call']);
  if ((call?.['thoughtSignature'] ?? call?.['thought_signature']) !== SIGNATURE) {
    const message = `Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call \`default_api:get_weather\` , position ${index + 1}. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.`;
    return { status: 400, json: { error: { code: 400, message, status: 'INVALID_ARGUMENT' } } };
  }
  return undefined;
}

/** The mock's tool-calling turn for this request, or undefined when the plain answer applies. */
export function toolTurn(dialect: Dialect, path: string, body: Json): ToolTurn {
  if (body['stream']) return undefined;
  if (dialect === 'openai') return /\/chat\/completions$/.test(path) ? openaiTurn(body) : undefined;
  if (dialect === 'anthropic') return path === '/v1/messages' ? anthropicTurn(body) : undefined;
  return geminiTurn(path, body);
}
