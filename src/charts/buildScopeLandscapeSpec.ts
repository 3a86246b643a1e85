/**
 * IndexModel + ScopeBrief → the landscape of a regional, continental or world brief
 * (templates/charts/scope-landscape.vl.json): every country of the edition by criminality and
 * resilience, the quadrant lines at 5.5. A region's or a continent's members stand out against
 * the rest of the world and are drawn on top; the world's countries take their continent's
 * colour and shape.
 *
 * No country is named on the chart: a scope has up to 54 members, and their names cannot all
 * stand clear of the points; the member tables of the brief name them.
 */
import { CONTINENTS, countryByIso3, groupName } from '../index/countries.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { QUADRANT_SPLIT, type Quadrant } from '../model/quadrant.js';
import { formatScore } from '../present/formatFigures.js';
import template from '../../templates/charts/scope-landscape.vl.json' with { type: 'json' };
import type { VegaLiteChartSpec } from './chartSpec.js';
import { chartWords, scopeChartText, seriesOf } from './chartWords.js';
import { fillVegaLite } from './fillTemplate.js';
import { legendColumns } from './legendColumns.js';

/** Mark areas in square points: members as large as a region's in the country landscape. */
const SIZE = { member: 30, other: 16, continent: 20 } as const;

/** The legend starts at the plot's left edge, right of the resilience axis and its title. */
const AXIS_WIDTH = 40;

/**
 * Every country of the edition. A region or continent: the rest of the world first, then its
 * members (drawn on top). The world: by ISO3 code, so no continent hides another wholesale.
 */
export function scopeLandscapeRows(model: IndexModel, brief: ScopeBrief) {
  const edition = model.editions.get(brief.edition);
  if (!edition) throw new Error(`no ${brief.edition} edition in the data`);
  const members = new Set(brief.members.map((m) => m.country.iso3));
  const whoOf = (iso3: string): string => (brief.kind === 'world' ? countryByIso3(iso3).continent : members.has(iso3) ? 'member' : 'other');
  const sizeOf = (who: string) => (brief.kind === 'world' ? SIZE.continent : who === 'member' ? SIZE.member : SIZE.other);
  return [...edition.scores.countries.values()]
    .map((c) => ({ iso3: c.iso3, who: whoOf(c.iso3), size: 0, criminality: c.hundredths.criminality / 100, resilience: c.hundredths.resilience / 100 }))
    .map((row) => ({ ...row, size: sizeOf(row.who) }))
    .sort((a, b) => Number(a.who === 'member') - Number(b.who === 'member') || a.iso3.localeCompare(b.iso3));
}

/** The legend's groups, in order, with their words. */
function legendOf(brief: ScopeBrief, rows: readonly { who: string }[]): { keys: string[]; labels: Record<string, string> } {
  const words = chartWords().scope.landscape;
  const counted = (who: string) => rows.filter((r) => r.who === who).length;
  if (brief.kind === 'world') {
    const keys = CONTINENTS.filter((c) => counted(c) > 0);
    return { keys, labels: Object.fromEntries(keys.map((c) => [c, scopeChartText(words.continent, brief, { group: groupName(c), count: counted(c) })])) };
  }
  return {
    keys: ['member', 'other'],
    labels: { member: scopeChartText(words.members, brief, { count: counted('member') }), other: scopeChartText(words.other, brief) },
  };
}

/** "high criminality and low resilience 7, low criminality and high resilience 3, …": the members' quadrants, the fullest first. */
function quadrantsOf(brief: ScopeBrief): string {
  const words = chartWords().scope.landscape;
  const counts = new Map<Quadrant, number>();
  for (const m of brief.members) counts.set(m.quadrant, (counts.get(m.quadrant) ?? 0) + 1);
  return seriesOf([...counts].sort((a, b) => b[1] - a[1]).map(([q, n]) => scopeChartText(words.altQuadrant, brief, { quadrant: words.quadrants[q], number: n })));
}

/** "The 12 countries of South America (average criminality 6.13, …) stand out among all 193; by quadrant: …". */
function describe(brief: ScopeBrief, total: number): string {
  const words = chartWords().scope.landscape;
  const { criminality, resilience } = brief.composites;
  return scopeChartText(brief.kind === 'world' ? words.worldAlt : words.alt, brief, {
    total,
    criminality: formatScore(criminality.value),
    resilience: formatScore(resilience.value),
    quadrants: quadrantsOf(brief),
  });
}

/** IndexModel + ScopeBrief → the spec of the landscape chart. */
export function buildScopeLandscapeSpec(model: IndexModel, brief: ScopeBrief, width: number): VegaLiteChartSpec {
  const countries = scopeLandscapeRows(model, brief);
  const words = chartWords().scope.landscape;
  const title = scopeChartText(words.title, brief, { count: countries.length });
  const legend = legendOf(brief, countries);
  return {
    id: 'landscape',
    grammar: 'vega-lite',
    title,
    alt: describe(brief, countries.length),
    spec: fillVegaLite(template, {
      width,
      title,
      subtitle: scopeChartText(words.subtitle, brief),
      datasets: {
        countries,
        // The quadrant lines; their meaning is in the subtitle, as in the country landscape.
        split: [{ at: QUADRANT_SPLIT / 100 }],
      },
      params: {
        legendKeys: legend.keys,
        legendLabels: legend.labels,
        legendColumns: legendColumns(Object.values(legend.labels), width - AXIS_WIDTH, { fontSize: 8, symbol: 20, gap: 14 }),
        criminalityTitle: scopeChartText(words.criminalityAxis, brief),
        resilienceTitle: scopeChartText(words.resilienceAxis, brief),
      },
    }),
  };
}
