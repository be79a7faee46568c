// @ts-check
// Small statistics the benches print.

/**
 * The median of the finite values (the mean of the two middle ones when their count is even);
 * NaN when there are none.
 * @param {number[]} values
 */
export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = Math.floor(v.length / 2);
  const hi = v[mid] ?? Number.NaN;
  return v.length % 2 ? hi : ((v[mid - 1] ?? Number.NaN) + hi) / 2;
}
