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
