/** Fetches one of the island's data files (same origin, content-hashed, cached by the browser); null when it cannot be read. */
export async function loadJson<T>(url: string): Promise<T | null> {
  return parseLater<T>(fetchText(url))();
}

/** Starts downloading a file now; its text, or null when it cannot be read. */
export function fetchText(url: string): Promise<string | null> {
  return fetch(url, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null);
}

/** Parses a downloaded file only when asked, so a large file costs no main-thread time until it is needed. */
export function parseLater<T>(text: Promise<string | null>): () => Promise<T | null> {
  let parsed: Promise<T | null> | undefined;
  return () =>
    (parsed ??= text.then((body) => {
      try {
        return body === null ? null : (JSON.parse(body) as T);
      } catch {
        return null;
      }
    }));
}
