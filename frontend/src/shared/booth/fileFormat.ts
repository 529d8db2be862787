const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
};

/** A short, readable file format for a media type ("PDF", "PPTX"); unknown types show their subtype. */
export function fileFormat(mediaType: string): string {
  const base = mediaType.split(';')[0].trim().toLowerCase();
  return FORMATS[base] ?? (base.split('/')[1] ?? base).toUpperCase();
}
