// Matrix engine throughput (field transforms/s) against a plain HMAC loop
// producing the same tokens, in the same process and run.
import { benchArgs, count } from "./args.ts"
import { createHmac } from "node:crypto"
import { createKeyRing } from "../core/index.ts"
import { compileMatrix } from "../plugins/anonymize/matrix/index.ts"
import { builtinTransforms } from "../plugins/anonymize/transforms/index.ts"
import { subkey } from "../plugins/anonymize/transforms/keys.ts"

export interface MatrixBench {
  records: number
  fieldsPerRecord: number
  baselinePerSec: number
  enginePerSec: number
  ratio: number
}

const FIELDS = ["firstName", "lastName", "email", "phone", "accountId", "city"]

function makeRecords(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: String(i),
    firstName: `First${i}`,
    lastName: `Last${i % 997}`,
    email: `person${i}@example.com`,
    phone: `+1555${String(i).padStart(7, "0")}`,
    accountId: `AC-${i * 7}`,
    city: `City${i % 101}`,
    createdAt: "2026-11-21T10:00:00Z",
  }))
}

export function benchMatrix(n = 50_000, rounds = 5): MatrixBench {
  const keys = createKeyRing({ k1: Buffer.alloc(32, 7).toString("base64") }, "k1")
  const matrix = compileMatrix(
    { name: "bench", fields: FIELDS.map((path) => ({ path, transform: "hmac", params: {} })) },
    { transforms: new Map(builtinTransforms.map((t) => [t.name, t])), keys },
  )
  const records = makeRecords(n)
  const key = subkey(keys, "k1", "hmac")
  let sink = 0

  const baseline = () => {
    for (const r of records) {
      for (const f of FIELDS) {
        const token = `tok_k1_${createHmac("sha256", key).update((r as any)[f]).digest().subarray(0, 16).toString("base64url")}`
        sink += token.length
      }
    }
  }
  const engine = () => {
    for (const r of records) {
      const plan = matrix.plan(r) as { output: Record<string, unknown> }
      sink += (plan.output.email as string).length
    }
  }
  // Warm up both, then alternate rounds so neither gets a cooler or warmer machine.
  baseline()
  engine()
  let tBase = 0
  let tEngine = 0
  for (let i = 0; i < rounds; i++) {
    let t = performance.now()
    baseline()
    tBase += performance.now() - t
    t = performance.now()
    engine()
    tEngine += performance.now() - t
  }
  if (sink === 0) throw new Error("unreachable")
  const fields = n * FIELDS.length * rounds
  const baselinePerSec = fields / (tBase / 1000)
  const enginePerSec = fields / (tEngine / 1000)
  return { records: n, fieldsPerRecord: FIELDS.length, baselinePerSec, enginePerSec, ratio: enginePerSec / baselinePerSec }
}

if (import.meta.main) {
  const usage = "bun bench/matrix.ts [records]"
  console.log(benchMatrix(count("records", benchArgs(usage, {}, 1).positionals[0], 50_000, 1000, 10_000_000, usage)))
}
