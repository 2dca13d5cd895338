// Differential check of the free-text PII analyzer: the findings of this tree's default analyzer against those of a
// git ref's (`main` unless told), on the labeled corpora and on thousands of mutated texts (case changed, punctuation
// and separators changed, digits shuffled, texts joined). A speed change must find exactly what it found before; any
// difference is listed by text id, mutation and span (never the text: the corpora are synthetic, the habit is kept).
//   bun scripts/pii-diff.ts [--base main] [--show 20] [--spans]
// (--spans: only where a finding starts, ends and its type count, not its score: what a scrub would change.)
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { parseArgs } from "node:util"
import { seededRandom } from "../core/clock.ts"

interface Finding { type: string; start: number; end: number; score: number; recognizer: string }
type Analyze = (text: string) => Finding[]
interface Case { id: string; mutation: string; text: string }

const ROOT = resolve(import.meta.dirname, "..")
/** `pii` first, then `pii-holdout` (the second), then `pii-holdout2` (the third) and on. */
const written = (dir: string) => (dir === "pii" ? 0 : Number(dir.slice("pii-holdout".length) || 1))
// Every labeled corpus under test/fixtures (`pii`, `pii-holdout`, `pii-holdout2` …), in the order they were written: the
// pairs of the `joined` mutation depend on it.
const CORPORA = readdirSync(join(ROOT, "test/fixtures"))
  .filter((d) => /^pii(?:-holdout\d*)?$/.test(d) && existsSync(join(ROOT, "test/fixtures", d, "corpus.jsonl")))
  .sort((a, b) => written(a) - written(b))
  .map((d) => `test/fixtures/${d}/corpus.jsonl`)

const titleCase = (s: string) => s.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())

/** Each digit replaced by a random one: the same shapes, other checksums and validity. */
const shuffleDigits = (s: string, rnd: () => number) => s.replace(/\d/g, () => String(Math.floor(rnd() * 10)))

/** The digits of each run of digits and separators permuted among themselves. */
function permuteDigits(s: string, rnd: () => number): string {
  return s.replace(/\d[\d .\-\/()]*\d/g, (run) => {
    const digits = run.replace(/\D/g, "").split("")
    for (let i = digits.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1))
      ;[digits[i], digits[j]] = [digits[j]!, digits[i]!]
    }
    let k = 0
    return run.replace(/\d/g, () => digits[k++]!)
  })
}

const SEPARATORS = [" ", "-", ".", "/", "", "  ", "\t", ", ", ": ", "\n"]
/** Separators between digits, after letters and around punctuation changed at random. */
function punctuate(s: string, rnd: () => number): string {
  return s
    .replace(/(?<=\d)[ .\-\/](?=\d)/g, () => SEPARATORS[Math.floor(rnd() * 5)]!)
    .replace(/[,.;:!?]/g, (p) => (rnd() < 0.3 ? SEPARATORS[Math.floor(rnd() * SEPARATORS.length)]! : p))
    .replace(/ /g, (sp) => (rnd() < 0.05 ? SEPARATORS[Math.floor(rnd() * SEPARATORS.length)]! : sp))
}

/** Random letters' case flipped. */
const flipCase = (s: string, rnd: () => number) => s.replace(/\p{L}/gu, (c) => (rnd() < 0.15 ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c))

/** The corpora's texts, then each under every mutation, then pairs of texts joined. */
export function cases(texts: Array<{ id: string; text: string }>, seed = 18): Case[] {
  // Seeded: the same mutated texts on every run.
  const rnd = seededRandom(seed)
  const out: Case[] = texts.map((t) => ({ id: t.id, mutation: "original", text: t.text }))
  const mutations: Array<[string, (s: string) => string]> = [
    ["upper", (s) => s.toUpperCase()],
    ["lower", (s) => s.toLowerCase()],
    ["title", titleCase],
    ["flip-case", (s) => flipCase(s, rnd)],
    ["punctuation", (s) => punctuate(s, rnd)],
    ["digits-random", (s) => shuffleDigits(s, rnd)],
    ["digits-permuted", (s) => permuteDigits(s, rnd)],
    ["no-newlines", (s) => s.replace(/\n/g, " ")],
  ]
  for (const [name, f] of mutations) for (const t of texts) out.push({ id: t.id, mutation: name, text: f(t.text) })
  for (let i = 0; i < texts.length; i++) {
    const a = texts[i]!
    const b = texts[Math.floor(rnd() * texts.length)]!
    const glue = ["\n", " ", "", "\n\n", ". "][i % 5]!
    out.push({ id: `${a.id}+${b.id}`, mutation: "joined", text: a.text + glue + b.text })
  }
  return out
}

