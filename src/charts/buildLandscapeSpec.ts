/**
 * IndexModel + CountryBrief → the landscape: every country of the edition by criminality and
 * resilience, the quadrant lines at 5.5, the brief's country labelled and its region set apart
 * (templates/charts/landscape.vl.json).
 */
import { countryByIso3, countryName } from '../index/countries.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import { QUADRANT_SPLIT } from '../model/quadrant.js';
import { formatScore } from '../present/formatFigures.js';
import template from '../../templates/charts/landscape.vl.json' with { type: 'json' };
import type { VegaLiteChartSpec } from './chartSpec.js';
import { chartWords, chartText } from './chartWords.js';
import { fillVegaLite } from './fillTemplate.js';
import { legendColumns } from './legendColumns.js';

/** Right of this criminality (hundredths) the name goes left of the point, so it stays inside. */
const NAME_LEFT_FROM = 650;

type Who = 'country' | 'region' | 'other';
const DRAWING_ORDER: Readonly<Record<Who, number>> = { other: 0, region: 1, country: 2 };
/** Mark areas in square points: the country stands out, its region a little. */
const SIZE: Readonly<Record<Who, number>> = { other: 16, region: 30, country: 70 };

/** The legend starts at the plot's left edge, right of the resilience axis and its title. */
const AXIS_WIDTH = 40;

/** Every country of the edition, the rest of the world first and the brief's country last (drawn on top). */
export function landscapeRows(model: IndexModel, brief: CountryBrief) {
  const edition = model.editions.get(brief.edition);
  if (!edition) throw new Error(`no ${brief.edition} edition in the data`);
  const whoOf = (iso3: string): Who => (iso3 === brief.country.iso3 ? 'country' : countryByIso3(iso3).region === brief.country.region ? 'region' : 'other');
  return [...edition.scores.countries.values()]
    .map((c) => ({ iso3: c.iso3, who: whoOf(c.iso3), size: 0, criminality: c.hundredths.criminality / 100, resilience: c.hundredths.resilience / 100 }))
    .map((row) => ({ ...row, size: SIZE[row.who] }))
    .sort((a, b) => DRAWING_ORDER[a.who] - DRAWING_ORDER[b.who] || a.iso3.localeCompare(b.iso3));
}

/** IndexModel + CountryBrief → the spec of the landscape chart. */
export function buildLandscapeSpec(model: IndexModel, brief: CountryBrief, width: number): VegaLiteChartSpec {
  const countries = landscapeRows(model, brief);
  const { criminality, resilience } = brief.composites;
  const neighbours = countries.filter((c) => c.who === 'region').length;
  const words = chartWords().landscape;
  const title = chartText(words.title, brief, { count: countries.length });
  const legend = {
    countryName: countryName(brief.country),
    regionLabel: chartText(words.region, brief),
    otherLabel: chartText(words.other, brief),
  };
  return {
    id: 'landscape',
    grammar: 'vega-lite',
    title,
    alt: chartText(words.alt, brief, {
      count: countries.length,
      criminality: formatScore(criminality.value),
      resilience: formatScore(resilience.value),
      quadrant: words.quadrants[brief.quadrant],
      neighbours,
    }),
    spec: fillVegaLite(template, {
      width,
      title,
      subtitle: chartText(words.subtitle, brief),
      datasets: {
        countries,
        label: [
          {
            text: countryName(brief.country),
            criminality: criminality.value / 100,
            resilience: resilience.value / 100,
            side: criminality.value >= NAME_LEFT_FROM ? 'left' : 'right',
          },
        ],
        // The quadrant lines; their meaning is in the subtitle, not in corner labels that points would cross.
        split: [{ at: QUADRANT_SPLIT / 100 }],
      },
      params: {
        ...legend,
        legendColumns: legendColumns(Object.values(legend), width - AXIS_WIDTH, { fontSize: 8, symbol: 20, gap: 14 }),
        criminalityTitle: chartText(words.criminalityAxis, brief),
        resilienceTitle: chartText(words.resilienceAxis, brief),
      },
    }),
  };
}
