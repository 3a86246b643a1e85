/**
 * A table's columns and cells → the legend of the colours it uses. Every colour a sheet uses
 * gets a line and each colour means one thing: a dark orange cell with white text a change for
 * the worse, a dark blue one a change for the better, light-to-orange shading a score where
 * higher is worse, light-to-blue shading a score where higher is better, and muted grey "n/a" a
 * change that does not exist. The change fills are far darker than any shade (the template
 * checks it), so a change never passes for a score. A colour the sheet does not use gets no
 * line. Ranks are never coloured: whether a climb towards 1st is good depends on the pillar,
 * and a colour would be read as a verdict on the country's own score.
 */
import { fillPlaceholders, type Placeholders } from './fillPlaceholders.js';
import { SCALE_MAX } from './heatColour.js';
import { cell, notAvailableCell, type CellPlan, type ColumnPlan, type HigherIs, type LegendLine } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

type Role = `tone-${HigherIs}` | `heat-${HigherIs}` | 'not-available';

function rolesOf(columns: readonly ColumnPlan[], rows: readonly (readonly CellPlan[])[]): Set<Role> {
  const roles = new Set<Role>();
  for (const column of columns) if (column.colourScale) roles.add(`heat-${column.colourScale}`);
  for (const row of rows) {
    for (const planned of row) {
      if (planned.notAvailable) roles.add('not-available');
      else if (planned.tone && planned.tone !== 'unchanged') roles.add(`tone-${planned.tone}`);
      else if (planned.heat && typeof planned.value === 'number') roles.add(`heat-${planned.heat}`);
    }
  }
  return roles;
}

/** A template legend text: [meaning, detail]. */
export type LegendText = readonly [meaning: string, detail: string];

function line(sample: CellPlan, [meaning, detail]: LegendText): LegendLine {
  return { sample, meaning, detail };
}

/** Fills the placeholders of a legend text. */
export function fillLegend([meaning, detail]: LegendText, values: Placeholders): LegendText {
  return [fillPlaceholders(meaning, values), fillPlaceholders(detail, values)];
}

export interface LegendOptions {
  /** Lines without a colour (what a blank means, why ranks are plain), after the colours. */
  readonly more?: readonly LegendText[];
  /** Placeholders of the n/a line (and of `tones`): {edition}, {previousEdition}. */
  readonly values?: Placeholders;
  /**
   * What the dark fills stand for on this sheet, where it is not only a change: the scope
   * workbook's Indicators also colour a difference from the world by its direction.
   */
  readonly tones?: { readonly worse: LegendText; readonly better: LegendText };
}

/** The colour lines, in a fixed order, then the lines without a colour. */
export function layoutLegend(columns: readonly ColumnPlan[], rows: readonly (readonly CellPlan[])[], template: WorkbookTemplate, { more = [], values = {}, tones }: LegendOptions = {}): LegendLine[] {
  const roles = rolesOf(columns, rows);
  const texts = template.legend;
  // Each sample is painted as the cells it explains; the n/a line's text is only filled when used.
  const lines: [Role, () => LegendLine][] = [
    ['tone-worse', () => line(cell(template.reading.worse, { tone: 'worse' }), tones ? fillLegend(tones.worse, values) : texts.worseChange)],
    ['tone-better', () => line(cell(template.reading.better, { tone: 'better' }), tones ? fillLegend(tones.better, values) : texts.betterChange)],
    ['heat-worse', () => line(cell(SCALE_MAX, { heat: 'worse', kind: 'score' }), texts.worseScore)],
    ['heat-better', () => line(cell(SCALE_MAX, { heat: 'better', kind: 'score' }), texts.betterScore)],
    ['not-available', () => line(notAvailableCell(template.notAvailable), fillLegend(texts.notAvailable, values))],
  ];
  return [...lines.filter(([role]) => roles.has(role)).map(([, entry]) => entry()), ...more.map((text) => line(cell(null), text))];
}
