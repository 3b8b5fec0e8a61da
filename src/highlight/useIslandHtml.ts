/**
 * One block's HTML from its page's island module (islands.ts): at once if the module is already
 * loaded, otherwise loaded (once per page, shared by every block) when `wanted`. `failed` says the
 * download failed; a later mount tries again.
 */
import {useEffect, useState} from 'react';
import type {CodeIslands} from './islands';

export interface IslandHtmlState {
  readonly html: string | undefined;
  readonly failed: boolean;
}

export function useIslandHtml(island: CodeIslands, index: number, wanted = true): IslandHtmlState {
  const [html, setHtml] = useState(() => island.loaded()?.[String(index)]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (html !== undefined || !wanted) return undefined;
    let current = true;
    island.load().then(
      (all) => current && setHtml(all[String(index)] ?? ''),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [island, index, html, wanted]);
  return {html, failed};
}
