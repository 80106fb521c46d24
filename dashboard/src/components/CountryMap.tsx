// The exchanges of a figure on a world map, shaded by count (a choropleth), beside the
// bar chart and the table that carry the same figures. Each country with exchanges takes
// the focus, is named with its count, and opens the exchanges behind it (click, Enter or
// Space). The geometry is Natural Earth's, from the world-atlas package, bundled with
// this file of the build: nothing is fetched from elsewhere.
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { alpha2ToNumeric } from 'i18n-iso-countries/index.js';
import type { KeyboardEvent } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import type { Formats, Translate } from '../i18n.ts';

type Country = Feature<Geometry, { name: string }>;

const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
// Antarctica (ISO 3166-1 numeric 010) is left out: no municipality is there, and it
// would take much of the height.
const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features.filter(
  (country: Country) => country.id !== '010',
);
const width = 960;
const projection = geoEqualEarth().fitWidth(width, { type: 'FeatureCollection', features: countries });
const path = geoPath(projection);
const height = Math.ceil(path.bounds({ type: 'FeatureCollection', features: countries })[1][1]);
/** Each country's outline, projected once, by its ISO 3166-1 numeric code. */
const outlines = countries.map((country) => ({ numeric: country.id === undefined ? '' : String(country.id), d: path(country) ?? '' }));

/** Shades from light to dark, for the classes of counts; the darkest for the most. */
const shades = ['#9cbfe0', '#5d93c9', '#2c68a6', '#0c3f73'] as const;

/** Up to four classes of equal width over 1…max, each {from, to} included. */
export function countClasses(max: number): { from: number; to: number }[] {
  const n = Math.max(1, Math.min(shades.length, max));
  const size = Math.max(1, max) / n;
  return Array.from({ length: n }, (_, i) => ({ from: Math.floor(i * size) + 1, to: Math.floor((i + 1) * size) }));
}

/** The ISO 3166-1 numeric code of an alpha-2 code, as the atlas names its countries. */
export function numericCode(alpha2: string): string | undefined {
  return alpha2ToNumeric(alpha2.toUpperCase());
}

interface Row {
  countryCode: string;
  count: number;
}

interface Props<R extends Row> {
  t: Translate;
  f: Formats;
  /** The figure's title, which names the map. */
  title: string;
  rows: R[];
  onSelect: (row: R) => void;
}

export function CountryMap<R extends Row>({ t, f, title, rows, onSelect }: Props<R>) {
  const classes = countClasses(Math.max(0, ...rows.map((r) => r.count)));
  const palette = shades.slice(shades.length - classes.length);
  const shade = (count: number) => palette[classes.findIndex((c) => count >= c.from && count <= c.to)] ?? palette[palette.length - 1];
  const byNumeric = new Map(rows.flatMap((row) => (numericCode(row.countryCode) ? [[numericCode(row.countryCode)!, row] as const] : [])));
  const shown = outlines.filter((o) => byNumeric.has(o.numeric));
  const missing = rows.filter((row) => !shown.some((o) => byNumeric.get(o.numeric) === row));
  const name = (row: R) => t('map.country', { country: f.country(row.countryCode), count: f.integer(row.count) });
  const press = (row: R) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(row);
    }
  };
  const range = (c: { from: number; to: number }) => (c.from === c.to ? f.integer(c.from) : `${f.integer(c.from)}–${f.integer(c.to)}`);

  return (
    <div className="map">
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={t('map.label', { figure: title })}>
        <g aria-hidden="true" className="map-land">
          {outlines.map((o, i) => (byNumeric.has(o.numeric) ? null : <path key={i} d={o.d} />))}
        </g>
        <g className="map-data">
          {shown.map((o) => {
            const row = byNumeric.get(o.numeric)!;
            return (
              <path
                key={o.numeric}
                d={o.d}
                fill={shade(row.count)}
                data-country={row.countryCode}
                role="button"
                tabIndex={0}
                aria-label={name(row)}
                onClick={() => onSelect(row)}
                onKeyDown={press(row)}
              >
                <title>{name(row)}</title>
              </path>
            );
          })}
        </g>
      </svg>
      <ul className="map-legend" aria-label={t('map.legend')}>
        {classes.map((c, i) => (
          <li key={c.from}>
            <span className="swatch" style={{ background: palette[i] }} aria-hidden="true" />
            {range(c)}
          </li>
        ))}
        <li>
          <span className="swatch none" aria-hidden="true" />
          {t('map.none')}
        </li>
      </ul>
      <p className="help">
        {t('map.help')}
        {missing.length > 0 && ` ${t('map.missing', { countries: missing.map((row) => f.country(row.countryCode)).join(', ') })}`}
      </p>
    </div>
  );
}
