// Summaries of measured values: the median and nearest-rank percentiles, for the metrics' durations
// and the days action items took.

/** The value at nearest rank `ceil(percent / 100 * n)` of the values sorted ascending. */
export function percentile(sortedValues: readonly number[], percent: number): number | undefined {
  if (sortedValues.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((percent * sortedValues.length) / 100));
  return sortedValues[rank - 1];
}

/** The middle value, or the mean of the two middle values: the median of 20 and 39 minutes is 29.5. */
export function median(sortedValues: readonly number[]): number | undefined {
  const middle = sortedValues.length / 2;
  if (sortedValues.length === 0) return undefined;
  return Number.isInteger(middle)
    ? (sortedValues[middle - 1]! + sortedValues[middle]!) / 2
    : sortedValues[Math.floor(middle)];
}
