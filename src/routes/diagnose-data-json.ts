import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '../lib/catalog/ids';
import { diagnoseAsset, diagnoseCodeAsset, diagnoseDetailsAsset, type DiagnoseAsset } from '../site/diagnose-data';

/**
 * `/data/diagnose-<lang>-<hash>.json` (the island's data, per language), `/data/details-<lang>-<hash>.json` (the entries'
 * full cause and advice and the fixes' explanations, per language) and `/data/fixes-<hash>.json` (its code).
 */
export const getStaticPaths = (async () => {
  const assets = await Promise.all([...LANGS.map(diagnoseAsset), ...LANGS.map(diagnoseDetailsAsset), diagnoseCodeAsset()]);
  return assets.map((asset) => ({ params: { name: asset.name }, props: { asset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props['asset'] as DiagnoseAsset).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
