import type { Localized } from './i18n';

export const KIND_IDS = [
  'auth',
  'permission',
  'region',
  'billing',
  'model_not_found',
  'endpoint_not_found',
  'invalid_request',
  'context_length',
  'content_filter',
  'request_too_large',
  'rate_limit',
  'overloaded',
  'server_error',
  'gateway_timeout',
  'timeout',
  'connection',
  'dns',
  'tls',
  'unknown',
] as const;

export type KindId = (typeof KIND_IDS)[number];

export interface Kind {
  id: KindId;
  /** `true`: retrying the same request can succeed; `false`: fix something first; `null`: no verdict. */
  retryable: boolean | null;
  meaning: Localized;
}

const kinds: Record<KindId, Omit<Kind, 'id'>> = {
  auth: {
    retryable: false,
    meaning: {
      en: 'The key or token is missing, malformed, revoked or not valid for this endpoint.',
      'zh-cn': '密钥或令牌缺失、格式错误、已吊销，或与当前接口地址不匹配。',
    },
  },
  permission: {
    retryable: false,
    meaning: {
      en: 'The key is valid but may not use this resource, model or feature.',
      'zh-cn': '密钥有效，但无权使用该资源、模型或功能。',
    },
  },
  region: {
    retryable: false,
    meaning: {
      en: 'The request comes from a country, region or network the provider does not serve.',
      'zh-cn': '请求来自服务商不支持的国家、地区或网络出口。',
    },
  },
  billing: {
    retryable: false,
    meaning: {
      en: 'Credits, balance, quota or a spend limit ran out; retrying cannot succeed until it is topped up or raised.',
      'zh-cn': '余额、额度或消费上限已用尽；充值或提高上限之前重试不会成功。',
    },
  },
  model_not_found: {
    retryable: false,
    meaning: {
      en: 'The model id does not exist, is misspelled, or is not available to this key, group or channel.',
      'zh-cn': '模型名不存在、拼写错误，或当前密钥、分组、渠道不提供该模型。',
    },
  },
  endpoint_not_found: {
    retryable: false,
    meaning: {
      en: 'The URL path is wrong: usually a base URL with a missing or doubled /v1 or a pasted full endpoint.',
      'zh-cn': '请求路径错误：通常是接口地址缺少或重复了 /v1，或填写了完整的端点路径。',
    },
  },
  invalid_request: {
    retryable: false,
    meaning: {
      en: 'The request body or parameters are malformed or not supported by this API.',
      'zh-cn': '请求体或参数格式错误，或该接口不支持这些参数。',
    },
  },
  context_length: {
    retryable: false,
    meaning: {
      en: 'The prompt plus the requested output exceed the model’s context window.',
      'zh-cn': '输入加上请求的输出长度超出了模型的上下文窗口。',
    },
  },
  content_filter: {
    retryable: false,
    meaning: {
      en: 'A safety or moderation filter blocked the prompt or the output.',
      'zh-cn': '提示词或输出内容被安全审核或内容过滤拦截。',
    },
  },
  request_too_large: {
    retryable: false,
    meaning: {
      en: 'The HTTP request body is larger than the endpoint accepts.',
      'zh-cn': 'HTTP 请求体超过了接口允许的大小。',
    },
  },
  rate_limit: {
    retryable: true,
    meaning: {
      en: 'Too many requests or tokens in a short window; waiting and retrying succeeds.',
      'zh-cn': '短时间内请求数或 token 数超出限流；等待后重试即可成功。',
    },
  },
  overloaded: {
    retryable: true,
    meaning: {
      en: 'The provider or upstream is temporarily out of capacity for everyone; retry with backoff.',
      'zh-cn': '服务商或上游暂时容量不足（对所有用户）；带退避地重试。',
    },
  },
  server_error: {
    retryable: true,
    meaning: {
      en: 'The provider, relay or a gateway in front of it failed while handling the request.',
      'zh-cn': '服务商、中转或其前面的网关在处理请求时出错。',
    },
  },
  gateway_timeout: {
    retryable: true,
    meaning: {
      en: 'A gateway or proxy in front of the API gave up waiting for the upstream response.',
      'zh-cn': 'API 前面的网关或代理等待上游响应超时。',
    },
  },
  timeout: {
    retryable: true,
    meaning: {
      en: 'The client stopped waiting: the connection or the response took longer than its timeout.',
      'zh-cn': '客户端放弃等待：建立连接或等待响应超过了超时时间。',
    },
  },
  connection: {
    retryable: true,
    meaning: {
      en: 'The connection was refused, reset or closed before a complete response arrived.',
      'zh-cn': '连接被拒绝、被重置，或在收到完整响应之前被关闭。',
    },
  },
  dns: {
    retryable: false,
    meaning: {
      en: 'The host name could not be resolved; fix the base URL, the resolver or the proxy.',
      'zh-cn': '域名无法解析；请检查接口地址、DNS 或代理设置。',
    },
  },
  tls: {
    retryable: false,
    meaning: {
      en: 'The TLS handshake or certificate check failed; fix the scheme, the proxy or the trusted CA.',
      'zh-cn': 'TLS 握手或证书校验失败；请检查 http/https、代理或受信任的 CA 证书。',
    },
  },
  unknown: {
    retryable: null,
    meaning: {
      en: 'Not recognised with enough confidence to give a verdict.',
      'zh-cn': '无法以足够的把握识别，不给出结论。',
    },
  },
};

export const KINDS: readonly Kind[] = KIND_IDS.map((id) => ({ id, ...kinds[id] }));

export function getKind(id: KindId): Kind {
  return { id, ...kinds[id] };
}

export function isKindId(value: unknown): value is KindId {
  return typeof value === 'string' && (KIND_IDS as readonly string[]).includes(value);
}

/** URL slug of a kind: `rate_limit` -> `rate-limit`. */
export function kindSlug(id: KindId): string {
  return id.replace(/_/g, '-');
}
