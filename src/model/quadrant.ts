/**
 * The Index's four quadrants: criminality and resilience split at 5.5, on the published
 * (rounded) figures. "Low criminality" is below 5.5; "high resilience" is 5.5 or more.
 */
export type Quadrant = 'low-criminality-high-resilience' | 'low-criminality-low-resilience' | 'high-criminality-low-resilience' | 'high-criminality-high-resilience';

export const QUADRANT_SPLIT = 550; // hundredths

export function quadrantOf(criminalityHundredths: number, resilienceHundredths: number): Quadrant {
  const criminality = criminalityHundredths < QUADRANT_SPLIT ? 'low' : 'high';
  const resilience = resilienceHundredths >= QUADRANT_SPLIT ? 'high' : 'low';
  return `${criminality}-criminality-${resilience}-resilience`;
}

export const QUADRANT_LABELS: Readonly<Record<Quadrant, string>> = {
  'low-criminality-high-resilience': 'Low criminality, high resilience',
  'low-criminality-low-resilience': 'Low criminality, low resilience',
  'high-criminality-low-resilience': 'High criminality, low resilience',
  'high-criminality-high-resilience': 'High criminality, high resilience',
};
