// Scores a labeled PII corpus through the machine interface the held-out check
// uses, `cxedge pii scan --file X --field text --json`, run as a subprocess.
// Prints per type precision, recall and F1 under bench/pii.ts's rule (same
// type and IoU >= 0.5, one to one, best IoU first), then findings on each kind
// of labeled lookalike and on the checksum-invalid ones (any type overlapping).
// Counts only; --explain also lists each miss and false positive with the text
// id and a window of context (the corpora are synthetic: developer use only).
//   bun scripts/pii-score.ts --corpus test/fixtures/pii-holdout/corpus.jsonl [--explain] [--json]
import { existsSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { parseArgs } from "node:util"

interface Span { start: number; end: number }
export interface Labeled { id: string; text: string; entities: Array<Span & { type: string }>; negatives: Array<Span & { kind: string }> }
export interface Found extends Span { type: string; score: number }
export interface Row { type: string; labels: number; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface Miss { what: "miss" | "false positive"; type: string; id: string; value: Span; context: string; negative?: string }
export interface Score { texts: number; perType: Row[]; onNegatives: Record<string, number>; onInvalidLookalikes: number; misses: Miss[] }

export const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
const INVALID = new Set(["luhn-invalid", "iban-checksum"])
const ROOT = resolve(import.meta.dirname, "..")

const iou = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / (Math.max(a.end, b.end) - Math.min(a.start, b.start))
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** Runs the CLI exactly as the held-out check does and returns one findings list per corpus line. */
export function scan(corpusPath: string): Array<{ id?: unknown; findings: Found[]; error?: string }> {
  const run = Bun.spawnSync(["bun", join(ROOT, "cli/main.ts"), "pii", "scan", "--file", corpusPath, "--field", "text", "--json"], { cwd: ROOT, stderr: "pipe" })
  const out = run.stdout.toString().split("\n").filter((l) => l !== "")
  if (run.exitCode !== 0 && out.length === 0) throw new Error(`[cxedge] [pii-score] pii scan exited ${run.exitCode} with no output: run it by hand to see why`)
  return out.map((l) => JSON.parse(l))
}

function window(text: string, s: Span, width = 30): string {
  const before = text.slice(Math.max(0, s.start - width), s.start)
  const after = text.slice(s.end, s.end + width)
  return `${before}⟦${text.slice(s.start, s.end)}⟧${after}`.replace(/\n/g, "⏎").replace(/\t/g, "⇥")
}

/** Matches one text's findings to its labels: same type, IoU >= 0.5, best IoU first, each side once. */
export function match<F extends Span & { type: string }>(labels: Labeled["entities"], found: F[]): { fp: F[]; fn: Labeled["entities"] } {
  const pairs: Array<[number, number, number]> = []
  labels.forEach((l, i) => found.forEach((f, j) => {
    const o = l.type === f.type ? iou(l, f) : 0
    if (o >= 0.5) pairs.push([o, i, j])
  }))
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
  const usedL = new Set<number>()
  const usedF = new Set<number>()
  for (const [, i, j] of pairs) {
    if (usedL.has(i) || usedF.has(j)) continue
    usedL.add(i)
    usedF.add(j)
  }
  return { fp: found.filter((_, j) => !usedF.has(j)), fn: labels.filter((_, i) => !usedL.has(i)) }
}

export function score(corpus: Labeled[], results: Array<{ id?: unknown; findings: Found[] }>): Score {
  if (results.length !== corpus.length) throw new Error(`[cxedge] [pii-score] pii scan wrote ${results.length} lines for ${corpus.length} texts: the interface promises one line per input line`)
  const counts = new Map(TYPES.map((t) => [t, { labels: 0, tp: 0, fp: 0, fn: 0 }]))
  const at = (t: string) => counts.get(t) ?? counts.set(t, { labels: 0, tp: 0, fp: 0, fn: 0 }).get(t)!
  const onNegatives: Record<string, number> = {}
  const misses: Miss[] = []
  let onInvalidLookalikes = 0
  corpus.forEach((rec, k) => {
    const res = results[k]!
    if (res.id !== undefined && res.id !== rec.id) throw new Error(`[cxedge] [pii-score] line ${k + 1}: pii scan answered for another id: the output is out of order`)
    const found = res.findings
    const { fp, fn } = match(rec.entities, found)
    for (const l of rec.entities) at(l.type).labels++
    for (const f of fp) at(f.type).fp++
    for (const l of fn) at(l.type).fn++
    for (const n of rec.negatives) {
      const hits = found.filter((f) => overlaps(f, n)).length
      if (hits) onNegatives[n.kind] = (onNegatives[n.kind] ?? 0) + hits
      if (INVALID.has(n.kind)) onInvalidLookalikes += hits
    }
    for (const l of fn) misses.push({ what: "miss", type: l.type, id: rec.id, value: l, context: window(rec.text, l) })
    for (const f of fp) misses.push({ what: "false positive", type: f.type, id: rec.id, value: f, context: window(rec.text, f), negative: rec.negatives.find((n) => overlaps(f, n))?.kind })
  })
  const perType = [...counts].map(([type, c]) => {
    const tp = c.labels - c.fn
    const precision = tp + c.fp ? tp / (tp + c.fp) : 1
    const recall = c.labels ? tp / c.labels : 1
    return { type, ...c, tp, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
  })
  return { texts: corpus.length, perType, onNegatives, onInvalidLookalikes, misses }
}

export function table(s: Score): string {
  const f = (x: number) => x.toFixed(3)
  const lines = ["| type | labels | TP | FP | FN | precision | recall | F1 |", "|---|---|---|---|---|---|---|---|"]
  for (const r of s.perType) lines.push(`| ${r.type} | ${r.labels} | ${r.tp} | ${r.fp} | ${r.fn} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} |`)
  const neg = Object.entries(s.onNegatives).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${v}`).join(", ") || "none"
  lines.push("", `Findings overlapping labeled lookalikes (any type): ${neg}`, `On checksum-invalid lookalikes (luhn-invalid, iban-checksum): ${s.onInvalidLookalikes} (target 0)`)
  return lines.join("\n")
}

function main() {
  let args
  try {
    args = parseArgs({ options: { corpus: { type: "string" }, explain: { type: "boolean" }, json: { type: "boolean" } }, strict: true }).values
  } catch {
    console.error("[cxedge] [pii-score] unknown or malformed option: use --corpus <file.jsonl> [--explain] [--json]")
    process.exit(2)
  }
  const path = resolve(args.corpus ?? join(ROOT, "test/fixtures/pii-holdout/corpus.jsonl"))
  if (!existsSync(path)) {
    console.error("[cxedge] [pii-score] --corpus: no such file: give a labeled JSONL corpus")
    process.exit(2)
  }
  let corpus: Labeled[]
  try {
    corpus = readFileSync(path, "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Labeled)
    if (!corpus.length || corpus.some((c) => typeof c.text !== "string" || !Array.isArray(c.entities))) throw new Error()
  } catch {
    console.error("[cxedge] [pii-score] --corpus: not a labeled corpus (JSONL with text, entities, negatives): check the file")
    process.exit(2)
  }
  corpus.forEach((c) => (c.negatives ??= []))
  const s = score(corpus, scan(path))
  if (args.json) console.log(JSON.stringify(args.explain ? s : { ...s, misses: undefined }))
  else {
    console.log(`${s.texts} texts, scored through \`cxedge pii scan --file ${path} --field text --json\`; a finding matches a label of the same type with IoU >= 0.5, one to one, best IoU first\n`)
    console.log(table(s))
    if (args.explain) for (const m of s.misses) console.log(`${m.what}\t${m.type}\t${m.id}${m.negative ? `\t(on ${m.negative})` : ""}\t${m.context}`)
  }
}

if (import.meta.main) main()
