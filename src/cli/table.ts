/**
 * Rows of cells as lines with aligned columns (two spaces apart); `right` columns are right-aligned, the last column is
 * not padded.
 */
export function alignColumns(rows: readonly (readonly string[])[], right: readonly number[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  return rows.map((row) =>
    row
      .map((cell, column) =>
        right.includes(column)
          ? cell.padStart(widths[column]!)
          : column === row.length - 1
            ? cell
            : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd(),
  );
}
