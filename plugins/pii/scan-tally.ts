import type { Finding } from "../../core/index.ts"
import type { Analyzer } from "./analyzer.ts"

/** What was found at one field path (arrays as `[*]`): counts per type, and whether a finding was the whole value. */
export interface PathTally {
  path: string
  /** Values (strings) seen at this path. */
  values: number
  /** Values holding at least one finding. */
  withFindings: number
  byType: Record<string, number>
  /** A finding spanned the whole value (a field that is PII), not a part of it (free text). */
  whole: number
  partial: number
  /** Masked, only when samples were asked for. */
  samples: string[]
  /** For a value in an array item with a `name` (customFields[*].value): values with findings per that name. */
  names: Record<string, number>
}

export interface ScanTally {
  records: number
  /** One record (or, with `path`, one value found at that field path). */
  add(data: unknown, path?: string): void
  /** Paths with findings first (most first), then the rest. */
  paths(): PathTally[]
}

const MAX_SAMPLES = 3
const MAX_DEPTH = 32
/** What a custom field's name looks like (accountNumber, callback_note), not a person's (Ann Lee). */
const LABEL = /^[a-z][A-Za-z0-9_.-]{1,63}$/

/**
 * A value with its letters and digits starred, but for the last two (the
 * last four of a card, as receipts print them): the shape of what was found,
 * never enough to read it back.
 */
export function maskValue(value: string, type: string): string {
  const keep = type === "CARD" ? 4 : 2
  let seen = 0
  const chars = [...value]
  const total = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length
  return chars.map((c) => (/[\p{L}\p{N}]/u.test(c) ? (++seen > total - keep && total > keep * 2 ? c : "*") : c)).join("")
}

/**
 * The text around a finding with everything in it masked: what `--samples` prints. `all` is every span any recognizer
 * found in the text, whatever its type or score (a scan narrowed by --entities or --min-score still masks the rest).
 */
function sampleOf(text: string, finding: Finding, all: readonly Finding[]): string {
  const from = Math.max(0, finding.start - 20)
  const to = Math.min(text.length, finding.end + 20)
  let out = ""
  let at = from
  for (const f of all) {
    if (f.end <= Math.max(from, at) || f.start >= to) continue
    const start = Math.max(f.start, at)
    out += text.slice(at, start) + maskValue(text.slice(start, Math.min(f.end, to)), f.type)
    at = Math.min(f.end, to)
  }
  out += text.slice(at, to)
  // One line per sample, whatever the text held.
  return `${from > 0 ? "…" : ""}${out.replace(/\s+/g, " ")}${to < text.length ? "…" : ""}`
}

/** What any of the analyzer's recognizers found in `text`, at any score, with the analyzer's own findings, by start. */
const everySpan = (analyzer: Analyzer, text: string, findings: readonly Finding[]): Finding[] =>
  [...findings, ...analyzer.recognizers.flatMap((r) => r.recognize(text))].sort((a, b) => a.start - b.start || b.end - a.end)

/**
 * Counts findings per field path over whole records: every string value at
 * any depth is scanned (array items as `[*]`), so fields no matrix names are
 * found too. Values are read, never kept, unless samples are asked for, and
 * then only masked.
 */
export function createScanTally(analyzer: Analyzer, options: { samples?: boolean; maskWith?: Analyzer } = {}): ScanTally {
  const byPath = new Map<string, PathTally>()
  const tallyOf = (path: string) => {
    let t = byPath.get(path)
    if (!t) byPath.set(path, (t = { path, values: 0, withFindings: 0, byType: {}, whole: 0, partial: 0, samples: [], names: {} }))
    return t
  }
  // A label is printed (and goes into a draft's `when`): only an identifier-like name with no finding in it, never a person's.
  const labelOf = (item: unknown): string | undefined => {
    const name = item && typeof item === "object" && !Array.isArray(item) ? (item as { name?: unknown }).name : undefined
    return typeof name === "string" && LABEL.test(name) && !analyzer.analyze(name).length ? name : undefined
  }
  // A key that holds personal data (a map from addresses or numbers to values) is printed as the types found in it.
  const keys = new Map<string, string>()
  const keyOf = (key: string): string => {
    let shown = keys.get(key)
    if (shown !== undefined) return shown
    const types = [...new Set((options.maskWith ?? analyzer).analyze(key).map((f) => f.type))]
    shown = types.length ? `<${types.join("+")}>` : key
    if (keys.size < 10_000) keys.set(key, shown)
    return shown
  }
  const visit = (value: unknown, path: string, depth: number, named?: string): void => {
    if (depth > MAX_DEPTH) return
    if (typeof value === "string") {
      const t = tallyOf(path)
      t.values++
      const findings = analyzer.analyze(value)
      if (!findings.length) return
      t.withFindings++
      if (named !== undefined) t.names[named] = (t.names[named] ?? 0) + 1
      let masked: Finding[] | undefined
      for (const f of findings) {
        t.byType[f.type] = (t.byType[f.type] ?? 0) + 1
        if (f.start === 0 && f.end === value.trimEnd().length) t.whole++
        else t.partial++
        if (options.samples && t.samples.length < MAX_SAMPLES) t.samples.push(`${f.type}: ${sampleOf(value, f, (masked ??= everySpan(options.maskWith ?? analyzer, value, findings)))}`)
      }
    } else if (Array.isArray(value)) {
      for (const item of value) {
        // An item's `name` tells its values apart (a custom field's), as a matrix's `when` does.
        const name = labelOf(item)
        if (name === undefined) visit(item, `${path}[*]`, depth + 1)
        else for (const [key, child] of Object.entries(item as object)) visit(child, `${path}[*].${key}`, depth + 2, key === "name" ? undefined : name)
      }
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) visit(item, path ? `${path}.${keyOf(key)}` : keyOf(key), depth + 1)
    }
  }
  const tally: ScanTally = {
    records: 0,
    add(data, path = "") {
      tally.records++
      visit(data, path, 0)
    },
    paths: () => [...byPath.values()].sort((a, b) => b.withFindings - a.withFindings || a.path.localeCompare(b.path)),
  }
  return tally
}
