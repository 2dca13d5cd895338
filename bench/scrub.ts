// `scrub` inside a job: contacts/s of an anonymize job whose ~500-character `notes` field is scrubbed
// (indexed tags) against the same job with `redact` on it, alternated in the same run. Everything else is
// the same: the records, the other rules, the export target, validation (whose residual-PII check runs the
// pii plugin's recognizers on every transformed value in both jobs). Usage: bun bench/scrub.ts [--contacts N] [--rounds R]
import { benchArgs, count } from "./args.ts"
import { rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createCxedgeStorage, createKeyRing, createRuntime, type Runtime } from "../core/index.ts"
import { runJob } from "../plugins/anonymize/job.ts"
import { createJournal } from "../plugins/anonymize/journal.ts"
import { compileMatrix, readMatrix, residualCheck } from "../plugins/anonymize/matrix/index.ts"
import type { Source, SourceRecord } from "../plugins/anonymize/pipeline.ts"
import { createExportTarget } from "../plugins/anonymize/targets/export.ts"
import { fileSink } from "../plugins/anonymize/targets/export-file.ts"
import { builtins } from "../plugins/manifest.ts"
import { nodeFiles } from "../node/files.ts"

const FIRST = ["Ada", "Björn", "Chiara", "Fatima", "Lars", "Priya", "Tomás", "Zoë"]
const LAST = ["Okafor", "Lindqvist", "Rossi", "Haddad", "Novak", "Müller", "García", "Moreau"]
const FILLER = [
  "The customer asked why the March invoice was higher than usual and whether the discount still applies.",
  "Explained the new tariff, the cancellation window and how to download statements from the portal.",
  "No complaint raised; the customer was satisfied with the explanation and the follow-up plan.",
  "Escalated the delivery question to the logistics team, ticket stays open until Friday.",
]

