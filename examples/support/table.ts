// Prints rows as an aligned text table for the examples: the first row's keys are the columns, with no
// index column. Numbers get thousands separators, and two decimals in a column where any number has a
// fraction, so a column rounds one way; columns of numbers (or of numbers already formatted as text,
// like "18.49%", or "—" for none) are right-aligned, other text left-aligned.
type Cell = string | number | boolean

export const printTable = (rows: readonly Readonly<Record<string, Cell>>[]): void => {
  const columns = Object.keys(rows[0] ?? {})
  const fractional = new Set(columns.filter((c) => rows.some((r) => typeof r[c] === 'number' && !Number.isInteger(r[c]))))
  const text = (c: string, v: Cell | undefined): string =>
    typeof v === 'number'
      ? v.toLocaleString('en-US', fractional.has(c) ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 0 })
      : String(v ?? '')
  const cells = rows.map((r) => columns.map((c) => text(c, r[c])))
  const width = columns.map((c, k) => Math.max(c.length, ...cells.map((row) => row[k]!.length)))
  const numeric = columns.map((_, k) => cells.every((row) => row[k] === '—' || /^[-−+]?\$?[\d,.]+(%|bn|M)?$/.test(row[k]!)))
  const line = (values: readonly string[]): string =>
    values.map((v, k) => (numeric[k] ? v.padStart(width[k]!) : v.padEnd(width[k]!))).join('  ').trimEnd()
  console.log(line(columns))
  console.log(width.map((w) => '-'.repeat(w)).join('  '))
  for (const row of cells) console.log(line(row))
}
