import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/load/loadData.js';
import type { Paragraph } from '../../src/load/schemas.js';
import { buildCountryBrief, type CountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { planBriefPdf } from '../../src/pdf/buildBriefPdf.js';
import { narrativeParts } from '../../src/pdf/layoutNarrative.js';
import type { PagePlan } from '../../src/pdf/pagePlan.js';
import { fixtureCharts } from './fixtures/charts.js';

let model: IndexModel;
let peru: CountryBrief;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
  peru = buildCountryBrief(model, 'PER', 2023);
});

const paragraph = (text: string, pillar: Paragraph['pillar'], group: Paragraph['group']): Paragraph => ({
  text,
  pillar,
  group,
  indicators: [],
  tagging: pillar === null ? 'unplaced' : 'checked',
});

/** The text of the headings and paragraphs of the narrative section, in order, tagged. */
function narrative(plan: PagePlan): string[] {
  const tags = new Map(plan.structure.map((node) => [node.id, node.tag]));
  const out: string[] = [];
  let on = false;
  for (const block of plan.pages.flatMap((page) => page.blocks)) {
    if (block.kind !== 'text' || block.node === null) continue;
    const text = block.lines.map((line) => line.text).join(' ');
    if (tags.get(block.node) === 'H2') on = text === 'Analysis';
    if (on) out.push(`${tags.get(block.node)} ${text}`);
  }
  return out;
}

describe('the narrative section', () => {
  it('orders parts: unplaced first, then each pillar by group in taxonomy order, paragraphs keeping their order', () => {
    const parts = narrativeParts([
      paragraph('r1', 'resilience', 'Civil society and social protection'),
      paragraph('d1', 'criminality', 'Drugs'),
      paragraph('u1', null, null),
      paragraph('p1', 'criminality', 'People'),
      paragraph('d2', 'criminality', 'Drugs'),
      paragraph('c0', 'criminality', null),
    ]);
    expect(parts.map((part) => `${part.pillar}/${part.group}: ${part.paragraphs.map((p) => p.text).join(',')}`)).toEqual([
      'null/null: u1',
      'criminality/null: c0',
      'criminality/People: p1',
      'criminality/Drugs: d1,d2',
      'resilience/Civil society and social protection: r1',
    ]);
  });

  it('sets unplaced paragraphs under the general heading, and the rest under pillar and group headings', () => {
    const profile = {
      ...peru.profile!,
      paragraphs: [
        paragraph('An unplaced paragraph about Peru.', null, null),
        paragraph('A paragraph on human trafficking.', 'criminality', 'People'),
        paragraph('A paragraph on the judiciary.', 'resilience', 'Criminal justice and security'),
      ],
    };
    const plan = planBriefPdf(model, { ...peru, profile }, fixtureCharts(), { paper: 'a4', onWarning: () => {} });
    expect(narrative(plan)).toEqual([
      'H2 Analysis',
      'P GI-TOC’s 2023 country profile of Peru, as published, each paragraph under the pillar and group it discusses.',
      'H3 General',
      'P An unplaced paragraph about Peru.',
      'H3 Criminality',
      'H4 People',
      'P A paragraph on human trafficking.',
      'H3 Resilience',
      'H4 Criminal justice and security',
      'P A paragraph on the judiciary.',
    ]);
    expect(plan.outline.filter((entry) => entry.level === 2).map((entry) => entry.title)).toContain('General');
  });

  it('has no Analysis section at all without a profile of any edition', () => {
    const plan = planBriefPdf(model, { ...peru, profile: undefined, earlierProfileEdition: null }, fixtureCharts(), { paper: 'a4', onWarning: () => {} });
    expect(narrative(plan)).toEqual([]);
  });

  it('points, in one line, to the brief of an earlier edition that has a profile, and prints none of its paragraphs', () => {
    const plan = planBriefPdf(model, buildCountryBrief(model, 'PER', 2025), fixtureCharts(), { paper: 'a4', onWarning: () => {} });
    expect(narrative(plan)).toEqual([
      'H2 Analysis',
      'P This brief carries no GI-TOC analysis of Peru for 2025. GI-TOC’s 2023 analysis is in the 2023 brief (2023/peru.pdf); it describes 2023, not 2025.',
    ]);
  });
});
