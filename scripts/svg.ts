// A small SVG chart writer for the docs' figures: axes with ticks, labels with units, a legend.
// Pictures are drawn from the library's own results at docs-build time (scripts/figures.ts).

const W = 640
const H = 400
const M = { top: 48, right: 24, bottom: 56, left: 72 }
const PALETTE = ['#1f5fa8', '#c8553d', '#2a9d8f', '#8d6a9f', '#e9a03b']
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const fmt = (x: number) => (Math.abs(x) >= 1000 ? x.toLocaleString('en-US') : String(Number(x.toPrecision(6))))

/** About five round tick values covering [lo, hi]. */
export const ticks = (lo: number, hi: number, count = 5): number[] => {
  const span = hi - lo || 1
  const raw = span / count
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag
  const out: number[] = []
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)))
  return out
}

interface Frame {
  readonly title: string
  readonly xLabel: string
  readonly yLabel: string
  readonly x: readonly [number, number]
  readonly y: readonly [number, number]
}

const frame = (f: Frame, body: (sx: (x: number) => number, sy: (y: number) => number) => string, legend: readonly { name: string; color: string }[]) => {
  const pw = W - M.left - M.right
  const ph = H - M.top - M.bottom
  const sx = (x: number) => M.left + ((x - f.x[0]) / (f.x[1] - f.x[0])) * pw
  const sy = (y: number) => M.top + ph - ((y - f.y[0]) / (f.y[1] - f.y[0])) * ph
  const xt = ticks(f.x[0], f.x[1])
  const yt = ticks(f.y[0], f.y[1])
  const grid = [
    ...yt.map((v) => `<line x1="${M.left}" x2="${M.left + pw}" y1="${sy(v)}" y2="${sy(v)}" stroke="#e5e5e5"/><text x="${M.left - 8}" y="${sy(v) + 4}" text-anchor="end" font-size="12">${fmt(v)}</text>`),
    ...xt.map((v) => `<line x1="${sx(v)}" x2="${sx(v)}" y1="${M.top + ph}" y2="${M.top + ph + 5}" stroke="#333"/><text x="${sx(v)}" y="${M.top + ph + 20}" text-anchor="middle" font-size="12">${fmt(v)}</text>`),
  ].join('')
  return svg(f.title, `${grid}${axes(pw, ph)}${body(sx, sy)}${labels(f.xLabel, f.yLabel, pw, ph)}${legendOf(legend)}`)
}

const axes = (pw: number, ph: number) =>
  `<line x1="${M.left}" x2="${M.left + pw}" y1="${M.top + ph}" y2="${M.top + ph}" stroke="#333"/><line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + ph}" stroke="#333"/>`
const labels = (xLabel: string, yLabel: string, pw: number, ph: number) =>
  `<text x="${M.left + pw / 2}" y="${H - 12}" text-anchor="middle" font-size="13">${esc(xLabel)}</text>` +
  `<text transform="translate(18 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle" font-size="13">${esc(yLabel)}</text>`
const legendOf = (items: readonly { name: string; color: string }[]) =>
  items
    .map((it, i) => `<rect x="${W - M.right - 230}" y="${M.top + 6 + i * 18}" width="12" height="12" fill="${it.color}"/><text x="${W - M.right - 212}" y="${M.top + 16 + i * 18}" font-size="12">${esc(it.name)}</text>`)
    .join('')
const svg = (title: string, inner: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}" ${FONT}>` +
  `<title>${esc(title)}</title><rect width="${W}" height="${H}" fill="#fff"/>` +
  `<text x="${W / 2}" y="26" text-anchor="middle" font-size="15" font-weight="600">${esc(title)}</text>${inner}</svg>\n`

