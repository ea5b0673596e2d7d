/**
 * dhad's one policy for the scores it returns (entity scores, language scores and confidence, summary
 * sentence scores, keyword scores): rounded to three decimals. Their fourth decimal carries no information
 * (they are heuristic weights or uncalibrated model probabilities) and would differ between platforms with
 * the order of floating-point sums; three decimals read well in JSON and in the README, and stay equal
 * wherever dhad runs. Everything is ranked and chosen on the unrounded values: rounding is the last step.
 */
export function roundScore(value: number): number {
  return Math.round(value * 1000) / 1000;
}
