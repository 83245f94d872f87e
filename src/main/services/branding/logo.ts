import type { Image } from '@napi-rs/canvas';
import { MAX_LOGO_BYTES } from '../../../shared/api/branding';
import { AppError } from '../../../shared/api/errors';
import { napiCanvas, napiCanvasWithSystemFonts } from '../canvas';

export type LogoType = 'png' | 'jpeg' | 'svg';

function invalid(message: string): AppError {
  return new AppError('INVALID_INPUT', message);
}

/** The logo's kind from its first bytes (never from its name): PNG, JPEG or SVG text, else null. */
export function sniffLogo(bytes: Buffer): LogoType | null {
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a)
    return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[\s\S]*?\?>\s*)?(<!--[\s\S]*?-->\s*)*(<svg[\s>/]|<!DOCTYPE\s+svg)/i.test(head)) return 'svg';
  return null;
}

/** A local reference (#id) or an inline raster image is allowed; everything else is external. */
const LOCAL_REF = /^\s*(#|data:image\/(png|jpeg);base64,)/i;

/**
 * The SVG without what could run or reach out: scripts, event handlers, foreign HTML, links and
 * styles pointing outside the file. What cannot be removed safely (a DOCTYPE with entities, a
 * reference left after cleaning) refuses the logo instead.
 */
export function sanitiseSvg(svg: string, name: string): string {
  if (/<!DOCTYPE|<!ENTITY/i.test(svg))
    throw invalid(
      `the SVG logo "${name}" declares a DOCTYPE or entities; save it as plain SVG and try again`,
    );
  let s = svg
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<foreignObject\b[\s\S]*?<\/foreignObject\s*>/gi, '')
    .replace(/<foreignObject\b[^>]*\/>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/@import[^;]*;?/gi, '');
  s = s.replace(/\s(xlink:)?href\s*=\s*("([^"]*)"|'([^']*)')/gi, (all, _x, _q, d: string, q: string) =>
    LOCAL_REF.test(d ?? q ?? '') ? all : '',
  );
  s = s.replace(/url\(\s*(['"]?)([^)'"]*)\1\s*\)/gi, (all, _q, ref: string) =>
    ref.trim().startsWith('#') ? all : 'none',
  );
  const left =
    /<script/i.test(s) ||
    /<foreignObject/i.test(s) ||
    /\son[a-z]+\s*=/i.test(s) ||
    /javascript:/i.test(s) ||
    /\s(xlink:)?href\s*=\s*[^"'\s]/i.test(s);
  if (left)
    throw invalid(
      `the SVG logo "${name}" contains a script or an external reference that cannot be removed safely`,
    );
  return s;
}

function decode(bytes: Buffer): Image {
  const img = new (napiCanvas().Image)();
  img.src = bytes;
  return img;
}

export type CheckedLogo = { dataUrl: string; type: LogoType; bytes: number };

/**
 * A logo file checked for the study: at most 2 MB, PNG, JPEG or SVG by its bytes, and drawable (an
 * SVG must have a size: width/height or a viewBox). Returns the data URL the study stores.
 */
export function checkLogo(name: string, bytes: Buffer): CheckedLogo {
  if (bytes.length === 0) throw invalid(`the logo "${name}" is empty`);
  if (bytes.length > MAX_LOGO_BYTES)
    throw invalid(
      `the logo "${name}" is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_LOGO_BYTES / 1024 / 1024} MB`,
    );
  const type = sniffLogo(bytes);
  if (!type) throw invalid(`the logo "${name}" is not a PNG, JPEG or SVG image`);
  let stored = bytes;
  if (type === 'svg') stored = Buffer.from(sanitiseSvg(bytes.toString('utf8'), name), 'utf8');
  const img = decode(stored);
  if (!(img.width > 0 && img.height > 0))
    throw invalid(
      type === 'svg'
        ? `the SVG logo "${name}" could not be drawn: it needs a width and height or a viewBox`
        : `the logo "${name}" could not be read as a ${type.toUpperCase()} image`,
    );
  const mime = type === 'svg' ? 'image/svg+xml' : `image/${type}`;
  return { dataUrl: `data:${mime};base64,${stored.toString('base64')}`, type, bytes: stored.length };
}

/** The logo's type and bytes from a stored data URL, or null when it is not one of ours. */
export function parseLogoDataUrl(dataUrl: string): { type: LogoType; bytes: Buffer } | null {
  const m = /^data:image\/(png|jpeg|svg\+xml);base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl.trim());
  if (!m?.[1] || !m[2]) return null;
  return { type: m[1] === 'svg+xml' ? 'svg' : (m[1] as 'png' | 'jpeg'), bytes: Buffer.from(m[2], 'base64') };
}

/**
 * The logo as the PDF and the deck place it: PNG or JPEG as stored, an SVG drawn to a PNG (at most
 * 1200 px on its long side, transparent background). Null when there is no drawable logo.
 */
export function reportLogoDataUrl(dataUrl: string | undefined): string | null {
  if (!dataUrl) return null;
  const logo = parseLogoDataUrl(dataUrl);
  if (!logo) return null;
  if (logo.type !== 'svg') return dataUrl.trim();
  // an SVG's text is drawn in the fonts it names, the machine's (the app's own are registered anyway)
  napiCanvasWithSystemFonts();
  const img = decode(logo.bytes);
  if (!(img.width > 0 && img.height > 0)) return null;
  const scale = 1200 / Math.max(img.width, img.height);
  const w = Math.max(1, Math.round(img.width * scale));
  const h = Math.max(1, Math.round(img.height * scale));
  const canvas = napiCanvas().createCanvas(w, h);
  canvas.getContext('2d').drawImage(img, 0, 0, w, h);
  return `data:image/png;base64,${canvas.toBuffer('image/png').toString('base64')}`;
}
