/** Response bodies of the mock API, in the shape each real API uses, for the requests the recipes make. */
export type Dialect = 'openai' | 'anthropic' | 'gemini';

export type Answer = { json: unknown } | { events: string[] };

export interface Bodies {
  rateLimited: unknown;
  notFound: (path: string) => unknown;
  answer: (method: string, path: string, url: URL, body: Record<string, unknown>) => Answer | undefined;
}

const TEXT = 'pong';
const sse = (data: unknown, event?: string) => `${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`;

const openai: Bodies = {
  rateLimited: { error: { message: 'Rate limit reached for requests (mock).', type: 'requests', param: null, code: 'rate_limit_exceeded' } },
  notFound: (path) => ({ error: { message: `Invalid URL (POST ${path})`, type: 'invalid_request_error', param: null, code: null } }),
  answer(method, path, url, body) {
    const model = String(body['model'] ?? 'gpt-mock');
    // Balance endpoints some OpenAI-compatible services add (DeepSeek, OpenRouter, new-api).
    if (/^\/(user\/balance|api\/v1\/(key|credits)|api\/usage\/token)\/?$/.test(url.pathname)) {
      return { json: { is_available: true, balance_infos: [], data: { limit_remaining: 10, total_available: 10 } } };
    }
    // Only the paths the APIs really have: a base URL with a missing or doubled /v1 gets a 404, as it would.
    const azure = /^\/openai\/deployments\/[^/]+(\/chat\/completions|\/completions|\/embeddings)$/.exec(path);
    const openaiPath = /^(?:(?:\/openai)?\/v1|\/v1beta\/openai)(\/.+)$/.exec(path);
    path = azure ? azure[1]! : openaiPath ? openaiPath[1]! : path === '/openai/models' ? '/models' : '';
    if (method === 'GET' && /^\/models(\/[^/]+)?$/.test(path)) {
      return { json: { object: 'list', data: ['gpt-mock', 'gpt-mock-mini'].map((id) => ({ id, object: 'model', created: 1, owned_by: 'mock' })) } };
    }
    if (method === 'GET' && /^\/dashboard\/billing\/(subscription|usage)$/.test(path)) {
      return { json: { object: 'billing_subscription', hard_limit_usd: 100, total_usage: 1 } };
    }
    if (path === '/embeddings') return { json: { object: 'list', data: [{ object: 'embedding', index: 0, embedding: [0.1, 0.2] }], model, usage: { prompt_tokens: 1, total_tokens: 1 } } };
    if (path === '/chat/completions') {
      const usage = { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 };
      if (body['stream']) {
        const chunk = (delta: unknown, finish: string | null) => ({ id: 'chatcmpl-mock', object: 'chat.completion.chunk', created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }] });
        return { events: [sse(chunk({ role: 'assistant', content: '' }, null)), sse(chunk({ content: TEXT }, null)), sse(chunk({}, 'stop')), 'data: [DONE]\n\n'] };
      }
      return { json: { id: 'chatcmpl-mock', object: 'chat.completion', created: 1, model, choices: [{ index: 0, message: { role: 'assistant', content: TEXT, refusal: null }, finish_reason: 'stop' }], usage } };
    }
    if (path === '/responses') {
      const message = { type: 'message', id: 'msg_mock', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: TEXT, annotations: [] }] };
      const response = { id: 'resp_mock', object: 'response', created_at: 1, status: 'completed', model, output: [message], usage: { input_tokens: 3, output_tokens: 1, total_tokens: 4 } };
      if (body['stream']) {
        const item = { item_id: 'msg_mock', output_index: 0, content_index: 0 };
        const part = { type: 'output_text', text: TEXT, annotations: [] };
        const events: [string, Record<string, unknown>][] = [
          ['response.created', { response: { ...response, status: 'in_progress', output: [] } }],
          ['response.output_item.added', { output_index: 0, item: { ...message, status: 'in_progress', content: [] } }],
          ['response.content_part.added', { ...item, part: { ...part, text: '' } }],
          ['response.output_text.delta', { ...item, delta: TEXT }],
          ['response.output_text.done', { ...item, text: TEXT }],
          ['response.content_part.done', { ...item, part }],
          ['response.output_item.done', { output_index: 0, item: message }],
          ['response.completed', { response }],
        ];
        return { events: events.map(([type, data], i) => sse({ type, sequence_number: i, ...data }, type)) };
      }
      return { json: response };
    }
    return undefined;
  },
};

