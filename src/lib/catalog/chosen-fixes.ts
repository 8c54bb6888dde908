import { fixOrder } from './fix-order';
import { fixFor, pickVariant, sdkFor, type Reader } from './pick-variant';
import type { ToolId, SdkId } from './ids';
import type { Catalog, Entry, Recipe, Variant } from './schema';

export interface ChosenFixes {
  /** The tool the fixes are for: the one that printed the error, else the entry's own tool, else Python. */
  tool: ToolId;
  /** The SDK of the code: the one the paste revealed, else the one the provider uses in that tool. */
  sdk: SdkId | null;
  /** The entry's first recipes in order, each with the variant for that tool and SDK when it has one. */
  fixes: { recipe: Recipe; variant: Variant | undefined }[];
}

/**
 * The fixes the CLI and the MCP server print for an entry: one tool and SDK, the first `limit` recipes, in the order
 * the diagnosis's retry verdict gives them (`fixOrder`).
 */
export function chosenFixes(catalog: Catalog, entry: Entry, reader: Reader, retryable: boolean | null, limit = 3): ChosenFixes | undefined {
  const recipes = fixOrder(entry.recipes, retryable).map((id) => catalog.recipes.find((r) => r.id === id)).filter((r): r is Recipe => r !== undefined);
  const provider = reader.provider ?? entry.providers[0] ?? null;
  const first = fixFor(catalog, entry, recipes, { ...reader, provider });
  if (!first) return undefined;
  const sdk = sdkFor(catalog, first.tool, provider, reader.sdk);
  return { tool: first.tool, sdk, fixes: recipes.slice(0, limit).map((recipe) => ({ recipe, variant: pickVariant(recipe, first.tool, sdk) })) };
}
