import { TOOLS, type ProviderId, type SdkId, type ToolId } from './ids';
import type { Provider, Tool } from './schema';

/** What choosing needs of a variant and a recipe: the island passes its own lighter views of them. */
export interface VariantLike {
  tool: ToolId;
  sdk: SdkId | null;
  unsupported: boolean;
}
export interface RecipeLike<V extends VariantLike = VariantLike> {
  variants: readonly V[];
}

/** The facts the choice of a fix variant needs: which SDK each provider uses, which SDKs each tool has. */
export interface VariantFacts {
  providers: Record<ProviderId, Pick<Provider, 'sdk'>>;
  tools: Record<ToolId, Pick<Tool, 'sdks'>>;
}

/** What is known of the reader: the tool that printed the error, the provider, the SDK a paste revealed. */
export interface Reader {
  client?: string | null | undefined;
  provider?: string | null | undefined;
  sdk?: string | null | undefined;
}

export interface Fix<R extends RecipeLike = RecipeLike> {
  tool: ToolId;
  sdk: SdkId | null;
  recipe: R;
  variant: R['variants'][number];
}

const isTool = (value: unknown): value is ToolId => typeof value === 'string' && (TOOLS as readonly string[]).includes(value);

/**
 * The SDK a tool's code is written for: the SDK the paste revealed, when the tool has it; otherwise the one the
 * provider uses in that tool (relays, DeepSeek and OpenRouter use openai). Tools without code have none.
 */
export function sdkFor(facts: VariantFacts, tool: ToolId, provider: string | null | undefined, revealed?: string | null): SdkId | null {
  const sdks = facts.tools[tool].sdks;
  if (!sdks) return null;
  if (revealed && sdks.includes(revealed as SdkId)) return revealed as SdkId;
  const known = provider && provider in facts.providers ? facts.providers[provider as ProviderId] : facts.providers.openai;
  const sdk = known.sdk[tool as 'python' | 'node' | 'curl'];
  return sdk && sdks.includes(sdk) ? sdk : null;
}

/**
 * The variant of a recipe for a tool and SDK: the SDK's own, else the tool's generic one (a file that uses no SDK, or
 * the tool's instructions alone). Never another SDK's file.
 */
export function pickVariant<V extends VariantLike>(recipe: RecipeLike<V>, tool: ToolId, sdk: SdkId | null): V | undefined {
  return recipe.variants.find((v) => v.tool === tool && sdk !== null && v.sdk === sdk) ?? recipe.variants.find((v) => v.tool === tool && v.sdk === null);
}

/**
 * The fix to show first: for the tool that printed the error (or the tool the entry belongs to, else Python), in
 * the SDK of the paste or of the entry's provider, from the entry's recipes in order.
 */
export function fixFor<R extends RecipeLike>(
  facts: VariantFacts,
  entry: { providers: readonly string[]; clients: readonly string[] },
  recipes: readonly R[],
  reader: Reader = {},
): Fix<R> | undefined {
  const provider = reader.provider ?? entry.providers[0] ?? null;
  const preferred = [reader.client, ...entry.clients, 'python'].filter(isTool);
  for (const tool of preferred) {
    const sdk = sdkFor(facts, tool, provider, reader.sdk);
    const fixes = recipes.flatMap((recipe): Fix<R>[] => {
      const variant = pickVariant(recipe, tool, sdk);
      return variant ? [{ tool, sdk, recipe, variant }] : [];
    });
    // A tool that cannot do the first fix still says what to do instead: better than another tool's code.
    const best = fixes.find((f) => !f.variant.unsupported) ?? fixes[0];
    if (best) return best;
  }
  return undefined;
}
