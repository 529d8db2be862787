// Smaller copies of the fair's images (see docs/hall.md#images): the server offers each uploaded image
// (/api/images/{id}) and each image material of a booth (/api/booths/{slug}/materials/{id}) in these widths,
// as WebP under "<width>.webp" and as JPEG/PNG under "<width>". Never wider than the original.

/** The widths the server makes; the same list as ImageVariants.WIDTHS on the server. */
export const IMAGE_WIDTHS = [320, 640, 1280] as const;

const WITH_VARIANTS = /^\/api\/(images\/\d+|booths\/[^/?#]+\/materials\/\d+)$/;

/** Whether the server offers width variants of this address (our own uploads; not external addresses). */
export function hasVariants(url: string): boolean {
  return WITH_VARIANTS.test(url);
}

/** The address of one variant. */
export function variantUrl(url: string, width: number, webp: boolean): string {
  return `${url}/variants/${width}${webp ? '.webp' : ''}`;
}

/**
 * The srcset of an image: each width variant up to {@code maxWidth} (a 64-pixel photo needs no 1280 copy),
 * or undefined for an address without variants.
 */
export function srcSet(url: string, webp: boolean, maxWidth: number = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]): string | undefined {
  if (!hasVariants(url)) return undefined;
  const widths = IMAGE_WIDTHS.filter((w, i) => w <= maxWidth || i === 0);
  return widths.map((w) => `${variantUrl(url, w, webp)} ${w}w`).join(', ');
}
