/**
 * CountryBrief → the changes chart: every indicator scored in both editions as a diverging bar,
 * under a heading per pillar, sorted from the largest rise to the largest fall, and coloured by
 * meaning, since a rise is bad for a criminal market and good for resilience
 * (templates/charts/changes.vl.json). Without a previous edition, a sentence says so
 * (templates/charts/changesNone.vl.json).
 */
import type { CountryBrief, IndicatorFigure } from '../model/buildCountryBrief.js';
import type { Pillar } from '../index/taxonomy.js';
import { formatChange } from '../present/formatFigures.js';
import template from '../../templates/charts/changes.vl.json' with { type: 'json' };
import noneTemplate from '../../templates/charts/changesNone.vl.json' with { type: 'json' };
import type { VegaLiteChartSpec } from './chartSpec.js';
import { fillVegaLite } from './fillTemplate.js';

export type Meaning = 'Worse' | 'Better' | 'No change';

/** Criminality's indicators first, then resilience's: within each, a rise means one thing. */
const PILLARS: readonly { pillar: Pillar; heading: string }[] = [
  { pillar: 'criminality', heading: 'Criminal markets and actors' },
  { pillar: 'resilience', heading: 'Resilience' },
];

/** A change read the way the indicator runs: up is worse for criminality, better for resilience. */
export function meaningOf(figure: IndicatorFigure): Meaning {
  const change = figure.change ?? 0;
  if (change === 0) return 'No change';
  return (change > 0) === (figure.indicator.higherIs === 'worse') ? 'Worse' : 'Better';
}

/** The x domain: symmetric, whole half-points, with a third more room for the end labels. */
export function changeDomain(figures: readonly IndicatorFigure[]): [number, number] {
  const largest = Math.max(50, ...figures.map((f) => Math.abs(f.change ?? 0)));
  const reach = (Math.ceil(largest / 50) * 50 * 4) / 3 / 100;
  return [-reach, reach];
}

/** Rises first, falls last; equal changes keep the page's order (the sort is stable). */
export function changeRows(figures: readonly IndicatorFigure[]): IndicatorFigure[] {
  return [...figures].sort((a, b) => (b.change ?? 0) - (a.change ?? 0));
}

/** Alt text names at most this many tied indicators: it must stay a sentence or two. */
const MOST_NAMED = 3;

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function describe(brief: CountryBrief, figures: readonly IndicatorFigure[]): string {
  const of = (m: Meaning) => figures.filter((f) => meaningOf(f) === m).length;
  const largest = Math.max(...figures.map((f) => Math.abs(f.change!)));
  const biggest = figures.filter((f) => largest > 0 && Math.abs(f.change!) === largest);
  const which = biggest
    .slice(0, MOST_NAMED)
    .map((f) => `${f.indicator.name.toLowerCase()} (${formatChange(f.change)}, ${meaningOf(f).toLowerCase()})`);
  const more = biggest.length > MOST_NAMED ? ` and ${count(biggest.length - MOST_NAMED, 'other')}` : '';
  return (
    `Since ${brief.previousEdition}, ${count(of('Worse'), 'indicator')} of ${brief.country.name} changed for the worse, ` +
    `${of('Better')} for the better and ${of('No change')} did not change.` +
    (which.length > 0 ? ` Largest change: ${which.join('; ')}${more}.` : '')
  );
}

/** CountryBrief → the spec of the changes chart. */
export function buildChangesSpec(brief: CountryBrief, width: number): VegaLiteChartSpec {
  if (brief.previousEdition === null) {
    const title = `Changes since the previous edition`;
    const text = `No comparison: ${brief.edition} is the first edition of the Index in the data.`;
    return {
      id: 'changes',
      grammar: 'vega-lite',
      title,
      alt: text,
      spec: fillVegaLite(noneTemplate, { width, title, datasets: { message: [{ text }] } }),
    };
  }
  const figures = brief.indicators.filter((f) => f.change !== null);
  const rows = PILLARS.flatMap(({ pillar, heading }) => [
    { kind: 'g', key: `g|${heading}`, change: null, changeText: '', meaning: null, side: null },
    ...changeRows(figures.filter((f) => f.indicator.pillar === pillar)).map((f) => ({
      kind: 'i',
      key: `i|${f.indicator.name}`,
      change: f.change! / 100,
      changeText: formatChange(f.change),
      meaning: meaningOf(f),
      side: f.change! < 0 ? 'left' : 'right',
    })),
  ]);
  const title = `Changes since ${brief.previousEdition}`;
  const added = brief.indicators.length - figures.length;
  return {
    id: 'changes',
    grammar: 'vega-lite',
    title,
    alt: describe(brief, figures),
    spec: fillVegaLite(template, {
      width,
      title,
      subtitle:
        `Change in each indicator's score from ${brief.previousEdition} to ${brief.edition}. A rise in a criminal market or ` +
        `actor is worse, a rise in resilience better.` +
        (added > 0 ? ` ${count(added, 'indicator')} new in ${brief.edition} ${added === 1 ? 'has' : 'have'} no change to show.` : ''),
      datasets: { rows },
      lines: rows.length,
      params: { lineKeys: rows.map((r) => r.key), changeDomain: changeDomain(figures) },
    }),
  };
}
