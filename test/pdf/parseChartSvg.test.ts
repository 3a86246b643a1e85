/**
 * The fast path for vega's SVG: which charts it takes, what it makes of them, and what it
 * leaves to svg-to-pdfkit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChartSvg, type ChartNode } from '../../src/pdf/parseChartSvg.js';
import { parseSvgPath } from '../../src/pdf/parseSvgPath.js';
import { CHART_IDS } from './fixtures/charts.js';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">${body}</svg>`;

function leaves(node: ChartNode): ChartNode[] {
  return node.kind === 'group' ? node.children.flatMap(leaves) : [node];
}

describe('parseChartSvg', () => {
  it.each(CHART_IDS)('takes the %s chart vega drew for Peru', (id) => {
    const drawing = parseChartSvg(readFileSync(`test/charts/__snapshots__/peru-2023-${id}.svg`, 'utf8'));
    expect(drawing).toBeDefined();
    expect(leaves(drawing!.root).some((leaf) => leaf.kind === 'text')).toBe(true);
  });

  it('resolves inherited paint, transforms, text lines and entities; skips what is not displayed', () => {
    const drawing = parseChartSvg(
      svg(
        '<g fill="none" stroke-miterlimit="4" transform="translate(5,6)" class="x" aria-hidden="true">' +
          '<path d="M0,0h10v10h-10Z" fill="#ff0000" opacity="0.5"/>' +
          '<path d="" display="none"/>' +
          '<text text-anchor="end" transform="translate(1,2) rotate(-90)" font-family="\'Source Sans 3\', sans-serif" font-size="8px" font-weight="bold" fill="#000000">' +
          '<tspan>A &amp; B</tspan><tspan x="0" dy="10">  two   words </tspan></text></g>',
      ),
    )!;
    const group = (drawing.root as Extract<ChartNode, { kind: 'group' }>).children[0]!;
    expect(group.transform).toEqual([1, 0, 0, 1, 5, 6]);
    const [rect, text] = leaves(drawing.root);
    expect(rect).toMatchObject({ kind: 'path', opacity: 0.5, paint: { fill: '#ff0000', stroke: null, miterLimit: 4 } });
    expect(text).toMatchObject({ kind: 'text', paint: { fill: '#000000', fontSize: 8, bold: true, anchor: 'end' } });
    expect(text?.kind === 'text' && text.lines).toEqual([
      { x: undefined, dy: 0, text: 'A & B' },
      { x: 0, dy: 10, text: 'two words' },
    ]);
    expect(text!.transform![4]).toBe(1);
    expect(text!.transform![1]).toBeCloseTo(-1);
  });

  it.each([
    ['a clip path', '<defs><clipPath id="c"><rect width="1" height="1"/></clipPath></defs>'],
    ['a gradient fill', '<rect width="1" height="1" fill="url(#g)"/>'],
    ['group opacity', '<g opacity="0.5"><rect width="1" height="1"/></g>'],
    ['a style attribute', '<rect width="1" height="1" style="fill:red"/>'],
    ['a named colour', '<rect width="1" height="1" fill="red"/>'],
    ['positioned text', '<text x="1" y="2">t</text>'],
    ['a quadratic curve', '<path d="M0,0Q1,1,2,0"/>'],
    ['broken path data', '<path d="M 10 10 L 20" stroke="#000000"/>'],
  ])('leaves SVG with %s to svg-to-pdfkit', (_, body) => {
    expect(parseChartSvg(svg(body))).toBeUndefined();
  });
});

describe('parseSvgPath', () => {
  it('makes absolute segments of relative and absolute commands', () => {
    expect(parseSvgPath('M1,2h3v4h-3Z')).toEqual([['M', 1, 2], ['L', 4, 2], ['L', 4, 6], ['L', 1, 6], ['Z']]);
    expect(parseSvgPath('M0,0L1,1L2,0m1,1l1,0')).toEqual([
      ['M', 0, 0],
      ['L', 1, 1],
      ['L', 2, 0],
      ['M', 3, 1],
      ['L', 4, 1],
    ]);
  });

  it('turns vega’s circle into six Béziers, as svg-to-pdfkit does, and closes it where it began', () => {
    const segments = parseSvgPath('M2,0A2,2,0,1,1,-2,0A2,2,0,1,1,2,0')!;
    expect(segments.map((s) => s[0]).join('')).toBe('MCCCCCC');
    const last = segments.at(-1)!;
    expect(last[5]).toBeCloseTo(2);
    expect(last[6]).toBeCloseTo(0);
  });

  it('drops sub-paths that go nowhere (vega’s empty backgrounds)', () => {
    expect(parseSvgPath('M0,0h0v0h0Z')).toEqual([]);
    expect(parseSvgPath('')).toEqual([]);
  });
});
