/**
 * ScopeBrief → the comparison of a regional, continental or world brief
 * (templates/charts/scope-comparison.vl.json): the scope's criminality and resilience averages
 * beside those of what contains it. A region stands beside its continent and the world, a
 * continent beside the world; the world has nothing above it, so it stands beside its five
 * continents. Criminality and resilience only, as in the country brief's comparison.
 */
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { groupInSentence, groupName } from '../index/countries.js';
import { formatScore } from '../present/formatFigures.js';
import template from '../../templates/charts/scope-comparison.vl.json' with { type: 'json' };
import { COMPARED, legendWidth } from './buildComparisonSpec.js';
import type { VegaLiteChartSpec } from './chartSpec.js';
import { chartWords, listOf, scopeChartText, versusOf } from './chartWords.js';
import { fillVegaLite } from './fillTemplate.js';
import { legendColumns } from './legendColumns.js';

type Pillar = 'criminality' | 'resilience';

/** One group of bars: its key in the template, its legend word, its name in a sentence and its two averages (hundredths). */
interface Group {
  readonly who: string;
  readonly name: string;
  readonly nameIn: string;
  readonly values: Readonly<Record<Pillar, number>>;
}

/** The scope first, then what it is compared with. */
export function comparisonGroups(brief: ScopeBrief): Group[] {
  const words = chartWords().scope.comparison;
  const { criminality, resilience } = brief.composites;
  const scope: Group = {
    who: 'scope',
    name: scopeChartText(words.scope, brief),
    nameIn: scopeChartText('{nameIn}', brief),
    values: { criminality: criminality.value, resilience: resilience.value },
  };
  if (brief.kind === 'world') {
    const continents = brief.subgroups.filter((g) => g.kind === 'continent');
    return [scope, ...continents.map((g) => ({ who: g.name, name: groupName(g.name), nameIn: groupInSentence(g.name), values: { criminality: g.criminality.value, resilience: g.resilience.value } }))];
  }
  const world: Group = { who: 'world', name: scopeChartText(words.world, brief), nameIn: chartWords().scope.world.nameIn, values: { criminality: criminality.world, resilience: resilience.world } };
  if (brief.kind === 'continent') return [scope, world];
  const continent: Group = {
    who: 'continent',
    name: scopeChartText(words.continent, brief),
    nameIn: groupInSentence(brief.continent!),
    values: { criminality: criminality.continent!, resilience: resilience.continent! },
  };
  return [scope, continent, world];
}

/** One bar per composite and group, in print order: the scope first. */
export function scopeComparisonRows(groups: readonly Group[]) {
  return COMPARED.flatMap(({ id, name }) => groups.map((group) => ({ key: name, who: group.who, score: group.values[id as Pillar] / 100, scoreText: formatScore(group.values[id as Pillar]) })));
}

/** "South America's", "the Americas'": a name in running text, as its possessive. */
function possessive(nameIn: string, brief: ScopeBrief): string {
  const words = chartWords().scope.comparison;
  return scopeChartText(nameIn.endsWith('s') ? words.possessiveEndingInS : words.possessive, brief, { name: nameIn });
}

/** An alt text begins a sentence, whatever its first placeholder holds ("the world's" → "The world's"). */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function describe(brief: ScopeBrief, groups: readonly Group[]): string {
  const words = chartWords().scope.comparison;
  const whose = possessive(scopeChartText('{nameIn}', brief), brief);
  const [scope, ...others] = groups as [Group, ...Group[]];
  const figures = { whose, criminality: formatScore(scope.values.criminality), resilience: formatScore(scope.values.resilience) };
  if (brief.kind === 'world') {
    /** The lowest and the highest continent of a pillar: {criminalityLow} ({criminalityLowest}), {criminalityHigh} ({criminalityHighest}). */
    const range = (pillar: Pillar) => {
      const sorted = [...others].sort((a, b) => a.values[pillar] - b.values[pillar]);
      const [low, high] = [sorted[0]!, sorted.at(-1)!];
      return {
        [`${pillar}Low`]: formatScore(low.values[pillar]),
        [`${pillar}Lowest`]: low.name,
        [`${pillar}High`]: formatScore(high.values[pillar]),
        [`${pillar}Highest`]: high.name,
      };
    };
    return capitalised(scopeChartText(words.worldAlt, brief, { ...figures, ...range('criminality'), ...range('resilience') }));
  }
  /** "above the Americas' (5.27) and above the world's (5.08)": the scope against each group it is compared with. */
  const versus = (pillar: Pillar) =>
    listOf(
      others.map((other) => {
        const [value, average] = [scope.values[pillar], other.values[pillar]];
        const than = scopeChartText(words.altThan, brief, { whose: possessive(other.nameIn, brief), score: formatScore(average) });
        return scopeChartText(words.altVersus[versusOf(value, average)], brief, { than });
      }),
    );
  return capitalised(scopeChartText(words.alt, brief, { ...figures, criminalityVersus: versus('criminality'), resilienceVersus: versus('resilience') }));
}

/** ScopeBrief → the spec of the comparison chart. */
export function buildScopeComparisonSpec(brief: ScopeBrief, width: number): VegaLiteChartSpec {
  const words = chartWords().scope.comparison;
  const groups = comparisonGroups(brief);
  const title = scopeChartText(brief.kind === 'world' ? words.worldTitle : words.title, brief);
  const names = groups.map((g) => g.name);
  return {
    id: 'comparison',
    grammar: 'vega-lite',
    title,
    alt: describe(brief, groups),
    spec: fillVegaLite(template, {
      width,
      title,
      datasets: { bars: scopeComparisonRows(groups) },
      // The template's step is per bar.
      lines: COMPARED.length * groups.length,
      params: {
        lineKeys: COMPARED.map((c) => c.name),
        whoKeys: groups.map((g) => g.who),
        whoNames: Object.fromEntries(groups.map((g) => [g.who, g.name])),
        legendColumns: legendColumns(names, legendWidth(width), { fontSize: 8, symbol: 18, gap: 14 }),
      },
    }),
  };
}
