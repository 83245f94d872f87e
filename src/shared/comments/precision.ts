/**
 * How well a theme's rules agree with the consultant's hand coding, on the comments already coded
 * by hand: precision = of the comments the rules propose the theme for, the share coded with it by
 * hand; recall = of the comments coded with it by hand, the share the rules find.
 */

export type RuleQuality = {
  code: string;
  /** Hand-coded comments the rules propose this theme for. */
  proposed: number;
  /** …of which the consultant coded with the theme. */
  agreed: number;
  /** Hand-coded comments with this theme. */
  coded: number;
  precision: number | null;
  recall: number | null;
};

export function ruleQuality(
  codes: readonly string[],
  comments: readonly { manual: readonly string[]; proposed: readonly string[] }[],
): RuleQuality[] {
  return codes.map((code) => {
    let proposed = 0;
    let agreed = 0;
    let coded = 0;
    for (const c of comments) {
      const byHand = c.manual.includes(code);
      const byRule = c.proposed.includes(code);
      if (byHand) coded++;
      if (byRule) proposed++;
      if (byHand && byRule) agreed++;
    }
    return {
      code,
      proposed,
      agreed,
      coded,
      precision: proposed ? agreed / proposed : null,
      recall: coded ? agreed / coded : null,
    };
  });
}
