/** Renders rows as an aligned text table; values are stringified, objects as JSON. */
export function renderTable(rows: Record<string, unknown>[], columns?: string[]): string {
  if (rows.length === 0) return "(none)\n"
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))]
  const cell = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v))
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)))
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join("  ").trimEnd()
  return [line(cols), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r[c]))))].join("\n") + "\n"
}

export function render(data: unknown, options: { json?: boolean; columns?: string[] } = {}): string {
  if (options.json) return JSON.stringify(data, null, 2) + "\n"
  if (typeof data === "string") return data.endsWith("\n") ? data : data + "\n"
  if (Array.isArray(data)) return renderTable(data as Record<string, unknown>[], options.columns)
  if (data && typeof data === "object") return renderTable(Object.entries(data).map(([key, value]) => ({ key, value })))
  return String(data) + "\n"
}