/** A ~500-character agent note with a name, an email, a phone number and sometimes a card inside. */
export function benchNote(i: number): string {
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`
  const phone = `+44 7911 ${String(100_000 + ((i * 7919) % 900_000)).padStart(6, "0")}`
  const parts = [`Spoke with ${name} about order ${10_000 + (i % 90_000)}.`, FILLER[i % 4]!, `Reach them at customer${i}@example.com or ${phone}.`, FILLER[(i + 1) % 4]!]
  if (i % 5 === 0) parts.push("Card 4111 1111 1111 1111 was declined twice.")
  let note = parts.join(" ")
  for (let k = 2; note.length < 480; k++) note += ` ${FILLER[(i + k) % 4]}`
  return note.slice(0, 520)
}

function source(n: number): Source {
  const record = (i: number): SourceRecord => {
    const id = String(600_000_000_000 + i)
    return { id, data: { id, firstName: FIRST[i % FIRST.length], email: `customer${i}@example.com`, phone: "+447911123456", notes: benchNote(i) } }
  }
  return {
    name: "generated",
    async *pages() {
      for (let i = 0; i < n; i += 500) yield Array.from({ length: Math.min(500, n - i) }, (_, k) => record(i + k))
    },
  }
}

const matrixWith = (notes: Record<string, unknown>) =>
  readMatrix({
    name: "bench-notes",
    target: "export",
    fields: [
      { path: "firstName", transform: "nullify" },
      { path: "email", transform: "hmac", normalize: "email" },
      { path: "phone", transform: "hmac", normalize: "e164", params: {} },
      { path: "notes", ...notes },
    ],
  }).matrix!

async function oneJob(rt: Runtime, mode: "scrub" | "redact", n: number, round: number): Promise<{ perSec: number; failed: number }> {
  const matrix = compileMatrix(matrixWith(mode === "scrub" ? { transform: "scrub", params: { mode: "indexed" } } : { transform: "redact" }), {
    transforms: rt.transforms,
    keys: rt.keys,
    residual: residualCheck(rt),
  })
  const out = join(tmpdir(), `cxedge-bench-scrub-${process.pid}-${mode}-${round}.jsonl`)
  const t0 = performance.now()
  const result = await runJob(rt, {
    jobId: `bench-${mode}-${round}`, source: source(n), target: createExportTarget(await fileSink(nodeFiles, out, { resume: false }), matrix), matrix,
    journal: createJournal(rt.storage.namespace("journal"), `bench-${mode}-${round}`), resume: false,
  }, { concurrency: 16 })
  const seconds = (performance.now() - t0) / 1000
  rmSync(out, { force: true })
  return { perSec: result.processed / seconds, failed: result.processed - result.succeeded }
}

export interface ScrubBench {
  contacts: number
  rounds: number
  noteChars: number
  redactPerSec: number
  scrubPerSec: number
  /** scrub over redact contacts/s. */
  ratio: number
  failed: number
  markdown: string
}

/** Alternates the two jobs `rounds` times and keeps each one's best round (a shared machine only slows a run down). */
export async function benchScrub(options: { contacts?: number; rounds?: number } = {}): Promise<ScrubBench> {
  const contacts = options.contacts ?? 2000
  const rounds = options.rounds ?? 3
  const keys = createKeyRing({ k1: Buffer.alloc(32, 9).toString("base64") }, "k1")
  const rt = await createRuntime({ plugins: ["anonymize", "pii"] }, { builtins, keys, storage: createCxedgeStorage() })
  let redact = 0
  let scrub = 0
  let failed = 0
  try {
    await oneJob(rt, "scrub", Math.min(contacts, 200), -1) // warm-up: compiled code and caches for both
    for (let r = 0; r < rounds; r++) {
      const a = await oneJob(rt, "redact", contacts, r)
      const b = await oneJob(rt, "scrub", contacts, r)
      redact = Math.max(redact, a.perSec)
      scrub = Math.max(scrub, b.perSec)
      failed += a.failed + b.failed
    }
  } finally {
    await rt.dispose()
  }
  const noteChars = Math.round(Array.from({ length: 100 }, (_, i) => benchNote(i).length).reduce((s, l) => s + l, 0) / 100)
  const ratio = scrub / redact
  const fmt = (x: number) => Math.round(x).toLocaleString("en-US")
  const markdown = `## \`scrub\` inside a job: a ${noteChars}-character notes field

\`bun bench/scrub.ts --contacts ${contacts} --rounds ${rounds}\`: ${fmt(contacts)} generated contacts through an anonymize job
(export target, in-process storage), the \`notes\` field (a name, an email, a phone number and, in one contact of five,
a card number inside ${noteChars} characters of agent prose) scrubbed with \`indexed\` tags, against the same job with
\`redact\` on \`notes\`, alternated ${rounds} times in the same process, best round of each. Both jobs run validation's
residual-PII check (the pii plugin's recognizers) on every transformed value.

| job | contacts/s | of redact |
|---|---:|---:|
| \`notes\`: \`redact\` (baseline) | ${fmt(redact)} | 1.00 |
| \`notes\`: \`scrub\` (\`indexed\`) | ${fmt(scrub)} | **${ratio.toFixed(2)}** |

Failed contacts in all rounds: ${failed}.
`
  return { contacts, rounds, noteChars, redactPerSec: redact, scrubPerSec: scrub, ratio, failed, markdown }
}

if (import.meta.main) {
  const usage = "bun bench/scrub.ts [--contacts N] [--rounds R]"
  const { values } = benchArgs(usage, { contacts: { type: "string" }, rounds: { type: "string" } })
  const contacts = values.contacts === undefined ? undefined : count("--contacts", values.contacts, 0, 100, 1_000_000, usage)
  const rounds = values.rounds === undefined ? undefined : count("--rounds", values.rounds, 0, 1, 20, usage)
  console.log((await benchScrub({ contacts, rounds })).markdown)
}
