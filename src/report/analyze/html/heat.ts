// The heatmap's colour scale.

const LIGHT = [239, 246, 255];
const DARK = [8, 48, 107];

/**
 * Background and text colour for a share of an administration's text. The square root spreads
 * the small shares most cells have; 50 % and more is the darkest.
 */
export function heat(share: number): { background: string; color: string } {
  const t = Math.min(1, Math.sqrt(Math.max(0, share) / 0.5));
  const mix = LIGHT.map((l, i) => Math.round(l + (DARK[i] - l) * (0.15 + 0.85 * t)));
  return { background: `rgb(${mix.join(',')})`, color: t > 0.45 ? '#fff' : '#0b1f3a' };
}
