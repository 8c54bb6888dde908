import type { KindId } from '../taxonomy';

/** The kind a bare status most often means when no signal says more. A status is evidence, not the verdict. */
const STATUS_KIND: Record<number, KindId> = {
  400: 'invalid_request',
  401: 'auth',
  402: 'billing',
  403: 'permission',
  404: 'endpoint_not_found',
  405: 'endpoint_not_found',
  408: 'timeout',
  409: 'server_error',
  413: 'request_too_large',
  422: 'invalid_request',
  429: 'rate_limit',
  500: 'server_error',
  502: 'server_error',
  503: 'server_error',
  504: 'gateway_timeout',
  520: 'server_error',
  521: 'server_error',
  522: 'gateway_timeout',
  523: 'server_error',
  524: 'gateway_timeout',
  529: 'overloaded',
};

/** A 404 that talks about a model is a model id problem; one that does not is a path problem. */
export function kindForStatus(status: number, foldedText: string): KindId {
  if (status === 404 && /\bmodels?\b|模型/.test(foldedText)) return 'model_not_found';
  return STATUS_KIND[status] ?? (status >= 500 ? 'server_error' : 'invalid_request');
}

/** curl exit codes and the kind each one means (`curl: (N)`), for exits the catalogue has no entry for. */
const CURL_EXIT_KIND: Record<number, KindId> = {
  1: 'invalid_request',
  3: 'invalid_request',
  5: 'dns',
  6: 'dns',
  7: 'connection',
  16: 'connection',
  18: 'connection',
  28: 'timeout',
  35: 'tls',
  47: 'connection',
  52: 'connection',
  55: 'connection',
  56: 'connection',
  58: 'tls',
  60: 'tls',
  77: 'tls',
  92: 'connection',
  97: 'connection',
};

export function kindForCurlExit(exitCode: number): KindId | undefined {
  return CURL_EXIT_KIND[exitCode];
}
