// One measurement, in its own process so peak RSS is its own:
//   bun bench/memory-worker.ts stream  N          cxedge: pages streamed through the export target
//   bun bench/memory-worker.ts collect N          the seed's shape: every contact collected first
//   bun bench/memory-worker.ts pipeline FILE DIR  a JSONL file to a JSONL export as `cxedge anonymize` runs it, journal in fs storage under DIR
//   bun bench/memory-worker.ts engine FILE        the matrix engine alone on the file's records, parsed beforehand
//   bun bench/memory-worker.ts bare FILE DIR      the pipeline's work on each record with no job around it (no journal, events, tally)
import { count, refuse } from "./args.ts"
import { mkdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createCxedgeStorage, createKeyRing, createRuntime } from "../core/index.ts"
import { readMatrix } from "../plugins/anonymize/matrix/index.ts"
import { type Source, type SourceRecord } from "../plugins/anonymize/pipeline.ts"
import { runJob } from "../plugins/anonymize/job.ts"
import { createJournal } from "../plugins/anonymize/journal.ts"
import { compileMatrix } from "../plugins/anonymize/matrix/index.ts"
import { completeJob, prepareJob } from "../plugins/anonymize/prepare.ts"
import { parseLine, readRecord } from "../plugins/anonymize/sources/jsonl.ts"
import { createIdIndex } from "../core/id-index.ts"
import { validatePlan } from "../plugins/anonymize/matrix/index.ts"
import { createExportTarget } from "../plugins/anonymize/targets/export.ts"
import { fileSink } from "../plugins/anonymize/targets/export-file.ts"
import { builtins, defaultPlugins } from "../plugins/manifest.ts"
import { nodeFiles } from "../node/files.ts"
import { privateFsDriver } from "../node/fs-driver.ts"

const [mode = "stream", arg = "1000000", dirArg, pluginsArg] = process.argv.slice(2)
// Started by other benches, by hand too: a mode or a count it does not take ran on NaN and printed "contacts": null.
const USAGE = "bun bench/memory-worker.ts stream|collect N | pipeline FILE DIR [PLUGINS] | engine FILE | bare FILE DIR"
if (!["stream", "collect", "pipeline", "engine", "bare"].includes(mode)) refuse(`mode "${mode.slice(0, 20)}" is not one of stream, collect, pipeline, engine, bare`, USAGE)
if ((mode === "pipeline" || mode === "bare") && !dirArg) refuse(`${mode} needs FILE and DIR`, USAGE)
const n = mode === "stream" || mode === "collect" ? count("N", arg, 0, 1, 100_000_000, USAGE) : Number.NaN
// The kernel's high-water mark (ru_maxrss, KiB on Linux): no sampling timer, which would cost the
// measured run CPU (process.memoryUsage() every 20 ms was 1.7% of a pipeline run) and could miss a peak.
// On Linux, VmHWM is this address space's own high-water mark. ru_maxrss is not: it keeps the peak of the
// process image exec replaced, so a worker spawned by a large parent (bench/run.ts after the 1,000,000-contact
// runs) reported the parent's size.
const peakMb = () => {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"))
    if (hwm) return Math.round(Number(hwm[1]) / 1024)
  } catch {}
  return Math.round((process.resourceUsage().maxRSS * 1024) / 1048576)
}

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

