/**
 * How full each page of a plan is, as ../tools/page-fill.py measures ink: the lowest mark above
 * the footer band (the bottom 10% of the page), as a share of the page from 5% down to that band.
 */
import type { PagePlan } from '../../src/pdf/pagePlan.js';
import { TYPE } from '../../src/pdf/typeStyles.js';

/** Each page's fill, from the plan: the bottom of its lowest block. */
export function pageFills(plan: PagePlan): number[] {
  const { height } = plan.geometry;
  const [top, band] = [0.05 * height, 0.9 * height];
  return plan.pages.map((page) => {
    let lowest = top;
    for (const block of page.blocks) {
      const bottom =
        block.kind === 'text' ? Math.max(...block.lines.map((line) => line.y + TYPE[block.type].leading * 0.85)) : block.kind === 'rule' ? block.y + block.thickness : block.y + block.height;
      lowest = Math.max(lowest, Math.min(bottom, band));
    }
    return (lowest - top) / (band - top);
  });
}
