/** z for a two-sided 95 % interval (Φ⁻¹(0.975)). */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval of a proportion x/n (Wilson 1927; Newcombe 1998, method 3):
 *   centre = (x + z²/2) / (n + z²),   half-width = z·√(x(n−x)/n + z²/4) / (n + z²).
 * It stays inside [0, 1] and behaves at x = 0 and x = n, where the normal (Wald) interval collapses.
 */
export function wilsonInterval(x: number, n: number, z = Z95): [number, number] {
  if (n <= 0) return [0, 1];
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n + z2);
  const half = (z * Math.sqrt((x * (n - x)) / n + z2 / 4)) / (n + z2);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * 95 % confidence interval of p₂ − p₁ = x₂/n₂ − x₁/n₁ (here: current error rate − baseline error rate) by
 * Newcombe's hybrid score method (Newcombe, "Interval estimation for the difference between independent
 * proportions", Statistics in Medicine 17, 1998, method 10), with (lᵢ, uᵢ) the Wilson interval of pᵢ:
 *   lower = (p₂ − p₁) − √((p₂ − l₂)² + (u₁ − p₁)²)
 *   upper = (p₂ − p₁) + √((u₂ − p₂)² + (p₁ − l₁)²)
 * Good coverage down to small counts and zero errors, unlike the Wald interval.
 */
export function newcombeDifference(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  z = Z95,
): [number, number] {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilsonInterval(x1, n1, z);
  const [l2, u2] = wilsonInterval(x2, n2, z);
  const d = p2 - p1;
  return [d - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2), d + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)];
}

/**
 * Φ(x), the standard normal CDF, through erfc by the rational Chebyshev fit of Numerical Recipes (`erfcc`,
 * fractional error below 1.2e-7 everywhere), so tail p-values stay accurate in relative terms.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Two-sided p-value of a z statistic. */
export function twoSidedP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/**
 * Two-sided p-value of the pooled two-proportion z-test of x₁/n₁ against x₂/n₂:
 *   z = (p₂ − p₁) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)),  p̂ = (x₁ + x₂)/(n₁ + n₂).
 * 1 when both rates are 0 or both 1: nothing differs.
 */
export function twoProportionPValue(x1: number, n1: number, x2: number, n2: number): number {
  if (n1 <= 0 || n2 <= 0) return 1;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return 1;
  return twoSidedP((x2 / n2 - x1 / n1) / se);
}

/** Score interval of a Poisson rate: x events over exposure t, (x + z²/2 ± z·√(x + z²/4)) / t. */
export function poissonRateInterval(x: number, t: number, z = Z95): [number, number] {
  const z2 = z * z;
  const half = z * Math.sqrt(x + z2 / 4);
  return [Math.max(0, (x + z2 / 2 - half) / t), (x + z2 / 2 + half) / t];
}

/**
 * Interval of r₂ − r₁ for two Poisson rates (requests x over seconds t), by MOVER over the score intervals,
 * as Newcombe's method does for proportions, and the two-sided p-value of the pooled z-test
 *   z = (r₂ − r₁) / √(r̂ (1/t₁ + 1/t₂)),  r̂ = (x₁ + x₂)/(t₁ + t₂).
 * A closed-model test's request count varies less than a Poisson count, so this errs towards `unchanged`.
 */
export function poissonRateDifference(
  x1: number,
  t1: number,
  x2: number,
  t2: number,
  z = Z95,
): { ci: [number, number]; pValue: number } {
  const r1 = x1 / t1;
  const r2 = x2 / t2;
  const [l1, u1] = poissonRateInterval(x1, t1, z);
  const [l2, u2] = poissonRateInterval(x2, t2, z);
  const d = r2 - r1;
  const ci: [number, number] = [
    d - Math.sqrt((r2 - l2) ** 2 + (u1 - r1) ** 2),
    d + Math.sqrt((u2 - r2) ** 2 + (r1 - l1) ** 2),
  ];
  const pooled = (x1 + x2) / (t1 + t2);
  const se = Math.sqrt(pooled * (1 / t1 + 1 / t2));
  return { ci, pValue: se === 0 ? 1 : twoSidedP(d / se) };
}
