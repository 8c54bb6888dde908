import { useEffect, useRef, useState } from 'preact/hooks';
import { TOOLS, type ToolId } from '../lib/catalog/ids';
import { fixOrder } from '../lib/catalog/fix-order';
import { fixFor, pickVariant, sdkFor } from '../lib/catalog/pick-variant';
import type { Diagnosis } from '../lib/classify';
import { fixTextKey, type DiagnoseCode, type DiagnoseData, type DiagnoseDetails, type DiagnoseEntryView, type DiagnoseRecipeView } from '../lib/diagnose-data';
import type { UiStrings } from '../lib/i18n';
import { FixCode } from './FixCode';
import { Inline } from './Inline';

interface Props {
  ui: UiStrings;
  data: DiagnoseData;
  /** The fix code file, once loaded. */
  code: DiagnoseCode | 'loading' | 'failed';
  /** The file with each fix's explanation, once loaded: until then a fix shows its title, code and link. */
  details: DiagnoseDetails | 'loading' | 'failed';
  entry: FixesOf;
  diagnosis: Diagnosis;
}

/** What the tabs read of an entry (or of a kind's usual fixes, see Result's kindFixes). */
export type FixesOf = Pick<DiagnoseEntryView, 'id' | 'providers' | 'clients' | 'recipes'>;

/**
 * The entry's fixes as one tab per tool. The tool that printed the error is selected first, and each tab shows the
 * variant for the SDK of the paste or of the entry's provider: never another provider's SDK.
 */
export function FixTabs({ ui, data, code, details, entry, diagnosis }: Props) {
  const recipes = fixOrder(entry.recipes, diagnosis.retryable).map((id) => data.recipes[id]).filter((r): r is DiagnoseRecipeView => r !== undefined);
  const reader = { client: diagnosis.client ?? diagnosis.runtime, provider: diagnosis.provider ?? entry.providers[0] ?? null, sdk: diagnosis.sdk };
  // Only tools a recipe can serve get a tab: "not possible in this tool" is no fix.
  const tools = TOOLS.filter((tool) => recipes.some((r) => r.variants.some((v) => v.tool === tool && !v.unsupported)));
  const preferred = fixFor(data.facts, entry, recipes, reader)?.tool;
  const initial = preferred && tools.includes(preferred) ? preferred : tools[0];
  const [selected, setSelected] = useState<ToolId | undefined>(initial);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => setSelected(initial), [entry.id, initial]);
  if (!selected) return null;

  const sdk = sdkFor(data.facts, selected, reader.provider, reader.sdk);
  const shown = recipes.flatMap((recipe) => {
    const variant = pickVariant(recipe, selected, sdk);
    return variant && !variant.unsupported ? [{ recipe, variant, text: typeof details === 'object' ? details.fixes[fixTextKey(recipe.id, variant.key)] : undefined }] : [];
  });
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tools.indexOf(selected);
    const next = event.key === 'ArrowRight' ? at + 1 : event.key === 'ArrowLeft' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? tools.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const index = (next + tools.length) % tools.length;
    setSelected(tools[index]);
    tabs.current[index]?.focus();
  };
  const toolName = data.names.tools[selected];
  return (
    <div class="dx-fixes">
      <div role="tablist" aria-label={ui.fixes} class="dx-tablist" onKeyDown={onKeyDown}>
        {tools.map((tool, i) => (
          <button
            type="button"
            role="tab"
            id={`dx-tab-${tool}`}
            aria-selected={tool === selected}
            aria-controls="dx-fix-panel"
            tabIndex={tool === selected ? 0 : -1}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            onClick={() => setSelected(tool)}
          >
            {data.names.tools[tool]}
          </button>
        ))}
      </div>
      <div id="dx-fix-panel" role="tabpanel" aria-labelledby={`dx-tab-${selected}`} tabIndex={0} class="dx-panel" data-tool={selected} data-sdk={sdk ?? ''}>
        {shown.length === 0 && <p>{ui.noFixForTool}</p>}
        {shown.map(({ recipe, variant, text }) => (
          <div class="recipe" data-recipe={recipe.id} data-tool={variant.tool} data-sdk={variant.sdk ?? ''}>
            <p class="recipe-title">
              <strong>{recipe.title}</strong>
            </p>
            {text && (
              <p>
                <Inline text={text} />
              </p>
            )}
            {variant.file && (
              <FixCode
                lines={typeof code === 'object' ? code.files[variant.file.key] : code}
                classes={typeof code === 'object' ? code.classes : []}
                title={[toolName, variant.sdk && data.names.sdks[variant.sdk], variant.file.name].filter(Boolean).join(' · ')}
                ui={ui}
              />
            )}
            <p class="dx-note">
              <a href={recipe.url}>{ui.fixEveryTool} →</a>
            </p>
          </div>
        ))}
      </div>
    </div>
  );
}
