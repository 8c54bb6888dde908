import type { Failure, Lang, ProviderId, ToolId } from './catalog/ids';
import type { KindId } from './taxonomy';

/** The one place the site's URLs are built. Paths end with `/`; anchors are entry ids. */

/** Where the site is published: the origin of its canonical URLs and of the links the package and CLI print. */
export const SITE_ORIGIN = 'https://ai-api-errors.example';

/** URL slug of a kind: `rate_limit` -> `rate-limit`. */
export function kindSlug(id: KindId): string {
  return id.replace(/_/g, '-');
}

export function statusPath(status: number): string {
  return `/status/${status}/`;
}

export function failurePath(failure: Failure): string {
  return `/failures/${failure}/`;
}

export function kindPath(kind: KindId): string {
  return `/kinds/${kindSlug(kind)}/`;
}

export function providerPath(provider: ProviderId): string {
  return `/providers/${provider}/`;
}

export function clientPath(tool: ToolId): string {
  return `/clients/${tool}/`;
}

/** The page of a fix recipe, with every tool and SDK: `/fixes/retry-with-backoff/`. */
export function fixPath(recipeId: string): string {
  return `/fixes/${recipeId}/`;
}

export function diagnosePath(): string {
  return '/diagnose/';
}

/** The page that holds an entry's section: its first status page, or its failure page when it has no status. */
export function entryHomePath(entry: { statuses: readonly number[]; failure?: Failure | undefined }): string {
  const [status] = entry.statuses;
  if (status !== undefined) return statusPath(status);
  return failurePath(entry.failure ?? 'connection');
}

export function entryPath(entry: { id: string; statuses: readonly number[]; failure?: Failure | undefined }): string {
  return `${entryHomePath(entry)}#${entry.id}`;
}

/** Prefixes a site path with the locale: `/status/429/` -> `/zh-cn/status/429/`. */
export function localePath(path: string, lang: Lang): string {
  return lang === 'en' ? path : `/${lang}${path}`;
}
