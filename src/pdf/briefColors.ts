/**
 * Colour names of the type styles → hex: ink from the shared palette (the charts' text and rules
 * match the brief's), the accent from the brief template.
 */
import { PALETTE } from '../charts/palette.js';
import type { BriefTemplate } from './briefTemplate.js';
import type { ColorName } from './typeStyles.js';

export type BriefColors = Readonly<Record<ColorName, string>>;

export function briefColors(template: BriefTemplate): BriefColors {
  return {
    text: PALETTE.ink.text,
    muted: PALETTE.ink.muted,
    faint: PALETTE.ink.outline,
    rule: PALETTE.ink.grid,
    strong: PALETTE.ink.rule,
    accent: template.colors.accent,
    criminality: PALETTE.marks.criminality,
    resilience: PALETTE.marks.resilience,
    worse: PALETTE.marks.worse,
    better: PALETTE.marks.better,
    average: PALETTE.marks.average,
  };
}
