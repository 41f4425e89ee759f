// The layers of src/ and who may import whom, for eslint-plugin-boundaries (eslint.config.js).
// The elements are read from the folders themselves: every feature folder is its own element, and a
// new top-level folder under src/ fails lint until it is given a place here.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Who each layer may import, inside out: domain ← db ← (ui, widgets) ← features ← app. */
export const LAYERS = {
  domain: ['domain'],
  i18n: ['domain', 'i18n'],
  db: ['domain', 'db'],
  // Presentational pieces: no data access (a type from db is fine, it leaves no code behind).
  ui: ['domain', 'i18n', 'ui'],
  // Shared widgets that read or write data, used by several features.
  widgets: ['domain', 'db', 'i18n', 'ui', 'widgets'],
  // A feature sees everything below it and its own folder, never another feature.
  features: ['domain', 'db', 'i18n', 'ui', 'widgets'],
  app: ['domain', 'db', 'i18n', 'ui', 'widgets', 'features', 'app'],
};

export function sourceFolders(src = SRC) {
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function layerElements(src = SRC) {
  const undeclared = sourceFolders(src).filter((folder) => !(folder in LAYERS));
  if (undeclared.length > 0) {
    throw new Error(`src/${undeclared.join(', src/')}: give the new folder a layer in scripts/layers.mjs`);
  }
  return Object.keys(LAYERS).map((layer) =>
    layer === 'features' ? { type: 'feature', pattern: 'src/features/*', capture: ['feature'] } : { type: layer, pattern: `src/${layer}` },
  );
}

const typeOf = (layer) => (layer === 'features' ? 'feature' : layer);

export function layerPolicies() {
  const policies = Object.entries(LAYERS).map(([layer, allowed]) => ({
    from: { element: { type: typeOf(layer) } },
    allow: { to: { element: { types: { anyOf: allowed.map(typeOf) } } } },
  }));
  return [
    ...policies,
    // Inside one feature folder anything goes; another feature's folder is never reachable.
    { from: { element: { type: 'feature' } }, allow: { dependency: { relationship: { to: 'internal' } } } },
    { from: { element: { type: 'ui' } }, allow: { to: { element: { type: 'db' } }, dependency: { kind: 'type' } } },
  ];
}