/** CPU seconds (user and system, every thread) since `start`: steadier than the clock on a shared machine. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1e6
}

const keys = createKeyRing({ k1: Buffer.alloc(32, 9).toString("base64") }, "k1")
const analytics = readMatrix(JSON.parse(readFileSync(new URL("../matrices/analytics.json", import.meta.url), "utf8"))).matrix!

async function memory() {
  const rt = await createRuntime({ plugins: ["anonymize"] }, { builtins, keys, storage: createCxedgeStorage() })
  const matrix = compileMatrix(analytics, { transforms: rt.transforms, keys })
  const out = join(tmpdir(), `cxedge-bench-${process.pid}.jsonl`)
  const t0 = performance.now()
  const source = mode === "collect" ? collected() : generated()
  const result = await runJob(rt, {
    jobId: `bench-${mode}`, source, target: createExportTarget(await fileSink(nodeFiles, out, { resume: false }), matrix), matrix,
    journal: createJournal(rt.storage.namespace("journal"), `bench-${mode}`), resume: false,
  }, { concurrency: 16 })
  await Bun.file(out).delete()
  if (result.rejected.length) console.error(result.rejected.slice(0, 3))
  return { mode, contacts: n, succeeded: result.succeeded, peakRssMb: peakMb(), seconds: (performance.now() - t0) / 1000 }
}

/** As `cxedge anonymize --source jsonl --file FILE --out DIR/export.jsonl --storage fs --storage-dir DIR/state` runs it. */
async function pipeline(file: string, dir: string) {
  mkdirSync(dir, { recursive: true })
  const storage = createCxedgeStorage(privateFsDriver({ base: join(dir, "state") }))
  // "defaults": every plugin a user gets with no config (audit-kv's record per contact, pii's residual check...).
  const plugins = pluginsArg === "defaults" ? defaultPlugins : ["anonymize"]
  const rt = await createRuntime({ plugins }, { builtins, keys, storage })
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const request = { jobId: "bench", matrix: analytics, source: { kind: "jsonl" as const, file }, target: { kind: "export" as const, out: join(dir, "export.jsonl") } }
  const result = await completeJob(rt, await prepareJob(rt, request, {}, nodeFiles), { concurrency: 8 })
  const seconds = (performance.now() - t0) / 1000
  const cpuSeconds = cpuSince(cpu0)
  if (result.rejected.length) console.error(result.rejected.slice(0, 3))
  return { contacts: result.processed, exported: result.succeeded, seconds, perSec: result.processed / seconds, cpuPerSec: result.processed / cpuSeconds, peakRssMb: peakMb() }
}

/**
 * What the pipeline does to each record, with nothing of the job around it: read the line, parse it
 * (id checked, repeats refused), plan, validate, the export line, appended a page at a time. No journal,
 * no events, no tally, no collector: the floor the job's own machinery sits on.
 */
async function bare(file: string, dir: string) {
  mkdirSync(dir, { recursive: true })
  const rt = await createRuntime({ plugins: ["anonymize"] }, { builtins, keys, storage: createCxedgeStorage() })
  const matrix = compileMatrix(analytics, { transforms: rt.transforms, keys })
  const out = await nodeFiles.appender(join(dir, "bare.jsonl"), { truncate: true })
  const seen = createIdIndex()
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  let n = 0
  let page: string[] = []
  for await (const line of nodeFiles.lines(file)) {
    const record = readRecord(line, ++n, "id", seen)
    const planned = matrix.plan(record.data)
    const plan = planned instanceof Promise ? await planned : planned
    if (validatePlan(plan).length) throw new Error(`record ${n} did not validate`)
    // Every record of the bench file leads with its id as a string: the copy is the export line as it is.
    page.push(JSON.stringify(matrix.exportCopy(plan)))
    if (page.length === 250) {
      await out.write(page.join("\n"))
      page = []
    }
  }
  if (page.length) await out.write(page.join("\n"))
  await out.close()
  const seconds = (performance.now() - t0) / 1000
  return { contacts: n, exported: n, seconds, perSec: n / seconds, cpuPerSec: n / cpuSince(cpu0), peakRssMb: peakMb() }
}

/** `plan` on every record of the file, three rounds after a warm-up one: records/s. */
async function engine(file: string) {
  const rt = await createRuntime({ plugins: ["anonymize"] }, { builtins, keys, storage: createCxedgeStorage() })
  const matrix = compileMatrix(analytics, { transforms: rt.transforms, keys })
  const records = readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => parseLine(line) as Record<string, unknown>)
  let sink = 0
  const round = async () => {
    for (const record of records) {
      const plan = await matrix.plan(record)
      sink += plan.changes.length
    }
  }
  await round()
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  for (let i = 0; i < 3; i++) await round()
  const seconds = (performance.now() - t0) / 1000
  const cpuSeconds = cpuSince(cpu0)
  if (sink === 0) throw new Error("the engine changed nothing")
  return { records: records.length, perSec: (records.length * 3) / seconds, cpuPerSec: (records.length * 3) / cpuSeconds }
}

const result = mode === "pipeline" ? await pipeline(arg, dirArg!) : mode === "bare" ? await bare(arg, dirArg!) : mode === "engine" ? await engine(arg) : await memory()
console.log(JSON.stringify(result))
