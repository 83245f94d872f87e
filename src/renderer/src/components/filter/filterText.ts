import type { AnalysisFilter } from '../../../../shared/analysis/weighting';
import type { SegmentVariable } from '../../hooks/useSegments';

/** "Region = West · Branch = Bergen, Oslo": what the room is looking at, in words. */
export function filterText(filter: AnalysisFilter, segments: SegmentVariable[]): string {
  return filter
    .map((c) => {
      const seg = segments.find((s) => s.code === c.variable);
      const values = c.values.map((v) => seg?.options.find((o) => o.code === v)?.label ?? v);
      return `${seg?.label ?? c.variable} = ${values.join(', ')}`;
    })
    .join(' · ');
}
