/**
 * The journey across slides: one slide per stage, and a stage with more touchpoints than fit on a
 * slide split into as few slides as needed, of even size (14 becomes 7 + 7, not 12 + 2), so no bar
 * list ever needs scrolling. Touchpoints outside any stage form one group of their own.
 */

export type JourneyItem = { code: string; stage: string | null; label: string };

export type JourneyPart = {
  stage: string | null;
  /** 1-based part of the stage, and how many parts the stage has. */
  part: number;
  parts: number;
  codes: string[];
};

/**
 * Splits the touchpoints (in journey order) into slides of at most `maxRows` rows; a label of more
 * than `wrapAt` characters takes two rows (it wraps on the chart).
 */
export function splitJourney(items: JourneyItem[], maxRows: number, wrapAt = Infinity): JourneyPart[] {
  if (maxRows < 1) throw new Error('splitJourney: maxRows must be at least 1');
  const stages: { stage: string | null; items: JourneyItem[] }[] = [];
  for (const item of items) {
    const last = stages[stages.length - 1];
    if (last && last.stage === item.stage) last.items.push(item);
    else stages.push({ stage: item.stage, items: [item] });
  }
  const rows = (x: JourneyItem) => (x.label.length > wrapAt ? 2 : 1);
  const out: JourneyPart[] = [];
  for (const { stage, items: group } of stages) {
    const total = group.reduce((sum, x) => sum + rows(x), 0);
    let parts = Math.ceil(total / maxRows);
    // Even shares by rows; a share that still overflows (long labels bunched) gets one more part.
    for (;;) {
      const chunks = evenChunks(group, parts, rows);
      if (chunks.every((c) => c.reduce((s, x) => s + rows(x), 0) <= maxRows) || parts >= group.length) {
        chunks.forEach((c, i) =>
          out.push({ stage, part: i + 1, parts: chunks.length, codes: c.map((x) => x.code) }),
        );
        break;
      }
      parts++;
    }
  }
  return out;
}

/** `items` cut into `parts` consecutive chunks of (nearly) equal rows, none empty. */
function evenChunks<T>(items: T[], parts: number, rows: (x: T) => number): T[][] {
  const total = items.reduce((s, x) => s + rows(x), 0);
  const chunks: T[][] = [];
  let current: T[] = [];
  let done = 0;
  items.forEach((x, i) => {
    const left = items.length - i;
    const chunksLeft = parts - chunks.length;
    const target = (total * (chunks.length + 1)) / parts;
    // Close the chunk when adding x would pass its share, or when every remaining item needs a chunk.
    if (current.length > 0 && chunksLeft > 1 && (done + rows(x) > target + 0.5 || left < chunksLeft)) {
      chunks.push(current);
      current = [];
    }
    current.push(x);
    done += rows(x);
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Consecutive chunks of at most `max`, of even size: 20 by 16 gives 10 + 10. */
export function evenSplit<T>(items: T[], max: number): T[][] {
  if (items.length === 0) return [];
  const parts = Math.ceil(items.length / max);
  return evenChunks(items, parts, () => 1);
}
