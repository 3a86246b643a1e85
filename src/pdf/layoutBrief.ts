/**
 * Model + brief + charts → PagePlan: the template's sections laid out in order, each by the
 * layout function of its type, then the running footers ("Page i of n") and document info.
 */
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import type { BriefChart } from './briefCharts.js';
import { fillText, type BriefSection, type BriefTemplate } from './briefTemplate.js';
import { commonValues, text, type LayoutContext } from './layoutContext.js';
import { layoutAbout } from './layoutAbout.js';
import { layoutFigures } from './layoutFigures.js';
import { layoutNarrative } from './layoutNarrative.js';
import { layoutPillar } from './layoutPillar.js';
import { layoutGlossary } from './layoutGlossary.js';
import { layoutHistory } from './layoutHistory.js';
import { layoutSummary } from './layoutSummary.js';
import { pageGeometry, type Paper } from './pageGeometry.js';
import { layoutDocument } from './layoutDocument.js';
import { PageFlow, type PagePlan } from './pagePlan.js';

type SectionLayouts = {
  readonly [T in BriefSection['type']]: (context: LayoutContext, section: Extract<BriefSection, { type: T }>, parent: string) => void;
};

/** The registry of section types: templates/brief.json names them, these draw them. */
const SECTION_LAYOUTS: SectionLayouts = {
  summary: layoutSummary,
  figures: layoutFigures,
  pillar: layoutPillar,
  history: layoutHistory,
  narrative: layoutNarrative,
  glossary: layoutGlossary,
  about: layoutAbout,
};

export interface LayoutOptions {
  readonly paper: Paper;
  readonly template: BriefTemplate;
  readonly date: Date;
  readonly warn: (message: string) => void;
}

export function layoutBrief(model: IndexModel, brief: CountryBrief, charts: readonly BriefChart[], options: LayoutOptions): PagePlan {
  const { template } = options;
  const flow = new PageFlow(pageGeometry(options.paper));
  const context: LayoutContext = {
    flow,
    template,
    model,
    brief,
    charts: new Map(charts.map((chart) => [chart.id, chart])),
    values: commonValues(template, model, brief),
    warn: options.warn,
  };
  return layoutDocument(context, template.sections, (section) => SECTION_LAYOUTS[section.type] as (context: LayoutContext, section: BriefSection, parent: string) => void, {
    footer: text(context, template.footer),
    pageNumber: (page, pages) => fillText(template.pageNumber, { page, pages }),
    info: {
      title: text(context, template.title),
      author: text(context, template.author),
      subject: text(context, template.subject),
      keywords: template.keywords.map((keyword) => text(context, keyword)).join(', '),
      creator: template.creator,
      date: options.date,
    },
  });
}
