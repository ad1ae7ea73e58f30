// Generates ../../src/main/resources/reference/world-map.tsv from Natural Earth 1:110m admin-0 countries
// (public domain) as packaged by world-atlas 2.0.2 (ISC): one line per country, ISO 3166 alpha-3 code and
// an SVG path in a 960 x 480 Natural Earth projection, coordinates rounded to 0.1 px. Run once:
//   npm ci && node generate.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const world = feature(topology, topology.objects.countries);
const width = 960, height = 480;
const projection = geoNaturalEarth1().fitExtent([[2, 2], [width - 2, height - 2]], world);
const path = geoPath(projection).digits(1);

const lines = ['# Natural Earth 1:110m countries (public domain), via world-atlas 2.0.2; see NOTICE. viewBox 0 0 ' + width + ' ' + height];
const skipped = [];
for (const f of world.features) {
  const iso3 = f.id ? countries.numericToAlpha3(f.id) : undefined;
  const d = path(f);
  if (!iso3 || !d) { skipped.push(f.properties.name); continue; }
  lines.push(iso3 + '\t' + d);
}
lines.sort((a, b) => (a.startsWith('#') ? -1 : b.startsWith('#') ? 1 : a.localeCompare(b)));
const out = new URL('../../src/main/resources/reference/world-map.tsv', import.meta.url);
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length - 1} countries written; without an ISO code: ${skipped.join(', ')}`);

// regions.tsv: each State's region (Africa, Americas, Asia, Europe, Oceania, Antarctic) from world-countries
// 5.1.0 (ODbL 1.0), for the register's region filter.
const regions = require('world-countries/countries.json')
  .map((c) => c.cca3 + '\t' + c.region).sort();
writeFileSync(new URL('../../src/main/resources/reference/regions.tsv', import.meta.url),
  ['# ISO 3166 alpha-3, region; from world-countries 5.1.0 (ODbL 1.0), see NOTICE-world-map.md'].concat(regions).join('\n') + '\n');
console.log(`${regions.length} regions written`);
