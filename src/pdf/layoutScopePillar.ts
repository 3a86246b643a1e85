/**
 * The "scopePillar" section type: criminality (markets, actors) or resilience for a region, a
 * continent or the world, set as the country brief's pillar sections are (placePillar), with
 * the scope's averages against the world's (layoutIndicatorTable.ts). The world brief's bars
 * are the world's own averages: no tick.
 */
import { changeSince, text } from './layoutContext.js';
import { scopeIndicatorTable } from './layoutIndicatorTable.js';
import { figureWithChange, pillarLegend, placePillar } from './layoutPillar.js';
import type { ScopeLayoutContext } from './scopeLayoutContext.js';
import type { ScopePillarSection } from './scopeTemplate.js';

export function layoutScopePillar(context: ScopeLayoutContext, section: ScopePillarSection, parent: string): void {
  const { brief, template } = context;
  const composite = brief.composites[section.composite];
  const words = template.indicatorTable.legend;
  const components = section.parts.map((part) => part.component);
  placePillar(context.flow, parent, {
    pillar: section.composite,
    heading: text(context, section.heading),
    intro: text(context, section.intro, { figure: figureWithChange(composite.value, changeSince(context, composite.change)) }),
    parts: section.parts.map((part) => ({ heading: text(context, part.heading), table: scopeIndicatorTable(context, part.component) })),
    legend: pillarLegend(context, words, brief.kind === 'world' ? undefined : text(context, words.world), components),
  });
}
