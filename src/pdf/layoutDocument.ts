/**
 * What every brief's layout does around its sections: lays them out in order, each by the layout
 * of its type (a new page first when the template asks), places what still floats, then puts the
 * running footer ("Page i of n") on every page and the document info in the plan.
 */
import { currentLang } from '../present/locale.js';
import type { SectionContext } from './layoutContext.js';
import type { PagePlan } from './pagePlan.js';

/** The document info a brief's template fills, without its language, which is the output's. */
export type DocumentInfo = Omit<PagePlan['info'], 'lang'>;

export function layoutDocument<C extends SectionContext, S extends { readonly type: string; readonly newPage?: boolean | undefined }>(
  context: C,
  sections: readonly S[],
  layoutOf: (section: S) => (context: C, section: S, parent: string) => void,
  finish: { readonly footer: string; readonly pageNumber: (page: number, pages: number) => string; readonly info: DocumentInfo },
): PagePlan {
  const { flow } = context;
  for (const section of sections) {
    if (section.newPage && !flow.atTop) flow.newPage();
    layoutOf(section)(context, section, flow.node('Sect', 'root'));
  }
  flow.flushFloats();
  return {
    geometry: flow.geometry,
    info: { ...finish.info, lang: currentLang() },
    pages: flow.pages.map((blocks, i) => ({ blocks, footer: { left: finish.footer, right: finish.pageNumber(i + 1, flow.pages.length) } })),
    structure: flow.structure,
    outline: flow.outline,
  };
}
