import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartSpecs } from '../../src/charts/buildChartSpecs.js';
import { type SvgElement, serializeSvg, useSvgTrees } from '../../src/charts/svgTree.js';
import { useFontMetrics } from '../../src/charts/useFontMetrics.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel } from '../../src/model/buildIndexModel.js';
import { drawingOf, parseChartSvg } from '../../src/pdf/parseChartSvg.js';

type Registry = { renderModule(name: string, module?: object): { headless: unknown } };
const { renderModule } = vega as unknown as Registry;
const { SVGStringRenderer } = vega as unknown as { SVGStringRenderer: unknown };

/** One view drawn twice: by vega's own string renderer, then into a tree. */
async function bothWays(spec: vega.Spec): Promise<{ text: string; tree: SvgElement }> {
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  await view.runAsync();
  renderModule('svg', { ...renderModule('svg'), headless: SVGStringRenderer });
  vega.resetSVGDefIds();
  const text = await view.toSVG();
  useSvgTrees();
  vega.resetSVGDefIds();
  const tree = (await view.toSVG()) as unknown as SvgElement;
  view.finalize();
  return { text, tree };
}

/** Marks vega's charts do not use but its renderer can write: clipping, gradients, escapes, lines of text. */
const ODDITIES: vega.Spec = {
  width: 200,
  height: 120,
  background: '#fafafa',
  marks: [
    {
      type: 'rect',
      encode: {
        enter: {
          x: { value: 0 },
          y: { value: 0 },
          width: { value: 150 },
          height: { value: 80 },
          fill: {
            value: {
              gradient: 'linear',
              stops: [
                { offset: 0, color: '#ff0000' },
                { offset: 1, color: '#0000ff' },
              ],
            },
          },
        },
      },
    },
    { type: 'text', encode: { enter: { x: { value: 10 }, y: { value: 20 }, text: { value: 'A & B < C > "quoted" \'single\'\ttab' } } } },
    { type: 'text', encode: { enter: { x: { value: 10 }, y: { value: 40 }, text: { value: ['first line', 'second & last'] }, lineHeight: { value: 12 } } } },
    { type: 'text', encode: { enter: { x: { value: 10 }, y: { value: 70 }, text: { value: '' } } } },
    {
      type: 'group',
      clip: true,
      encode: { enter: { x: { value: 100 }, width: { value: 50 }, height: { value: 50 } } },
      marks: [
        { type: 'symbol', encode: { enter: { x: { value: 40 }, y: { value: 40 }, shape: { value: 'circle' }, size: { value: 400 }, fill: { value: '#123456' } } } },
        { type: 'rule', encode: { enter: { x: { value: 0 }, y: { value: 30 }, x2: { value: 140 }, stroke: { value: '#333333' }, strokeDash: { value: [2, 2] } } } },
      ],
    },
  ],
};

let charts: vega.Spec[];
beforeAll(async () => {
  useFontMetrics();
  const model = buildIndexModel(await loadData('data'));
  charts = ['PER', 'DEU', 'PRK'].flatMap((iso3) =>
    buildChartSpecs(model, buildCountryBrief(model, iso3, 2025), 468).map((chart) => (chart.grammar === 'vega-lite' ? compile(chart.spec as TopLevelSpec).spec : (chart.spec as vega.Spec))),
  );
});

describe('a chart drawn into a tree of elements', () => {
  it('writes back exactly the text vega writes, for the charts of three countries', async () => {
    expect(charts).toHaveLength(12);
    for (const spec of charts) {
      const { text, tree } = await bothWays(spec);
      expect(serializeSvg(tree)).toBe(text);
    }
  });

  it('is what the PDF would read back from that text, drawing for drawing', async () => {
    for (const spec of charts) {
      const { text, tree } = await bothWays(spec);
      const drawing = drawingOf(tree);
      expect(drawing).toBeDefined();
      expect(drawing).toEqual(parseChartSvg(text));
    }
  });

  it('keeps what vega writes of clipping, gradients, escaped and multi-line text, and an empty text', async () => {
    const { text, tree } = await bothWays(ODDITIES);
    expect(text).toMatch(/<clipPath/);
    expect(text).toMatch(/<linearGradient/);
    expect(text).toMatch(/&amp; B &lt; C &gt;/);
    expect(text).toMatch(/<tspan/);
    expect(serializeSvg(tree)).toBe(text);
  });
});
