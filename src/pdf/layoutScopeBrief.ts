/**
 * Model + scope brief + charts → PagePlan: templates/scope.json's sections laid out in order,
 * each by the layout function of its type, then the running footers and document info. The
 * regional, continental and world counterpart of layoutBrief, on the same flow and painter.
 */
import type { IndexModel } from '../model/buildIndexModel.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import type { BriefChart } from './briefCharts.js';
import { fillText, type BriefTemplate } from './briefTemplate.js';
import { text } from './layoutContext.js';
import { layoutAbout } from './layoutAbout.js';
import { layoutFigures } from './layoutFigures.js';
import { layoutGlossary } from './layoutGlossary.js';
import { layoutGroups } from './layoutGroups.js';
import { layoutMembers } from './layoutMembers.js';
import { layoutScopeHistory } from './layoutScopeHistory.js';
import { layoutScopePillar } from './layoutScopePillar.js';
import { layoutScopeSummary } from './layoutScopeSummary.js';
import { pageGeometry, type Paper } from './pageGeometry.js';
import { layoutDocument } from './layoutDocument.js';
import { PageFlow, type PagePlan } from './pagePlan.js';
import { scopeValues, type ScopeLayoutContext } from './scopeLayoutContext.js';
import type { ScopeSection, ScopeTemplate } from './scopeTemplate.js';

type SectionLayouts = {
  readonly [T in ScopeSection['type']]: (context: ScopeLayoutContext, section: Extract<ScopeSection, { type: T }>, parent: string) => void;
};

/** The registry of section types: templates/scope.json names them, these draw them. */
const SECTION_LAYOUTS: SectionLayouts = {
  scopeSummary: layoutScopeSummary,
  members: layoutMembers,
  figures: layoutFigures,
  scopeHistory: layoutScopeHistory,
  groups: layoutGroups,
  scopePillar: layoutScopePillar,
  glossary: layoutGlossary,
  about: layoutAbout,
};

export interface ScopeLayoutOptions {
  readonly paper: Paper;
  readonly template: ScopeTemplate;
  /** The words shared with country briefs (templates/brief.json). */
  readonly common: BriefTemplate;
  readonly date: Date;
  readonly warn: (message: string) => void;
}

export function layoutScopeBrief(model: IndexModel, brief: ScopeBrief, charts: readonly BriefChart[], options: ScopeLayoutOptions): PagePlan {
  const { template, common } = options;
  const flow = new PageFlow(pageGeometry(options.paper));
  const context: ScopeLayoutContext = {
    flow,
    template,
    common,
    model,
    brief,
    charts: new Map(charts.map((chart) => [chart.id, chart])),
    values: scopeValues(template, common, model, brief),
    warn: options.warn,
  };
  return layoutDocument(context, template.sections, (section) => SECTION_LAYOUTS[section.type] as (context: ScopeLayoutContext, section: ScopeSection, parent: string) => void, {
    footer: text(context, template.footer),
    pageNumber: (page, pages) => fillText(template.pageNumber, { page, pages }),
    info: {
      title: text(context, template.kinds[brief.kind].title),
      author: text(context, template.author),
      subject: text(context, template.subject),
      keywords: template.keywords.map((keyword) => text(context, keyword)).join(', '),
      creator: template.creator,
      date: options.date,
    },
  });
}
