// Each free-text PII recognizer's time per pass over the labeled corpus, this tree against a git ref's in the same
// process: recognizers run in the analyzer's order on each text (as `bun bench/pii.ts --shares` does, so the first
// number recognizer to read a text pays for the shared digit pass), the two trees in alternated batches, the best
// batch of each kept (the least disturbed by other processes). Figures are ratios against the base of the same run.
// Usage: bun bench/pii-recognizers.ts [--base main] [--rounds N] [--batches N]
import { benchArgs, count, refuse } from "./args.ts"
import { readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import type { Recognizer } from "../core/index.ts"
import { piiPluginAt } from "../scripts/pii-diff.ts"

const ROOT = resolve(import.meta.dirname, "..")
const NUMBERS = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS"]

interface Tree {
  name: string
  recognizers: readonly Recognizer[]
  /** The analyzer without PERSON: the number recognizers and the analyzer's own work (overlaps, allow list). */
  analyze: (text: string) => unknown[]
}

async function treeAt(ref: string): Promise<Tree & { cleanup: () => void }> {
  const { pii, cleanup } = await piiPluginAt(ref)
  return { name: ref, recognizers: pii.createAnalyzer({ entities: NUMBERS }).recognizers, analyze: pii.createAnalyzer({ entities: NUMBERS }).analyze, cleanup }
}

/** ms per corpus pass of each recognizer, and of the analyzer without PERSON, best of `batches` batches of `rounds` passes. */
export function timeTrees(trees: Tree[], texts: string[], rounds: number, batches: number): Array<{ per: number[]; analyzer: number }> {
  const best = trees.map((t) => ({ per: t.recognizers.map(() => Infinity), analyzer: Infinity }))
  let sink = 0
  for (let b = 0; b < batches + 1; b++) {
    for (let s = 0; s < trees.length; s++) {
      const { recognizers, analyze } = trees[s]!
      const ms = recognizers.map(() => 0)
      for (let i = 0; i < rounds; i++) {
        for (const text of texts) {
          for (let k = 0; k < recognizers.length; k++) {
            const t0 = performance.now()
            sink += recognizers[k]!.recognize(text).length
            ms[k]! += performance.now() - t0
          }
        }
      }
      const t0 = performance.now()
      for (let i = 0; i < rounds; i++) for (const text of texts) sink += analyze(text).length
      const analyzer = (performance.now() - t0) / rounds
      // The first batch warms both trees up.
      if (b === 0) continue
      ms.forEach((m, k) => (best[s]!.per[k] = Math.min(best[s]!.per[k]!, m / rounds)))
      best[s]!.analyzer = Math.min(best[s]!.analyzer, analyzer)
    }
  }
  if (sink < 0) throw new Error("unreachable")
  return best
}

if (import.meta.main) {
  const usage = "bun bench/pii-recognizers.ts [--base main] [--rounds N] [--batches N]"
  const { values } = benchArgs(usage, { rounds: { type: "string" }, batches: { type: "string" }, base: { type: "string" } })
  const rounds = count("--rounds", values.rounds, 5, 1, 100, usage)
  const batches = count("--batches", values.batches, 8, 1, 100, usage)
  const ref = values.base ?? "main"
  if (!ref.trim() || ref.startsWith("-")) refuse("--base needs a git ref (main, a branch, a commit)", usage)
  const base = await treeAt(ref).catch(() => {
    process.stderr.write(`[cxedge] [bench] --base ${ref} could not be read from git: give a ref that exists here\n`)
    process.exit(2)
  })
  try {
    const here = await import("../plugins/pii/index.ts")
    const tree: Tree = { name: "this tree", recognizers: here.createAnalyzer({ entities: NUMBERS }).recognizers, analyze: here.createAnalyzer({ entities: NUMBERS }).analyze }
    const texts = readFileSync(join(ROOT, "test/fixtures/pii/corpus.jsonl"), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { text: string }).text)
    const [b, t] = timeTrees([base, tree], texts, rounds, batches)
    console.log(`Number recognizers, ms per pass over the labeled corpus (${texts.length} texts), best of ${batches} batches of ${rounds} passes, \`${ref}\` and this tree alternated.\n`)
    console.log(`| recognizer | ${ref} | this tree | this / ${ref} |\n|---|---:|---:|---:|`)
    base.recognizers.forEach((r, k) => console.log(`| ${r.name} | ${b!.per[k]!.toFixed(2)} | ${t!.per[k]!.toFixed(2)} | ${(t!.per[k]! / b!.per[k]!).toFixed(2)} |`))
    const sum = (x: number[]) => x.reduce((a, c) => a + c, 0)
    const np = (x: number[]) => sum(x) - x[base.recognizers.findIndex((r) => r.name === "phone")]!
    console.log(`| all but phone | ${np(b!.per).toFixed(2)} | ${np(t!.per).toFixed(2)} | ${(np(t!.per) / np(b!.per)).toFixed(2)} |`)
    console.log(`| analyzer without PERSON | ${b!.analyzer.toFixed(2)} | ${t!.analyzer.toFixed(2)} | ${(t!.analyzer / b!.analyzer).toFixed(2)} |`)
  } finally {
    base.cleanup()
  }
}
