import { describe, expect, it } from 'vitest';
import { fixFor, recipesOf } from '../../../src/lib/catalog';
import { PROVIDERS, TOOLS, type ProviderId } from '../../../src/lib/catalog/ids';
import { loadCatalog } from '../../../src/loader/load-catalog';

/**
 * The fix shown first never uses another provider's SDK: for every entry, every tool that could have printed it and
 * every provider it can come from, the chosen variant is written for that provider's SDK in that tool, or for no SDK.
 * (tests/recipes checks that a file imports only the SDK its name says.)
 */
const catalog = loadCatalog();

describe('the preselected fix', () => {
  const cases = catalog.entries.flatMap((entry) =>
    (entry.providers.length ? entry.providers : PROVIDERS).flatMap((provider) => TOOLS.map((tool) => ({ entry, provider, tool }))),
  );

  it('exists for every entry', () => {
    expect(catalog.entries.filter((e) => !fixFor(catalog, e, recipesOf(catalog, e))).map((e) => e.id)).toEqual([]);
  });

  it(`never uses another provider's SDK (${cases.length} entry × provider × tool cases)`, () => {
    const wrong = cases.flatMap(({ entry, provider, tool }) => {
      const fix = fixFor(catalog, entry, recipesOf(catalog, entry), { client: tool, provider });
      if (!fix || fix.variant.sdk === null || !catalog.tools[fix.tool].sdks) return [];
      const expected = catalog.providers[provider as ProviderId].sdk[fix.tool as 'python' | 'node' | 'curl'];
      return fix.variant.sdk === expected ? [] : [`${entry.id} / ${provider} / ${tool}: ${fix.recipe.id} ${fix.variant.key} (want ${expected})`];
    });
    expect(wrong).toEqual([]);
  });

  it('opens on the tool that printed the error whenever a recipe has a variant for it', () => {
    const wrong = cases.flatMap(({ entry, provider, tool }) => {
      const recipes = recipesOf(catalog, entry);
      const fix = fixFor(catalog, entry, recipes, { client: tool, provider });
      const served = recipes.some((r) => r.variants.some((v) => v.tool === tool));
      return served && fix?.tool !== tool ? [`${entry.id} / ${tool}: opened on ${fix?.tool}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('shows code of the SDK a paste reveals (google-genai in a Gemini paste, the AI SDK in a Vercel AI SDK paste)', () => {
    const gemini = catalog.entries.find((e) => e.id === 'gemini-resource-exhausted')!;
    const fix = fixFor(catalog, gemini, recipesOf(catalog, gemini), { client: 'python', provider: 'gemini', sdk: 'google-genai' });
    expect(fix?.variant.key).toBe('python.google-genai');
    const overloaded = catalog.entries.find((e) => e.id === 'anthropic-overloaded')!;
    const node = fixFor(catalog, overloaded, recipesOf(catalog, overloaded), { client: 'node', provider: 'anthropic', sdk: 'ai-sdk' });
    expect(node?.variant.key).toBe('node.ai-sdk');
  });

  it('is an Entra ID sign-in, not a key check, for an Azure resource that refuses keys (403 AuthenticationTypeDisabled)', () => {
    const entry = catalog.entries.find((e) => e.id === 'azure-openai-key-auth-disabled')!;
    for (const client of ['python', 'node', 'curl'] as const) {
      const fix = fixFor(catalog, entry, recipesOf(catalog, entry), { client, provider: 'azure-openai' });
      expect([fix?.recipe.id, fix?.variant.sdk]).toEqual(['use-entra-id-token', 'azure-openai']);
      expect(fix?.variant.file?.code).toMatch(/azure_ad_token|azureADTokenProvider|Authorization: Bearer/);
      expect(fix?.variant.file?.code).not.toMatch(/api-key:|AZURE_OPENAI_API_KEY=/);
    }
  });
});
