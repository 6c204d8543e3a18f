import type { GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';

/** The land masses as GeoJSON, ready for d3's geoPath. */
export type Land = GeoPermissibleObjects;

export type LoadLandResult =
  | { readonly ok: true; readonly value: Land }
  | { readonly ok: false; readonly error: string };

type AtlasTopology = Parameters<typeof feature>[0];

/**
 * Natural Earth's land at 1:110 million (world-atlas, ~55 KB): coarse, but a map a few hundred px wide shows no
 * more. Imported dynamically so the data arrives in its own chunk, after the page is usable.
 */
export async function loadLand(): Promise<LoadLandResult> {
  try {
    const { default: atlas } = await import('world-atlas/land-110m.json');
    // The file is TopoJSON by construction (world-atlas builds it with topojson-server).
    const topology = atlas as unknown as AtlasTopology;
    const land = topology.objects.land;
    if (!land) return { ok: false, error: 'the atlas has no land layer' };
    return { ok: true, value: feature(topology, land) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
