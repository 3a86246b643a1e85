import { describe, expect, it } from 'vitest';
import { labelCrossings } from './labelCrossings.js';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"><g font-family="'Source Sans 3', sans-serif" font-size="8px">${body}</g></svg>`;
const label = (fill = '#1a1a1a', stroke = '') => `<text text-anchor="start" transform="translate(50,50)" fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="3"` : ''}>6.62</text>`;
const rule = '<line transform="translate(60,20)" x2="0" y2="60" stroke="#333333" stroke-width="1"/>';

describe('labelCrossings', () => {
  it('finds a rule drawn through a label, over it or under it', () => {
    expect(labelCrossings(svg(label() + rule))).toEqual(['"6.62" crossed by a line']);
    expect(labelCrossings(svg(rule + label()))).toEqual(['"6.62" crossed by a line']);
  });

  it('lets a halo hide what lies under it, not what is drawn over it', () => {
    expect(labelCrossings(svg(rule + label('#ffffff', '#ffffff') + label()))).toEqual([]);
    expect(labelCrossings(svg(label('#ffffff', '#ffffff') + label() + rule))).toEqual(['"6.62" crossed by a line']);
  });

  it('finds a bar over a label, and passes a rule that misses it', () => {
    expect(labelCrossings(svg(`${label()}<path d="M55,40h20v20h-20Z" fill="#b2182b"/>`))).toEqual(['"6.62" crossed by a path']);
    expect(labelCrossings(svg(`${label()}<line transform="translate(100,20)" x2="0" y2="60" stroke="#333333"/>`))).toEqual([]);
  });
});
