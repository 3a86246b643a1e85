/**
 * Charts into the flow: at scale 1 when they fit the column (scaled down only when they do not),
 * never split across pages. Also the "figures" section type: a heading, an intro and a list of
 * charts. A section that does not fit where it falls, on a page not yet filled to
 * FLOAT_BELOW_FILL, floats to the top of the next page and lets what follows fill the gap: a
 * forced break would leave a half-empty page.
 */
import type { BriefChart, ChartId } from './briefCharts.js';
import type { FiguresSection } from './briefTemplate.js';
import { text, type SectionContext } from './layoutContext.js';
import { firstLinesHeight, placeHeading, placeParagraph, textHeight, SECTION_SPACE } from './layoutText.js';
import type { PageFlow } from './pagePlan.js';

/** A chart leaves this much of a page for the heading that must stay with it. */
const MAX_PAGE_SHARE = 0.8;
export const FIGURE_SPACE = 12;
/** A page filled less than this is not left for a figure that does not fit: the figure floats. */
export const FLOAT_BELOW_FILL = 0.75;

/**
 * The size a chart is drawn at: its own, or shrunk to `width` (the column by default) and to
 * most of a page. The chart carries its own title and source line, so it needs no caption.
 */
export function figureSize(flow: PageFlow, chart: BriefChart, width = flow.width): { width: number; height: number } {
  const scale = Math.min(1, width / chart.width, (flow.pageHeight * MAX_PAGE_SHARE) / chart.height);
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

/**
 * The charts of `ids` that were rendered; a missing one is worth a warning. A brief of the first
 * edition has no trend: one point says nothing.
 */
export function chartsFor(context: SectionContext, ids: readonly ChartId[]): BriefChart[] {
  return ids.flatMap((id) => {
    if (id === 'trend' && context.brief.history.length < 2) return [];
    const chart = context.charts.get(id);
    if (!chart) context.warn(`chart "${id}" was not rendered; the brief goes without it`);
    return chart ? [chart] : [];
  });
}

export function layoutFigures(context: SectionContext, section: FiguresSection, parent: string): void {
  const { flow } = context;
  const heading = text(context, section.heading);
  const intro = section.intro === undefined ? undefined : text(context, section.intro);
  const charts = chartsFor(context, section.charts);
  const introHeight = intro === undefined ? 0 : textHeight(intro, 'intro', flow.width);
  const firstChart = charts[0] ? FIGURE_SPACE + figureHeight(flow, charts[0]) : 0;
  const together = introHeight + firstChart;
  const whole = 28 + 10 + 22 + 6 + together;
  const place = () => {
    const keepWith = together <= flow.pageHeight * 0.85 ? together : intro !== undefined ? firstLinesHeight(intro, 'intro', flow.width) : 0;
    placeHeading(flow, heading, 'h2', 'H2', parent, { keepWith, spaceBefore: SECTION_SPACE, spaceAfter: 6, outline: 1, rule: true });
    if (intro !== undefined) placeParagraph(flow, intro, 'intro', flow.node('P', parent));
    for (const chart of charts) {
      flow.space(FIGURE_SPACE);
      placeFigure(flow, chart, parent);
    }
  };
  if (whole > flow.remaining && flow.filled < FLOAT_BELOW_FILL) flow.float(place);
  else place();
}
