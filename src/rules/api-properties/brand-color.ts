/** Shared reading of `iconBrandColor`. */

export const IP_BRAND_COLOR = '#da3b01';
export const DEFAULT_BRAND_COLORS = ['#007ee5', '#ffffff'];
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** The colour as [r, g, b], or undefined when it is not `#rrggbb`. */
export function rgbOf(color: unknown): [number, number, number] | undefined {
  if (typeof color !== 'string' || !HEX_COLOR.test(color)) return undefined;
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
