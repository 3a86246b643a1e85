/**
 * The "pillar" section type: criminality (markets, actors) or resilience. A heading and a line
 * on the pillar's score, then per component a subheading, its chart and its score table.
 */
import type { PillarSection } from './briefTemplate.js';
import { changeSince, text, type LayoutContext } from './layoutContext.js';
import { chartsFor, figureHeight, FIGURE_SPACE, placeFigure } from './layoutFigures.js';
import { scoreTable } from './layoutScoreTable.js';
import { placeTable, tableLeadHeight } from './layoutTable.js';
import { firstLinesHeight, placeHeading, placeParagraph } from './layoutText.js';
import { formatScore } from '../present/formatFigures.js';

export function layoutPillar(context: LayoutContext, section: PillarSection, parent: string): void {
  const { flow, brief } = context;
  const composite = brief.composites[section.composite];
  const intro = text(context, section.intro, { score: formatScore(composite.value), change: changeSince(context, composite.change) });
  placeHeading(flow, text(context, section.heading), 'h2', 'H2', parent, {
    keepWith: firstLinesHeight(intro, 'intro', flow.width), spaceBefore: 28, spaceAfter: 8, outline: 1, rule: true,
  });
  placeParagraph(flow, intro, 'intro', flow.node('P', parent));

  for (const part of section.parts) {
    const [chart] = part.chart ? chartsFor(context, [part.chart]) : [];
    const table = scoreTable(context, part.component);
    const keepWith = chart ? figureHeight(flow, chart) : tableLeadHeight(table);
    placeHeading(flow, text(context, part.heading), 'h3', 'H3', parent, { keepWith, spaceBefore: 20, spaceAfter: 6, outline: 2 });
    if (chart) {
      placeFigure(flow, chart, parent);
      flow.space(FIGURE_SPACE);
    }
    placeTable(flow, parent, table);
  }
}
