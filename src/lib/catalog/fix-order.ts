/** The recipe that tells the reader to send the same request again. */
const RETRY_RECIPE = 'retry-with-backoff';

/**
 * An entry's recipes in the order a diagnosis shows them. When the verdict is not to retry (a per-day cap or a
 * long server wait on an entry that is usually retried), retrying is not the first fix: it moves to the end.
 */
export function fixOrder(recipes: readonly string[], retryable: boolean | null): string[] {
  return retryable === false ? [...recipes.filter((id) => id !== RETRY_RECIPE), ...recipes.filter((id) => id === RETRY_RECIPE)] : [...recipes];
}