const anthropic: Bodies = {
  rateLimited: { type: 'error', error: { type: 'rate_limit_error', message: 'Number of requests has exceeded your rate limit (mock).' } },
  notFound: () => ({ type: 'error', error: { type: 'not_found_error', message: 'Not Found' } }),
  answer(method, path, _url, body) {
    const model = String(body['model'] ?? 'claude-mock');
    if (method === 'GET' && path === '/v1/models') {
      const data = ['claude-mock', 'claude-mock-haiku'].map((id) => ({ type: 'model', id, display_name: id, created_at: '2026-01-01T00:00:00Z' }));
      return { json: { data, has_more: false, first_id: data[0]!.id, last_id: data[1]!.id } };
    }
    if (method === 'GET' && /^\/v1\/models\/[^/]+$/.test(path)) return { json: { type: 'model', id: path.slice(11), display_name: path.slice(11), created_at: '2026-01-01T00:00:00Z' } };
    if (path === '/v1/messages/count_tokens') return { json: { input_tokens: 12 } };
    if (path !== '/v1/messages') return undefined;
    const usage = { input_tokens: 3, output_tokens: 1 };
    const message = { id: 'msg_mock', type: 'message', role: 'assistant', model, content: [{ type: 'text', text: TEXT }], stop_reason: 'end_turn', stop_sequence: null, usage };
    if (!body['stream']) return { json: message };
    return {
      events: [
        sse({ type: 'message_start', message: { ...message, content: [], stop_reason: null, usage: { input_tokens: 3, output_tokens: 0 } } }, 'message_start'),
        sse({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }, 'content_block_start'),
        sse({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: TEXT } }, 'content_block_delta'),
        sse({ type: 'content_block_stop', index: 0 }, 'content_block_stop'),
        sse({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 1 } }, 'message_delta'),
        sse({ type: 'message_stop' }, 'message_stop'),
      ],
    };
  },
};

const gemini: Bodies = {
  rateLimited: { error: { code: 429, message: 'Resource has been exhausted (e.g. check quota). (mock)', status: 'RESOURCE_EXHAUSTED' } },
  notFound: (path) => ({ error: { code: 404, message: `models/${path} is not found (mock)`, status: 'NOT_FOUND' } }),
  answer(method, path) {
    if (!/^\/v1(beta)?\/models(\/[^/]+)?$/.test(path)) return undefined;
    if (method === 'GET' && /^\/v1(beta)?\/models\/[^/:]+$/.test(path)) return { json: { name: path.replace(/^\/v1(beta)?\//, ''), displayName: 'mock', inputTokenLimit: 1048576, outputTokenLimit: 65536 } };
    if (method === 'GET' && /\/models$/.test(path)) {
      return { json: { models: ['gemini-mock', 'gemini-mock-flash'].map((id) => ({ name: `models/${id}`, displayName: id, supportedGenerationMethods: ['generateContent', 'countTokens'] })) } };
    }
    if (path.endsWith(':countTokens')) return { json: { totalTokens: 12 } };
    const candidate = { content: { role: 'model', parts: [{ text: TEXT }] }, finishReason: 'STOP', index: 0 };
    const usageMetadata = { promptTokenCount: 3, candidatesTokenCount: 1, totalTokenCount: 4 };
    if (path.endsWith(':generateContent')) return { json: { candidates: [candidate], usageMetadata, modelVersion: 'gemini-mock' } };
    if (path.endsWith(':streamGenerateContent')) return { events: [sse({ candidates: [candidate], usageMetadata, modelVersion: 'gemini-mock' })] };
    return undefined;
  },
};

export function mockBodies(dialect: Dialect): Bodies {
  return { openai, anthropic, gemini }[dialect];
}
