import { useEffect, useRef, useState } from 'preact/hooks';
import { TOOL_NAMES, TOOLS, type ToolId } from '../lib/catalog/ids';
import type { DiagnoseRecipeView } from '../lib/diagnose-data';
import type { Lang } from '../lib/i18n';
import { t } from '../lib/ui-text';

interface Props {
  lang: Lang;
  recipes: DiagnoseRecipeView[];
  preferred: string | null;
}

/**
 * Fix recipes as tabs per tool, the detected tool first selected. The snippets were highlighted at build time
 * into <template> elements of the page; a tab clones them, so no highlighter ships to the browser.
 */
export function FixTabs({ lang, recipes, preferred }: Props) {
  const tools = TOOLS.filter((tool) => recipes.some((r) => r.tools.includes(tool)));
  const initial = tools.find((tool) => tool === preferred) ?? tools[0];
  const [selected, setSelected] = useState<ToolId | undefined>(initial);
  const panel = useRef<HTMLDivElement>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => setSelected(initial), [recipes, preferred]);

  useEffect(() => {
    const target = panel.current;
    if (!target || !selected) return;
    target.replaceChildren();
    for (const recipe of recipes) {
      const template = document.querySelector<HTMLTemplateElement>(
        `template[data-recipe="${CSS.escape(recipe.id)}"][data-tool="${CSS.escape(selected)}"]`,
      );
      if (template) target.append(template.content.cloneNode(true));
    }
    if (!target.childElementCount) target.textContent = t('noFixForTool', lang);
  }, [recipes, selected]);

  if (!selected) return null;
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tools.indexOf(selected);
    const next = event.key === 'ArrowRight' ? at + 1 : event.key === 'ArrowLeft' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? tools.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const index = (next + tools.length) % tools.length;
    setSelected(tools[index]);
    tabs.current[index]?.focus();
  };
  return (
    <div class="dx-fixes">
      <div role="tablist" aria-label={t('fixes', lang)} class="dx-tablist" onKeyDown={onKeyDown}>
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
            {TOOL_NAMES[tool]}
          </button>
        ))}
      </div>
      <div id="dx-fix-panel" role="tabpanel" aria-labelledby={`dx-tab-${selected}`} tabIndex={0} ref={panel} class="dx-panel" />
    </div>
  );
}
