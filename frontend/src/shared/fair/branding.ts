// The fair's branding (key visual, logos, theme colours) and its images: read by the shell, the lobby and the
// admin page. Loaded on its own (dynamic import), so the start page's first JavaScript does not grow.
import { http, upload, type Opts } from '../api';

/** An image chosen for something, with its alternative text. */
export interface ShownImage {
  imageId: number;
  url: string;
  alt: string;
}

export type LogoKind = 'ORGANISER' | 'PARTNER';

export interface Logo {
  kind: LogoKind;
  image: ShownImage;
  link: string | null;
}

export interface Branding {
  keyVisual: ShownImage | null;
  primaryColour: string | null;
  accentColour: string | null;
  organisers: Logo[];
  partners: Logo[];
  version: number;
}

export interface LogoInput {
  kind: LogoKind;
  imageId: number;
  alt: string;
  link?: string | null;
}

export interface BrandingUpdate {
  keyVisualImageId: number | null;
  keyVisualAlt: string | null;
  primaryColour: string | null;
  accentColour: string | null;
  logos: LogoInput[];
  version: number;
}

/** A stored image of the fair. */
export interface StoredImage {
  id: number;
  url: string;
  mediaType: string;
  width: number | null;
  height: number | null;
}

export const brandingApi = {
  branding: (o?: Opts) => http.get<Branding>('/api/branding', o),
  update: (update: BrandingUpdate) => http.send<Branding>('PUT', '/api/branding', { body: update }),
  /** Uploads an image (admins); the id then goes with its alternative text into a speaker, the branding or a stage. */
  uploadImage: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return upload<StoredImage>('/api/images', form);
  },
};

/** The custom properties the colours set: the app's own and the ones KoliBri's theme reads. */
const PROPERTIES = {
  primary: ['--km-primary', '--kolibri-color-primary'],
  accent: ['--km-accent', '--kolibri-color-primary-variant'],
} as const;

/** Puts the fair's colours on the page (or takes them back to the defaults of the style sheet). */
export function applyBranding(branding: Pick<Branding, 'primaryColour' | 'accentColour'>, root: HTMLElement = document.documentElement) {
  for (const [which, colour] of [
    ['primary', branding.primaryColour],
    ['accent', branding.accentColour],
  ] as const) {
    for (const property of PROPERTIES[which]) {
      if (colour) root.style.setProperty(property, colour);
      else root.style.removeProperty(property);
    }
  }
}

/** WCAG 2.2 contrast ratio of two #rrggbb colours, as the server checks it. */
export function contrastRatio(first: string, second: string): number {
  const luminance = (hex: string) => {
    const rgb = parseInt(hex.slice(1), 16);
    const channel = (value: number) => {
      const c = (value & 0xff) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  };
  const [a, b] = [luminance(first), luminance(second)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** The page background, on which the colours must reach 4.5:1 (the server checks the same). */
export const PAGE_BACKGROUND = '#f3f5f7';
