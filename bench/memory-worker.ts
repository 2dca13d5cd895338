// One memory measurement, in its own process so peak RSS is its own:
//   bun bench/memory-worker.ts stream  N   cxedge: pages streamed through the export target
//   bun bench/memory-worker.ts collect N   the seed's shape: every contact collected first
import { readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createCxedgeStorage, createKeyRing, createRuntime } from "../core/index.ts"
import { readMatrix } from "../plugins/anonymize/matrix/index.ts"
import { type Source, type SourceRecord } from "../plugins/anonymize/pipeline.ts"
import { runJob } from "../plugins/anonymize/job.ts"
import { createJournal } from "../plugins/anonymize/journal.ts"
import { compileMatrix } from "../plugins/anonymize/matrix/index.ts"
import { createExportTarget } from "../plugins/anonymize/targets/export.ts"
import { fileSink } from "../plugins/anonymize/targets/export-file.ts"
import { builtins } from "../plugins/manifest.ts"
import { nodeFiles } from "../node/files.ts"

const [mode = "stream", count = "1000000"] = process.argv.slice(2)
const n = Number(count)
let peak = 0
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss))
const timer = setInterval(sample, 20)

function contact(i: number): SourceRecord {
  return {
    id: String(600_000_000_000 + i),
    data: {
      id: String(600_000_000_000 + i),
      firstName: `First${i % 1000}`,
      lastName: `Last${i % 997}`,
      email: `person${i}@example.com`,
      phone: `+1555${String(i % 10_000_000).padStart(7, "0")}`,
      notes: `Customer ${i} asked about invoice ${i % 9999}.`,
      createdAt: new Date(1_790_000_000_000 + i * 1000).toISOString(),
      customFields: [{ name: "accountNumber", value: String(10_000_000 + i) }, { name: "callbackNote", value: `Call back on +1555${i}` }],
    },
  }
}

function generated(): Source {
  return {
    name: "generated",
    async *pages() {
      for (let i = 0; i < n; i += 500) yield Array.from({ length: Math.min(500, n - i) }, (_, k) => contact(i + k))
    },
  }
}

function collected(): Source {
  // The seed's job: `contact_ids.append((contact["id"], contact))` for every page before any work.
  const all: SourceRecord[] = []
  for (let i = 0; i < n; i++) all.push(contact(i))
  return {
    name: "collected",
    async *pages() {
      for (let i = 0; i < all.length; i += 500) yield all.slice(i, i + 500)
    },
  }
}

const keys = createKeyRing({ k1: Buffer.alloc(32, 9).toString("base64") }, "k1")
const rt = await createRuntime({ plugins: ["anonymize"] }, { builtins, keys, storage: createCxedgeStorage() })
const matrix = compileMatrix(readMatrix(JSON.parse(readFileSync(new URL("../matrices/analytics.json", import.meta.url), "utf8"))).matrix!, { transforms: rt.transforms, keys })
const out = join(tmpdir(), `cxedge-bench-${process.pid}.jsonl`)
const t0 = performance.now()
const source = mode === "collect" ? collected() : generated()
const result = await runJob(rt, {
  jobId: `bench-${mode}`, source, target: createExportTarget(await fileSink(nodeFiles, out, { resume: false }), matrix), matrix,
  journal: createJournal(rt.storage.namespace("journal"), `bench-${mode}`), resume: false,
}, { concurrency: 16 })
sample()
clearInterval(timer)
await Bun.file(out).delete()
if (result.rejected.length) console.error(result.rejected.slice(0, 3))
console.log(JSON.stringify({ mode, contacts: n, succeeded: result.succeeded, peakRssMb: Math.round(peak / 1048576), seconds: (performance.now() - t0) / 1000 }))
