/**
 * The "scopePillar" section type: criminality (markets, actors) or resilience for a region, a
 * continent or the world, set as the country brief's pillar sections are (placePillar), with
 * the scope's averages against the world's (layoutIndicatorTable.ts). The world brief's bars
 * are the world's own averages: no tick.
 */
import { changeSince, text } from './layoutContext.js';
import { scopeIndicatorTable } from './layoutIndicatorTable.js';
import { figureWithChange, placePillar } from './layoutPillar.js';
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
    legend: {
      bar: text(context, words.bar),
      ...(brief.kind === 'world' ? {} : { tick: text(context, words.world) }),
      ...(brief.previousEdition === null
        ? {}
        : {
            worse: text(context, words.worse),
            better: text(context, words.better),
            ...(brief.indicators.some((f) => components.includes(f.indicator.component) && f.change === null) ? { notAvailable: text(context, words.notAvailable) } : {}),
          }),
    },
  });
}
