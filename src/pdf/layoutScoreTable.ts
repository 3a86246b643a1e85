/**
 * One component's scores → a table: the component's mean first, then its indicators by group
 * (indicator, score, change or n/a, definition), in the Index's page order.
 */
import type { Component } from '../index/taxonomy.js';
import { formatChange, formatScore } from '../present/formatFigures.js';
import type { LayoutContext } from './layoutContext.js';
import { text } from './layoutContext.js';
import type { Column, Row, TableSpec } from './layoutTable.js';

/** Indicator, score, change, definition: offsets within the 468 pt column. */
const COLUMNS: readonly Column[] = [
  { x: 0, width: 124, align: 'left' },
  { x: 130, width: 40, align: 'right' },
  { x: 176, width: 70, align: 'right' },
  { x: 262, width: 206, align: 'left' },
];

export function scoreTable(context: LayoutContext, component: Component): TableSpec {
  const { brief, template } = context;
  const composite = brief.composites[component];
  const change = (value: number | null) => (brief.previousEdition === null ? template.notAvailable : formatChange(value));
  const changeColor = (value: number | null) => (value === null || brief.previousEdition === null ? { color: 'faint' as const } : {});
  const header = [
    template.table.indicator,
    template.table.score,
    brief.previousEdition === null ? template.table.changeFirstEdition : text(context, template.table.change),
    template.table.definition,
  ];
  const rows: Row[] = [
    {
      kind: 'cells',
      cells: [
        { text: text(context, template.table.average, { composite: composite.composite.name }), type: 'cellStrong', header: true },
        { text: formatScore(composite.value), type: 'cellStrong' },
        { text: change(composite.change), type: 'cellStrong', ...changeColor(composite.change) },
        { text: composite.composite.definition, type: 'definition' },
      ],
    },
  ];
  const indicators = brief.indicators.filter((figure) => figure.indicator.component === component);
  const groups = [...new Set(indicators.map((figure) => figure.indicator.group))];
  for (const group of groups) {
    // A component of one group (criminal actors) needs no group band.
    if (groups.length > 1) rows.push({ kind: 'group', text: group });
    for (const figure of indicators.filter((f) => f.indicator.group === group)) {
      rows.push({
        kind: 'cells',
        cells: [
          { text: figure.indicator.name, type: 'cell', header: true },
          { text: formatScore(figure.value), type: 'cell' },
          { text: change(figure.change), type: 'cell', ...changeColor(figure.change) },
          { text: figure.indicator.definition, type: 'definition' },
        ],
      });
    }
  }
  return { columns: COLUMNS, header, rows };
}
