/**
 * Charts into the flow: at scale 1 when they fit the column (scaled down only when they do not),
 * never split across pages.
 * Also the "figures" section type: a heading, an intro and a list of charts.
 */
import type { BriefChart, ChartId } from './briefCharts.js';
import type { FiguresSection } from './briefTemplate.js';
import { text, type LayoutContext } from './layoutContext.js';
import { firstLinesHeight, placeHeading, placeParagraph, textHeight } from './layoutText.js';
import type { PageFlow } from './pagePlan.js';

/** A chart leaves this much of a page for the heading that must stay with it. */
const MAX_PAGE_SHARE = 0.8;
export const FIGURE_SPACE = 16;

/**
 * The size a chart is drawn at: its own, or shrunk to the column and to most of a page. The
 * chart carries its own title, so it needs no caption.
 */
export function figureSize(flow: PageFlow, chart: BriefChart): { width: number; height: number } {
  const scale = Math.min(1, flow.width / chart.width, (flow.pageHeight * MAX_PAGE_SHARE) / chart.height);
  return { width: chart.width * scale, height: chart.height * scale };
}

/** What a heading placed before this chart must keep with it: the whole figure. */
export function figureHeight(flow: PageFlow, chart: BriefChart): number {
  return figureSize(flow, chart).height;
}

export function placeFigure(flow: PageFlow, chart: BriefChart, parent: string): void {
  const size = figureSize(flow, chart);
  flow.ensure(size.height);
  const x = flow.left + (flow.width - size.width) / 2;
  const bbox = [x, flow.y, x + size.width, flow.y + size.height] as const;
  flow.add({ kind: 'figure', chart: chart.id, x, y: flow.y, ...size, node: flow.node('Figure', parent, { alt: chart.alt, bbox }) });
  flow.y += size.height;
}

/** The charts of `ids` that were rendered; a missing one is worth a warning, except a 'changes' chart with nothing to compare. */
export function chartsFor(context: LayoutContext, ids: readonly ChartId[]): BriefChart[] {
  return ids.flatMap((id) => {
    const chart = context.charts.get(id);
    if (!chart && !(id === 'changes' && context.brief.previousEdition === null)) context.warn(`chart "${id}" was not rendered; the brief goes without it`);
    return chart ? [chart] : [];
  });
}

export function layoutFigures(context: LayoutContext, section: FiguresSection, parent: string): void {
  const { flow, brief } = context;
  const first = brief.previousEdition === null;
  const heading = text(context, first ? (section.headingFirstEdition ?? section.heading) : section.heading);
  const introPattern = first ? (section.introFirstEdition ?? section.intro) : section.intro;
  const intro = introPattern === undefined ? undefined : text(context, introPattern);
  const charts = chartsFor(context, section.charts);
  // Keep the heading with its intro and first chart when they fit on a page together.
  const introHeight = intro === undefined ? 0 : textHeight(intro, 'intro', flow.width);
  const together = introHeight + (charts[0] ? FIGURE_SPACE + figureHeight(flow, charts[0]) : 0);
  const keepWith = together <= flow.pageHeight * 0.85 ? together : intro !== undefined ? firstLinesHeight(intro, 'intro', flow.width) : 0;
  placeHeading(flow, heading, 'h2', 'H2', parent, { keepWith, spaceBefore: 28, spaceAfter: 8, outline: 1, rule: true });
  if (intro !== undefined) {
    placeParagraph(flow, intro, 'intro', flow.node('P', parent));
  }
  for (const chart of charts) {
    flow.space(FIGURE_SPACE);
    placeFigure(flow, chart, parent);
  }
}
