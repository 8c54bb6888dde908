import { useEffect, useState } from 'preact/hooks';
import type { FixTabs as FixTabsComponent } from './FixTabs';

type Props = Parameters<typeof FixTabsComponent>[0];

/** FixTabs once fetched, for every later result. */
let loaded: typeof FixTabsComponent | undefined;

/**
 * The fix tabs, fetched the first time a verdict has fixes (as the fix code file is), so that the page is ready to
 * read a paste without their code: until they arrive the result shows everything else.
 */
export function LazyFixTabs(props: Props) {
  const [FixTabs, setFixTabs] = useState(() => loaded);
  useEffect(() => {
    if (FixTabs) return;
    let live = true;
    import('./FixTabs').then((module) => {
      loaded = module.FixTabs;
      if (live) setFixTabs(() => module.FixTabs);
    });
    return () => {
      live = false;
    };
  }, [FixTabs]);
  return FixTabs ? <FixTabs {...props} /> : null;
}
