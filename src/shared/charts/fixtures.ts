import type { DashboardResult, RatingSummary } from '../analysis/dashboard';

/** An invented dashboard result for tests and visual checks (no real client, no real answers). */
function rating(
  code: string,
  touchpoint: string,
  stage: string,
  mean: number,
  n: number,
  scale = { min: 1, max: 5 },
): RatingSummary {
  const half = 0.09 + 1 / Math.sqrt(n);
  return {
    questionCode: code,
    text: `How satisfied are you with ${touchpoint.toLowerCase()}?`,
    touchpointCode: code.toUpperCase(),
    touchpointText: touchpoint,
    stageText: stage,
    scale,
    n,
    mean,
    sd: 0.9,
    ci95: [mean - half, mean + half],
    index: (100 * (mean - scale.min)) / (scale.max - scale.min),
    top2Box: Math.min(1, Math.max(0, (mean - 2.2) / 2.6)),
  };
}

export function sampleDashboard(): DashboardResult {
  return {
    waveYear: 2025,
    respondents: 412,
    anonymityK: 5,
    nps: {
      questionCode: 'nps',
      text: 'How likely are you to recommend us to a friend or colleague?',
      n: 398,
      promoters: 0.452,
      passives: 0.326,
      detractors: 0.222,
      nps: 23,
      se: 3.6,
      margin95: 7.06,
    },
    satisfaction: rating('sat', 'Overall satisfaction', 'Overall', 3.92, 405),
    touchpoints: [
      rating('web', 'Website and self-service', 'Awareness', 3.71, 388),
      rating('offer', 'Offer and price information', 'Purchase', 3.38, 356),
      rating('sign', 'Signing the contract', 'Purchase', 4.12, 341),
      rating('deliv', 'Installation and delivery', 'Delivery', 4.31, 297),
      rating('inv', 'First invoice', 'Use', 3.05, 372),
      rating('app', 'Mobile app', 'Use', 3.84, 214),
      rating('phone', 'Customer service by phone', 'Support', 3.57, 189),
      rating('chat', 'Chat', 'Support', 3.9, 4),
      rating(
        'renew',
        'Renewal of the agreement, including the new price and the terms',
        'Renewal',
        3.46,
        120,
      ),
    ],
  };
}
