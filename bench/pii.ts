// Free-text PII recognizers on the labeled corpus (test/fixtures/pii/corpus.jsonl):
// precision, recall and F1 per type under the corpus README's rule (same type,
// IoU >= 0.5, one to one, best IoU first), findings on checksum-invalid
// lookalikes, and scanning speed against one plain email-regex pass over the
// same texts in the same run. Usage: bun bench/pii.ts [--rounds N] [--shares] [--base REF]
// (--shares: each recognizer's share of the scanning time; --base <git ref>: that ref's analyzer timed in the same
// rounds, for a before/after in one process).
import { benchArgs, count, refuse } from "./args.ts"
import { readFileSync } from "node:fs"
import { createAnalyzer, ENTITY_TYPES } from "../plugins/pii/index.ts"
import type { Finding } from "../core/index.ts"
import { match as matchSpans } from "../scripts/pii-score.ts"

interface Span {
  start: number
  end: number
}
interface Labeled {
  id: string
  text: string
  entities: Array<Span & { type: string }>
  negatives: Array<Span & { kind: string }>
}

export interface TypeScore {
  type: string
  labels: number
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

export interface PiiBench {
  texts: number
  bytes: number
  perType: TypeScore[]
  /** Findings of any type overlapping a `luhn-invalid` or `iban-checksum` lookalike (target 0). */
  onInvalidLookalikes: number
  analyzerMBps: number
  /** The analyzer's MB/s in CPU time (user + system of this process): what one core does, whatever else runs. */
  analyzerCpuMBps: number
  emailRegexMBps: number
  /** Analyzer speed over the email-regex pass. */
  ratio: number
  markdown: string
}

const CORPUS = new URL("../test/fixtures/pii/corpus.jsonl", import.meta.url)
const EMAIL_ONLY = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g

export function loadCorpus(path: URL | string = CORPUS): Labeled[] {
  return readFileSync(path, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Labeled)
}

/** One text's matches (scripts/pii-score.ts: same type, IoU >= 0.5, best IoU first, each side once), with the hits per type. */
function match(labels: Labeled["entities"], found: Finding[]): { tp: Map<string, number>; fp: Finding[]; fn: Labeled["entities"] } {
  const { fp, fn } = matchSpans(labels, found)
  const tp = new Map<string, number>()
  for (const l of labels) if (!fn.includes(l)) tp.set(l.type, (tp.get(l.type) ?? 0) + 1)
  return { tp, fp, fn }
}

/** Precision, recall and F1 per type, and findings on checksum-invalid lookalikes, for the default analyzer. */
export function scoreCorpus(corpus: Labeled[], analyze = createAnalyzer().analyze): { perType: TypeScore[]; onInvalidLookalikes: number } {
  const counts = new Map<string, { labels: number; tp: number; fp: number; fn: number }>(ENTITY_TYPES.map((t) => [t, { labels: 0, tp: 0, fp: 0, fn: 0 }]))
  const at = (type: string) => counts.get(type) ?? counts.set(type, { labels: 0, tp: 0, fp: 0, fn: 0 }).get(type)!
  let onInvalidLookalikes = 0
  for (const rec of corpus) {
    const found = analyze(rec.text)
    const m = match(rec.entities, found)
    for (const l of rec.entities) at(l.type).labels++
    for (const [type, n] of m.tp) at(type).tp += n
    for (const f of m.fp) at(f.type).fp++
    for (const l of m.fn) at(l.type).fn++
    const invalid = rec.negatives.filter((n) => n.kind === "luhn-invalid" || n.kind === "iban-checksum")
    onInvalidLookalikes += found.filter((f) => invalid.some((n) => f.start < n.end && n.start < f.end)).length
  }
  const perType = [...counts].map(([type, c]) => {
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1
    return { type, ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
  })
  return { perType, onInvalidLookalikes }
}

export interface Speed {
  bytes: number
  /** The first pass of a new analyzer (in a fresh process, before the JIT has compiled anything). */
  coldMBps: number
  analyzerMBps: number
  analyzerCpuMBps: number
  emailRegexMBps: number
  /** With a base analyzer (another git ref's), its MB/s in the same rounds, wall clock and CPU time. */
  base?: { MBps: number; cpuMBps: number }
}

const WARM_PASSES = 80

/** MB/s (UTF-8 bytes) of the analyzer and of one email-regex pass over the same texts (and of `base`), rounds alternated. */
export function speed(texts: string[], rounds = 5, base?: (text: string) => Finding[]): Speed {
  const analyzer = createAnalyzer()
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0)
  let sink = 0
  const regexPass = () => {
    for (const t of texts) for (const m of t.matchAll(EMAIL_ONLY)) sink += m.index
  }
  const analyzerPass = () => {
    for (const t of texts) sink += analyzer.analyze(t).length
  }
  const basePass = () => {
    for (const t of texts) sink += base!(t).length
  }
  // The first pass, timed: in a fresh process, what a short `pii scan` of a small file sees (nothing compiled yet).
  const cold = performance.now()
  analyzerPass()
  const coldMs = performance.now() - cold
  // Then warm up until the JIT has compiled the hot paths: the analyzer's ~1,600 regexes (some twice, for 1- and 2-byte
  // strings) and its word tables kept compiling for ~80 corpus passes (a profile of JIT events), and 3 passes gave half
  // the steady speed. A job's scrub or a server's /v1/inspect runs long past this, so the rounds measure it warm.
  for (let i = 0; i < WARM_PASSES; i++) {
    regexPass()
    analyzerPass()
    if (base) basePass()
  }
  let tRegex = 0
  let tAnalyzer = 0
  let cpuAnalyzer = 0
  let tBase = 0
  let cpuBase = 0
  const cpu = () => {
    const u = process.cpuUsage()
    return (u.user + u.system) / 1000
  }
  for (let i = 0; i < rounds; i++) {
    let t = performance.now()
    for (let k = 0; k < 20; k++) regexPass()
    tRegex += (performance.now() - t) / 20
    t = performance.now()
    const c = cpu()
    analyzerPass()
    tAnalyzer += performance.now() - t
    cpuAnalyzer += cpu() - c
    if (base) {
      t = performance.now()
      const cb = cpu()
      basePass()
      tBase += performance.now() - t
      cpuBase += cpu() - cb
    }
  }
  if (sink < 0) throw new Error("unreachable")
  const mbps = (ms: number) => (bytes * rounds) / 1e6 / (ms / 1000)
  return { bytes, coldMBps: bytes / 1e6 / (coldMs / 1000), analyzerMBps: mbps(tAnalyzer), analyzerCpuMBps: mbps(cpuAnalyzer), emailRegexMBps: mbps(tRegex), ...(base && { base: { MBps: mbps(tBase), cpuMBps: mbps(cpuBase) } }) }
}

/**
 * Each recognizer's share of the time its `recognize` calls take over the texts, text by text as the analyzer runs
 * them (the first to ask for the text's shared first pass pays for it; the analyzer adds overlaps and allow lists).
 */
export function shares(texts: string[], rounds = 5): Array<{ recognizer: string; ms: number; share: number }> {
  const { recognizers } = createAnalyzer()
  const ms = new Float64Array(recognizers.length)
  let sink = 0
  for (let i = 0; i < rounds + 2; i++) {
    for (const text of texts) {
      for (let k = 0; k < recognizers.length; k++) {
        const t = performance.now()
        sink += recognizers[k]!.recognize(text).length
        if (i >= 2) ms[k]! += (performance.now() - t) / rounds
      }
    }
  }
  if (sink < 0) throw new Error("unreachable")
  const total = ms.reduce((a, b) => a + b, 0)
  return recognizers.map((r, k) => ({ recognizer: r.name, ms: ms[k]!, share: ms[k]! / total }))
}

const pct = (x: number) => x.toFixed(3)

export function benchPii(options: { rounds?: number; base?: { ref: string; analyze: (text: string) => Finding[] } } = {}): PiiBench {
  const rounds = options.rounds ?? 5
  const corpus = loadCorpus()
  const { perType, onInvalidLookalikes } = scoreCorpus(corpus)
  const s = speed(corpus.map((r) => r.text), rounds, options.base?.analyze)
  const ratio = s.analyzerMBps / s.emailRegexMBps
  const target = (t: TypeScore) => (t.type === "PERSON" ? t.f1 >= 0.75 : t.precision >= 0.97 && t.recall >= 0.97) ? "yes" : "**no**"
  const rows = perType.map((t) => `| \`${t.type}\` | ${t.labels} | ${t.tp} | ${t.fp} | ${t.fn} | ${pct(t.precision)} | ${pct(t.recall)} | ${pct(t.f1)} | ${target(t)} |`)
  const markdown = `## Free-text PII recognizers (targets: precision and recall >= 0.97 per type, PERSON F1 >= 0.75, 0 findings on invalid lookalikes, >= 10 MB/s per core)

The \`pii\` plugin's default analyzer (all types, minScore 0.5, regions US and western Europe) on
\`test/fixtures/pii/corpus.jsonl\` (${corpus.length} texts, ${(s.bytes / 1024).toFixed(0)} KiB, 6 languages). A finding matches a label when
the types are equal and the spans overlap by IoU >= 0.5, one to one, best IoU first (the corpus README's rule).
Reproduce: \`bun bench/pii.ts --rounds ${rounds}\`.

| type | labels | TP | FP | FN | precision | recall | F1 | target met |
|---|---:|---:|---:|---:|---:|---:|---:|---|
${rows.join("\n")}

Findings on Luhn- or mod-97-invalid lookalikes (any type): **${onInvalidLookalikes}**.

Speed, one core, ${rounds} alternated rounds after ${WARM_PASSES} warm-up passes: the analyzer scans **${s.analyzerMBps.toFixed(1)} MB/s** wall clock (${s.analyzerCpuMBps.toFixed(1)} MB/s of
CPU time, what one core does while other processes share it); one plain email-regex pass
over the same texts runs ${s.emailRegexMBps.toFixed(0)} MB/s (ratio **${ratio.toFixed(3)}**). The first pass of a new analyzer,
before the warm-up, ran ${s.coldMBps.toFixed(1)} MB/s (in a fresh process: what a one-off scan of a small file sees).
${s.base ? `\nIn the same rounds, the analyzer of \`${options.base!.ref}\` scans ${s.base.MBps.toFixed(1)} MB/s wall clock (${s.base.cpuMBps.toFixed(1)} MB/s of CPU time): this tree is **${(s.analyzerCpuMBps / s.base.cpuMBps).toFixed(2)}x** its speed in CPU time, ${(s.analyzerMBps / s.base.MBps).toFixed(2)}x wall clock.\n` : ""}`
  return { texts: corpus.length, perType, onInvalidLookalikes, ...s, ratio, markdown }
}

if (import.meta.main) {
  const usage = "bun bench/pii.ts [--rounds N] [--shares] [--base REF]"
  const { values } = benchArgs(usage, { rounds: { type: "string" }, shares: { type: "boolean" }, base: { type: "string" } })
  const rounds = values.rounds === undefined ? undefined : count("--rounds", values.rounds, 0, 1, 100, usage)
  const ref = values.base
  if (ref !== undefined && (!ref.trim() || ref.startsWith("-"))) refuse("--base needs a git ref (main, a branch, a commit)", usage)
  let base: { ref: string; analyze: (text: string) => Finding[]; cleanup: () => void } | undefined
  if (ref) {
    const { analyzerAt } = await import("../scripts/pii-diff.ts")
    try {
      base = { ref, ...(await analyzerAt(ref)) }
    } catch {
      process.stderr.write(`[cxedge] [bench] --base ${ref} could not be read from git: give a ref that exists here\n`)
      process.exit(2)
    }
  }
  try {
    console.log(benchPii({ rounds, base }).markdown)
  } finally {
    base?.cleanup()
  }
  if (values.shares) {
    console.log("| recognizer | ms per corpus pass | share |\n|---|---:|---:|")
    for (const s of shares(loadCorpus().map((r) => r.text), rounds ?? 5)) console.log(`| ${s.recognizer} | ${s.ms.toFixed(2)} | ${(s.share * 100).toFixed(0)}% |`)
  }
}
