/**
 * CountryBrief → the comparison: the country's criminality and resilience beside the averages
 * of its region, its continent and the world (templates/charts/comparison.vl.json). Two
 * composites, not four: at half a column, four bars of four groups are too thin to carry their
 * labels; markets and actors are set against the region in the pillar tables.
 */
import type { CountryBrief } from '../model/buildCountryBrief.js';
import { COMPOSITES } from '../index/taxonomy.js';
import { formatScore } from '../present/formatFigures.js';
import template from '../../templates/charts/comparison.vl.json' with { type: 'json' };
import type { VegaLiteChartSpec } from './chartSpec.js';
import { fillVegaLite } from './fillTemplate.js';
import { legendColumns } from './legendColumns.js';
import { measureText } from '../fonts/fonts.js';
import { chartWords, chartText, versusOf } from './chartWords.js';

const WHO = ['country', 'region', 'continent', 'world'] as const;

/** One bar per composite and group, in print order: the country first. */
export const COMPARED = COMPOSITES.filter((c) => c.id === 'criminality' || c.id === 'resilience');

export function comparisonRows(brief: CountryBrief) {
  return COMPARED.flatMap(({ id, name }) => {
    const figure = brief.composites[id];
    const value = { country: figure.value, ...figure.averages };
    return WHO.map((who) => ({ key: name, who, score: value[who] / 100, scoreText: formatScore(value[who]) }));
  });
}

/** "In Peru, criminality (6.40) is above the South America average (5.94) and above the world's (5.03); resilience …". */
function describe(brief: CountryBrief): string {
  const words = chartWords().comparison;
  /** "above the regional average (4.72)": how a figure stands to one average, in the pattern of that way. */
  const versus = (value: number, average: number, than: string) => chartText(words.altVersus[versusOf(value, average)], brief, { than: chartText(than, brief, { score: formatScore(average) }) });
  const { criminality, resilience } = brief.composites;
  return chartText(words.alt, brief, {
    criminality: formatScore(criminality.value),
    criminalityToRegion: versus(criminality.value, criminality.averages.region, words.altThan.region),
    criminalityToWorld: versus(criminality.value, criminality.averages.world, words.altThan.world),
    resilience: formatScore(resilience.value),
    resilienceToRegion: versus(resilience.value, resilience.averages.region, words.altThan.regionAgain),
    resilienceToWorld: versus(resilience.value, resilience.averages.world, words.altThan.world),
  });
}

/** The legend starts where the bars do, right of the composites' bold names. */
export function legendWidth(width: number): number {
  const names = Math.max(...COMPARED.map((c) => measureText(c.name, 8, 'bold')));
  return width - names - 16;
}

/** CountryBrief → the spec of the comparison chart. */
export function buildComparisonSpec(brief: CountryBrief, width: number): VegaLiteChartSpec {
  const words = chartWords().comparison;
  const title = chartText(words.title, brief);
  const legend = {
    countryName: chartText(words.country, brief),
    regionName: chartText(words.region, brief),
    continentName: chartText(words.continent, brief),
    worldName: chartText(words.world, brief),
  };
  return {
    id: 'comparison',
    grammar: 'vega-lite',
    title,
    alt: describe(brief),
    spec: fillVegaLite(template, {
      width,
      title,
      datasets: { bars: comparisonRows(brief) },
      lines: COMPARED.length,
      params: {
        lineKeys: COMPARED.map((c) => c.name),
        ...legend,
        legendColumns: legendColumns(Object.values(legend), legendWidth(width), { fontSize: 8, symbol: 18, gap: 14 }),
      },
    }),
  };
}
