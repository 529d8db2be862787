import { srcSet } from './variants';

export interface PictureProps {
  src: string;
  /** What the picture shows; "" for a decorative one. */
  alt: string;
  /** The intrinsic proportions (in pixels of the largest size shown), so that the page does not shift on load. */
  width: number;
  height: number;
  /** How wide the picture is shown, as in the sizes attribute, e.g. "(min-width: 60rem) 50vw, 100vw". */
  sizes: string;
  /** The largest width worth loading (about the shown width times two for sharp screens). */
  maxWidth?: number;
  /** The page's largest picture at the top: loaded first and never lazily. Others load when scrolled near. */
  priority?: boolean;
  /** Loaded at once like the top picture, but without its priority (many small pictures seen together). */
  eager?: boolean;
  className?: string;
}

/**
 * An uploaded image in the width that fits: WebP where the browser takes it, JPEG/PNG otherwise; addresses without
 * variants (external ones) are shown as they are.
 */
export function Picture({ src, alt, width, height, sizes, maxWidth, priority = false, eager = false, className }: PictureProps) {
  const webp = srcSet(src, true, maxWidth);
  const plain = srcSet(src, false, maxWidth);
  // loading and fetchpriority come before the addresses: an image starts loading as soon as it has one
  const img = (
    <img
      loading={priority || eager ? 'eager' : 'lazy'}
      decoding={priority ? 'auto' : 'async'}
      fetchPriority={priority ? 'high' : undefined}
      className={className}
      sizes={plain ? sizes : undefined}
      srcSet={plain}
      src={src}
      alt={alt}
      width={width}
      height={height}
    />
  );
  if (!webp) return img;
  return (
    <picture>
      <source type="image/webp" sizes={sizes} srcSet={webp} />
      {img}
    </picture>
  );
}
