/**
 * The kinds of error: permanent ids only. What each kind means, whether it is retryable, its usual statuses and
 * its generic phrases live in `content/catalog/kinds.json`.
 */
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

export function isKindId(value: unknown): value is KindId {
  return typeof value === 'string' && (KIND_IDS as readonly string[]).includes(value);
}
