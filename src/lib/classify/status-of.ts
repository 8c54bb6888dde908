import type { ClassifierData } from './data';
import { impliedStatus } from './extract-status';
import type { Evidence } from './types';

/** gRPC names too common in ordinary logs to stand for a response status on their own. */
const AMBIGUOUS_GRPC = new Set(['UNKNOWN', 'CANCELLED', 'ABORTED', 'ALREADY_EXISTS', 'OUT_OF_RANGE', 'DATA_LOSS']);

export interface ImpliedStatus {
  status: number;
  evidence: Evidence;
}

const grpcPatterns = new WeakMap<ClassifierData, RegExp>();

function grpcPattern(data: ClassifierData): RegExp {
  let pattern = grpcPatterns.get(data);
  if (!pattern) {
    const names = Object.keys(data.grpcStatus).filter((name) => !AMBIGUOUS_GRPC.has(name));
    pattern = new RegExp(`(?<![A-Za-z_])(${names.join('|')})(?![A-Za-z_])`);
    grpcPatterns.set(data, pattern);
  }
  return pattern;
}

/**
 * A status the paste implies without printing its number, strongest wording first: a gRPC status name
 * (`RESOURCE_EXHAUSTED`), an exception class named after a status (`RateLimitError`), an HTTP reason phrase.
 */
export function statusImpliedByText(text: string, exceptions: readonly string[], data: ClassifierData): ImpliedStatus | null {
  const grpc = grpcPattern(data).exec(text);
  if (grpc) return { status: data.grpcStatus[grpc[1]!]!, evidence: { type: 'status', text: grpc[1]!, note: 'gRPC status name' } };
  for (const name of exceptions) {
    // LiteLLM maps many statuses onto a few class names (a 402 raises BadRequestError): its class says no status.
    if (name.startsWith('litellm.')) continue;
    const status = data.exceptionStatus[name.slice(name.lastIndexOf('.') + 1)];
    if (status) return { status, evidence: { type: 'status', text: name, note: 'exception class' } };
  }
  const reason = impliedStatus(text.toLowerCase(), data.impliedStatus);
  return reason === null ? null : { status: reason.status, evidence: { type: 'status', text: reason.phrase, note: 'reason phrase' } };
}
