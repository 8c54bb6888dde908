import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '../lib/catalog/ids';
import { diagnoseAsset, diagnoseCodeAsset, type DiagnoseAsset } from '../site/diagnose-data';

/** `/data/diagnose-<lang>-<hash>.json` (the island's data, per language) and `/data/fixes-<hash>.json` (its code). */
export const getStaticPaths = (async () => {
  const assets = await Promise.all([...LANGS.map(diagnoseAsset), diagnoseCodeAsset()]);
  return assets.map((asset) => ({ params: { name: asset.name }, props: { asset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props['asset'] as DiagnoseAsset).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