/** The ref's pii plugin module (its `core/` and `plugins/` in a temporary directory, node_modules linked), and how to remove it. */
export async function piiPluginAt(ref: string): Promise<{ pii: typeof import("../plugins/pii/index.ts"); cleanup: () => void }> {
  const tar = execFileSync("git", ["archive", "--format=tar", ref, "core", "plugins", "package.json", "tsconfig.json"], { cwd: ROOT, maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] })
  const dir = mkdtempSync(join(tmpdir(), "pii-at-"))
  execFileSync("tar", ["-x", "-C", dir], { input: tar })
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"))
  return { pii: await import(join(dir, "plugins/pii/index.ts")), cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The ref's default analyzer (piiPluginAt). */
export async function analyzerAt(ref: string): Promise<{ analyze: Analyze; cleanup: () => void }> {
  const { pii, cleanup } = await piiPluginAt(ref)
  return { analyze: pii.createAnalyzer().analyze, cleanup }
}

const key = (f: Finding) => `${f.type}@${f.start}-${f.end}:${f.score}:${f.recognizer}`
const spanKey = (f: Finding) => `${f.type}@${f.start}-${f.end}`

if (import.meta.main) {
  const values = (() => {
    try {
      return parseArgs({ options: { base: { type: "string", default: "main" }, show: { type: "string", default: "20" }, spans: { type: "boolean", default: false } } }).values
    } catch (error) {
      process.stderr.write(`[cxedge] [pii-diff] ${(error as Error).message.split("\n")[0]}: use [--base REF] [--show N] [--spans]\n`)
      process.exit(2)
    }
  })()
  const keyOf = values.spans ? spanKey : key
  const show = Number(values.show)
  if (!(Number.isInteger(show) && show >= 0)) {
    process.stderr.write("[cxedge] [pii-diff] --show must be a whole number of differences to list\n")
    process.exit(2)
  }
  const { readFileSync } = await import("node:fs")
  const texts = CORPORA.flatMap((p) => readFileSync(join(ROOT, p), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; text: string }))
  const all = cases(texts)
  const base = await analyzerAt(values.base!).catch(() => {
    process.stderr.write(`[cxedge] [pii-diff] --base ${values.base} could not be read from git: give a ref that exists here\n`)
    process.exit(2)
  })
  const { createAnalyzer } = await import("../plugins/pii/index.ts")
  const now = createAnalyzer().analyze
  const byMutation = new Map<string, { texts: number; differ: number }>()
  const shown: string[] = []
  let differ = 0
  let findings = 0
  try {
    for (const c of all) {
      const a = base.analyze(c.text).map(keyOf)
      const b = now(c.text).map(keyOf)
      findings += b.length
      const m = byMutation.get(c.mutation) ?? byMutation.set(c.mutation, { texts: 0, differ: 0 }).get(c.mutation)!
      m.texts++
      if (a.join() === b.join()) continue
      m.differ++
      differ++
      if (shown.length < show) {
        const only = (x: string[], y: string[]) => x.filter((k) => !y.includes(k)).join(" ") || "-"
        shown.push(`  ${c.id} [${c.mutation}] (${c.text.length} units): only ${values.base}: ${only(a, b)} | only now: ${only(b, a)}`)
      }
    }
  } finally {
    base.cleanup()
  }
  console.log(`pii-diff: ${all.length} texts (${texts.length} corpus texts, ${all.length - texts.length} mutated), ${findings} findings now; ${differ} texts differ from ${values.base}`)
  for (const [name, m] of byMutation) console.log(`  ${name.padEnd(16)} ${String(m.texts).padStart(5)} texts, ${m.differ} differ`)
  if (shown.length) console.log(shown.join("\n"))
  process.exit(differ ? 1 : 0)
}
