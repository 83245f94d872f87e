import type { Logo } from './layout';

/**
 * A logo as the deck places it: a data URL (PNG or JPEG) and its width/height ratio, read from the
 * image's own header so the logo is never stretched. Anything else is no logo (null): a deck without
 * a logo is better than a broken one. (An SVG logo needs a PNG beside it in PowerPoint, which the
 * deck cannot draw without a browser; it is left out.)
 */
export function logoFromDataUrl(dataUrl: string): Logo | null {
  const m = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl.trim());
  if (!m?.[1] || !m[2]) return null;
  const bytes = Buffer.from(m[2], 'base64');
  const size = m[1] === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size || size.w <= 0 || size.h <= 0) return null;
  // pptxgenjs takes the data URL without "data:" for an inline image.
  return { data: dataUrl.trim().replace(/^data:/, ''), aspect: size.w / size.h };
}

function pngSize(b: Buffer): { w: number; h: number } | null {
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.toString('latin1', 12, 16) !== 'IHDR')
    return null;
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

function jpegSize(b: Buffer): { w: number; h: number } | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    const len = b.readUInt16BE(i + 2);
    // Start of frame (baseline, progressive, …): height then width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { h: b.readUInt16BE(i + 5), w: b.readUInt16BE(i + 7) };
    i += 2 + len;
  }
  return null;
}

/**
 * The study's logo, when its branding carries one as a data URL (`logo`). Read without assuming the
 * field exists, so a study written before logos stays valid.
 */
export function brandingLogo(branding: object): Logo | null {
  const logo = (branding as { logo?: unknown }).logo;
  return typeof logo === 'string' ? logoFromDataUrl(logo) : null;
}
