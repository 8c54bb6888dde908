/** Fetches one of the island's data files (same origin, content-hashed, cached by the browser); null when it cannot be read. */
export async function loadJson<T>(url: string): Promise<T | null> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return null;
    return (await response.json()) as T;
  } catch {
    return null;
  }
}
