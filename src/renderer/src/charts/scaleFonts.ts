function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A copy of chart options with every `font.size` multiplied: the projector needs bigger type. */
export function scaleFonts<T>(value: T, factor: number): T {
  if (factor === 1) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!isRecord(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, child] of Object.entries(v)) {
      if ((k === 'font' || k === 'cornerFont') && isRecord(child) && typeof child.size === 'number') {
        out[k] = { ...child, size: Math.round(child.size * factor) };
      } else {
        out[k] = walk(child);
      }
    }
    return out;
  };
  return walk(value) as T;
}
