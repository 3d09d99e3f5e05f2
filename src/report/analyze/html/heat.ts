// The heatmap's colour scale: six steps of a sequential blue (ColorBrewer's Blues, the fifth darkened for contrast), so a reader can
// match a cell to the legend by eye, which a continuous ramp does not allow.

/** Lower bounds of the steps, as shares of the administration's text. */
export const HEAT_STEPS = [0, 0.02, 0.05, 0.1, 0.25, 0.5] as const;

const BACKGROUNDS = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#2171b5', '#08519c'];
/** Dark text on the light steps, white on the dark ones: both above WCAG's 4.5:1. */
const TEXT = ['#0b1f3a', '#0b1f3a', '#0b1f3a', '#0b1f3a', '#fff', '#fff'];

export interface Heat {
  background: string;
  color: string;
  /** The step, 0–5, for the legend and the tests. */
  step: number;
}

/**
 * The colour of a share. A share resting on a small base (a short text, where one passage makes
 * 90 %) is held to the third step at most: the cell says it is uncertain instead of shouting.
 */
export function heat(share: number, smallBase = false): Heat {
  let step = 0;
  for (let i = 0; i < HEAT_STEPS.length; i++) if (share >= HEAT_STEPS[i]) step = i;
  if (smallBase) step = Math.min(step, 2);
  return { background: BACKGROUNDS[step], color: TEXT[step], step };
}