/** Lines (and optional labelled points) on numeric axes. */
export const linePlot = (
  f: Frame & {
    readonly series: readonly { readonly name: string; readonly points: readonly (readonly [number, number])[] }[]
    readonly markers?: readonly { readonly name: string; readonly at: readonly [number, number] }[]
  },
): string =>
  frame(
    f,
    (sx, sy) =>
      f.series.map((s, i) => `<polyline fill="none" stroke="${PALETTE[i % PALETTE.length]}" stroke-width="2.5" points="${s.points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ')}"/>`).join('') +
      (f.markers ?? [])
        .map((m, i) => {
          const c = PALETTE[(f.series.length + i) % PALETTE.length]
          return `<circle cx="${sx(m.at[0])}" cy="${sy(m.at[1])}" r="5.5" fill="${c}" stroke="#fff" stroke-width="1.5"/><text x="${sx(m.at[0]) + 9}" y="${sy(m.at[1]) - 8 + i * 4}" font-size="12" fill="${c}">${esc(m.name)}</text>`
        })
        .join(''),
    [...f.series.map((s, i) => ({ name: s.name, color: PALETTE[i % PALETTE.length]! })), ...(f.markers ?? []).map((m, i) => ({ name: m.name, color: PALETTE[(f.series.length + i) % PALETTE.length]! }))],
  )

/** Points with an optional reference line y = x. */
export const scatter = (f: Frame & { readonly points: readonly (readonly [number, number])[]; readonly name: string; readonly diagonal?: string }): string =>
  frame(
    f,
    (sx, sy) =>
      (f.diagonal === undefined ? '' : `<line x1="${sx(f.x[0])}" y1="${sy(f.x[0])}" x2="${sx(Math.min(f.x[1], f.y[1]))}" y2="${sy(Math.min(f.x[1], f.y[1]))}" stroke="#999" stroke-dasharray="5 4"/>`) +
      f.points.map(([x, y]) => `<circle cx="${sx(x)}" cy="${sy(y)}" r="5" fill="${PALETTE[0]}" fill-opacity="0.85"/>`).join(''),
    [{ name: f.name, color: PALETTE[0]! }, ...(f.diagonal === undefined ? [] : [{ name: f.diagonal, color: '#999' }])],
  )

/** Bars: one group per category, one bar per series; `stacked` piles the series instead. */
export const barChart = (f: {
  readonly title: string
  readonly yLabel: string
  readonly xLabel: string
  readonly categories: readonly string[]
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[]
  readonly stacked?: boolean
}): string => {
  const top = Math.max(...f.categories.map((_, c) => (f.stacked ? f.series.reduce((s, se) => s + se.values[c]!, 0) : Math.max(...f.series.map((se) => se.values[c]!)))))
  // Head room above the tallest bar for the legend.
  const last = ticks(0, top * 1.2).at(-1)!
  const yMax = last < top * 1.2 ? top * 1.2 : last
  const pw = W - M.left - M.right
  const ph = H - M.top - M.bottom
  const band = pw / f.categories.length
  const sy = (y: number) => M.top + ph - (y / yMax) * ph
  const yt = ticks(0, yMax)
  const grid = yt.map((v) => `<line x1="${M.left}" x2="${M.left + pw}" y1="${sy(v)}" y2="${sy(v)}" stroke="#e5e5e5"/><text x="${M.left - 8}" y="${sy(v) + 4}" text-anchor="end" font-size="12">${fmt(v)}</text>`).join('')
  const bars = f.categories
    .map((cat, c) => {
      const x0 = M.left + c * band + band * 0.15
      const inner = band * 0.7
      let base = 0
      const rects = f.series
        .map((se, s) => {
          const v = se.values[c]!
          if (f.stacked) {
            const r = `<rect x="${x0}" y="${sy(base + v)}" width="${inner}" height="${sy(base) - sy(base + v)}" fill="${PALETTE[s % PALETTE.length]}"><title>${esc(`${cat}, ${se.name}: ${fmt(v)}`)}</title></rect>`
            base += v
            return r
          }
          const w = inner / f.series.length
          return `<rect x="${x0 + s * w}" y="${sy(v)}" width="${w - 2}" height="${sy(0) - sy(v)}" fill="${PALETTE[s % PALETTE.length]}"><title>${esc(`${cat}, ${se.name}: ${fmt(v)}`)}</title></rect>`
        })
        .join('')
      return `${rects}<text x="${M.left + c * band + band / 2}" y="${M.top + ph + 18}" text-anchor="middle" font-size="12">${esc(cat)}</text>`
    })
    .join('')
  return svg(f.title, `${grid}${axes(pw, ph)}${bars}${labels(f.xLabel, f.yLabel, pw, ph)}${legendOf(f.series.map((s, i) => ({ name: s.name, color: PALETTE[i % PALETTE.length]! })))}`)
}
