/**
 * The "scopePillar" section type: criminality (markets, actors) or resilience for a region, a
 * continent or the world, set as the country brief's pillar sections are (layoutPillarSection), with
 * the scope's averages against the world's (layoutIndicatorTable.ts). The world brief's bars
 * are the world's own averages: no tick.
 */
import { text } from './layoutContext.js';
import { scopeIndicatorTable } from './layoutIndicatorTable.js';
import { layoutPillarSection } from './layoutPillar.js';
import type { ScopeLayoutContext } from './scopeLayoutContext.js';
import type { ScopePillarSection } from './scopeTemplate.js';

export function layoutScopePillar(context: ScopeLayoutContext, section: ScopePillarSection, parent: string): void {
  const tick = context.brief.kind === 'world' ? undefined : text(context, context.template.indicatorTable.legend.world);
  layoutPillarSection(context, section, parent, (component) => scopeIndicatorTable(context, component), tick);
}
