import { displayWidth, padDisplay } from "./width.ts"

// Line breaks, tabs and escape codes in a value (tenant data) would break the table's rows or
// reach the terminal as commands: shown escaped instead, the way JSON would show them.
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/g
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" }
const visible = (text: string) => text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)

/** One cell's text: nothing for null or undefined, objects as JSON, control characters escaped. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return ""
  return visible(typeof value === "object" ? JSON.stringify(value) : String(value))
}

/**
 * Renders rows as an aligned text table; values are stringified, objects as
 * JSON. Columns are measured in terminal columns, not UTF-16 units, so CJK,
 * emoji and combining marks line up.
 */
export function renderTable(rows: Record<string, unknown>[], columns?: string[]): string {
  if (rows.length === 0) return "(none)\n"
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))]
  const cells = rows.map((r) => cols.map((c) => cell(r[c])))
  const header = cols.map(visible)
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((row) => displayWidth(row[i]!))))
  const line = (values: string[]) => values.map((v, i) => padDisplay(v, widths[i]!)).join("  ").trimEnd()
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n"
}

/** What `host.print` writes: JSON with `json`, a string as is, rows as a table, an object as key/value rows. */
export function render(data: unknown, options: { json?: boolean; columns?: string[] } = {}): string {
  if (options.json) return JSON.stringify(data, null, 2) + "\n"
  if (typeof data === "string") return data.endsWith("\n") ? data : data + "\n"
  if (Array.isArray(data)) return renderTable(data as Record<string, unknown>[], options.columns)
  if (data && typeof data === "object") return renderTable(Object.entries(data).map(([key, value]) => ({ key, value })))
  return String(data) + "\n"
}
