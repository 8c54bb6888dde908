import type { KindId } from '../taxonomy';
import type { ClassifierData } from './data';

/** The kind a bare status most often means when no signal says more (`statuses.json`). A status is evidence, not the verdict. */
export function kindForStatus(status: number, data: ClassifierData): KindId {
  return data.statusKind[String(status)] ?? (status >= 500 ? 'server_error' : 'invalid_request');
}

/** The kind a curl exit code means (`curl: (N)`), for exits the catalogue has no entry for. */
export function kindForCurlExit(exitCode: number, data: ClassifierData): KindId | undefined {
  return data.curlExitKind[String(exitCode)];
}
