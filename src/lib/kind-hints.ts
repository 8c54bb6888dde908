import type { KindId } from './taxonomy';

/**
 * Words and phrases that point to a kind whatever the provider or tool, in English and Chinese, and the
 * statuses each kind usually comes with. The classifier uses them, weaker than any catalogue entry, when a
 * paste names its cause in words no entry lists. Matched like signals (case, quotes, `-`/`_` ignored).
 */
export interface KindHints {
  phrases: readonly string[];
  statuses: readonly number[];
}

export const KIND_HINTS: Record<Exclude<KindId, 'unknown'>, KindHints> = {
  auth: {
    statuses: [401],
    phrases: [
      'invalid api key', 'incorrect api key', 'api key not valid', 'api key is invalid', 'invalid authentication',
      'authentication failed', 'authentication error', 'invalid token', 'token is invalid', 'unauthorized',
      'missing api key', 'no api key', 'did not provide an api key', "didn't provide an api key", 'api key is required',
      '密钥无效', '密钥错误', '无效的密钥', '认证失败', '鉴权失败', '身份验证失败', '未授权', 'api key 无效', 'api key无效',
    ],
  },
  permission: {
    statuses: [403],
    phrases: [
      'permission denied', 'does not have permission', 'do not have permission', 'not have access', 'access denied',
      'not allowed to use', 'insufficient permissions', 'not authorized to', 'forbidden', '没有权限', '无权', '权限不足', '禁止访问',
    ],
  },
  region: {
    statuses: [403, 400],
    phrases: [
      'unsupported country', 'country, region, or territory', 'not supported in your region', 'not available in your region',
      'location is not supported', 'unsupported region', 'region not supported', '不支持的地区', '地区不可用', '所在地区', '不支持该地区',
    ],
  },
  billing: {
    statuses: [402, 429, 400, 401, 403],
    phrases: [
      'insufficient quota', 'insufficient balance', 'insufficient credits', 'insufficient funds', 'credit balance',
      'exceeded your current quota', 'out of credits', 'payment required', 'billing', 'quota exhausted', 'quota has been exhausted',
      'spend limit', 'usage limit', '余额不足', '额度不足', '额度已用尽', '额度用尽', '欠费', '账户余额', '充值', '预扣费',
    ],
  },
  model_not_found: {
    statuses: [404],
    phrases: [
      'model not found', 'model does not exist', 'does not exist', 'no such model', 'unknown model', 'invalid model',
      'model is not supported', 'not a valid model', 'model not exist', '模型不存在', '不存在该模型', '无可用渠道', '模型不可用',
    ],
  },
  endpoint_not_found: {
    statuses: [404, 405],
    phrases: [
      'page not found', 'route not found', 'no route', 'invalid url', 'unknown url', 'not found for url', 'method not allowed',
      '/v1/v1/', '/chat/completions/chat/completions', '请求路径错误', '路径错误', '接口地址错误',
    ],
  },
  invalid_request: {
    statuses: [400, 422],
    phrases: [
      'invalid request error', 'bad request', 'invalid parameter', 'unsupported parameter', 'invalid value', 'invalid argument',
      'missing required', 'validation error', 'unprocessable', 'unrecognized request argument', '请检查请求参数', '参数错误', '参数非法', '参数无效', '请求参数',
    ],
  },
  context_length: {
    statuses: [400, 413],
    phrases: [
      'context length', 'context window', 'maximum context', 'too many tokens', 'prompt is too long', 'input is too long',
      'reduce the length', 'token limit', 'exceeds the maximum number of tokens', '上下文长度', '上下文过长', '超出最大', '超过最大长度', 'token 超限',
    ],
  },
  content_filter: {
    statuses: [400, 403],
    phrases: [
      'content filter', 'content policy', 'content management policy', 'moderation', 'flagged', 'safety',
      'inappropriate', 'content risk', 'sensitive words', 'sensitive content', '敏感词', '敏感内容', '内容违规', '内容审核', '违规',
    ],
  },
  request_too_large: {
    statuses: [413],
    phrases: ['request entity too large', 'payload too large', 'request too large', 'body too large', 'payload size exceeds', '请求体过大', '请求过大', '文件过大'],
  },
  rate_limit: {
    statuses: [429],
    phrases: [
      'rate limit', 'ratelimit', 'too many requests', 'requests per minute', 'tokens per minute', 'throttl', 'slow down',
      'resource exhausted', '限流', '请求过于频繁', '频率限制', '速率限制', '请求速率', '请求太频繁', '调用频率', '太快',
    ],
  },
  overloaded: {
    statuses: [529, 503],
    phrases: ['overloaded', 'over capacity', 'high demand', 'server is busy', 'is too busy', 'too busy', 'system is busy', '服务器繁忙', '系统繁忙', '过载', '负载过高', '繁忙'],
  },
  server_error: {
    statuses: [500, 502, 503, 520, 521, 523],
    phrases: [
      'internal server error', 'internal error', 'server error', 'bad gateway', 'upstream error', 'service unavailable',
      'unexpected error', 'panic detected', 'nil pointer dereference', '服务器错误', '内部错误', '服务器异常', '服务异常', '服务不可用', '网关错误', '上游错误',
    ],
  },
  gateway_timeout: {
    statuses: [504, 522, 524],
    phrases: ['gateway timeout', 'gateway time out', 'deadline exceeded', 'upstream timed out', 'a timeout occurred', '网关超时'],
  },
  timeout: {
    statuses: [408],
    phrases: ['timed out', 'timeout', 'time out', 'etimedout', 'took too long', 'winerror 10060', '超时', '请求超时', '连接超时', '读取超时'],
  },
  connection: {
    statuses: [],
    phrases: [
      'connection error', 'connection refused', 'connection reset', 'econnreset', 'econnrefused', 'socket hang up',
      'connection closed', 'connection aborted', 'connection was closed', 'disconnected', 'network error', 'network is unreachable',
      'fetch failed', 'failed to connect', 'unable to connect', 'could not connect', 'cannot connect', 'broken pipe', 'premature close',
      'winerror 10061', 'winerror 10054', '传输中断', '连接失败', '连接错误', '连接被拒绝', '连接中断', '连接被重置', '网络错误', '网络异常', '无法连接',
    ],
  },
  dns: {
    statuses: [],
    phrases: [
      'name resolution', 'could not resolve', 'failed to resolve', 'getaddrinfo', 'enotfound', 'eai again', 'no such host',
      'unknownhostexception', 'name or service not known', 'nodename nor servname', 'dns points to', 'dns', '域名解析', '解析失败', '无法解析',
    ],
  },
  tls: {
    statuses: [],
    phrases: [
      'certificate', 'ssl', 'tls', 'x509', 'handshake', 'self signed', 'cert ', 'pkix', 'wrong version number', '证书', '握手',
    ],
  },
};
