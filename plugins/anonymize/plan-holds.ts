import { DEFAULT_SUBJECT_FIELDS, subjectsOfRecord, type Runtime, type WriteCandidate } from "../../core/index.ts"
import { subjectToken } from "../../core/pseudonym.ts"
import { keyOf } from "./digest.ts"
import type { CompiledMatrix } from "./matrix/index.ts"

// A plan keeps no values, so the subjects a write gate (a legal hold) compares are kept as keyed tokens
// (`sub_<keyId>_...`, what a subject hold stores), per contact, in chunks beside the input digests.

const CHUNK = 1000
const subjectsKey = (plan: string, n: number) => `subjects:${keyOf(plan)}:${n}`
const TYPE = { E: "EMAIL", P: "PHONENO" } as const

/** What the count reads of a stored plan (job-plan.ts's JobPlan). */
interface StoredPlan {
  id: string
  chunks: number
  inputKeyId?: string
}

/** Removes the subject tokens kept for a plan (before planning it again, and when it is pruned). */
export async function clearPlanSubjects(rt: Runtime, plan: string): Promise<void> {
  const storage = rt.storage.namespace("plans")
  const prefix = `subjects:${keyOf(plan)}`
  for (const key of (await storage.getKeys(prefix)).filter((k) => k.startsWith(`${prefix}:`))) await storage.removeItem(key)
}

/**
 * Collects each planned contact's subjects as tokens under the plan's key id, while the plan reads
 * the source. Without a key ring nothing is kept: a hold is then matched by contact id only.
 */
export function planSubjects(rt: Runtime, plan: string, matrix: CompiledMatrix, keyId: string | undefined) {
  const storage = rt.storage.namespace("plans")
  const { subjects, defaultRegion, defaultCountryCode } = matrix.matrix
  let chunk: Record<string, string> = {}
  let seen = 0
  let n = 0
  const flush = async () => {
    if (Object.keys(chunk).length) await storage.setItem(subjectsKey(plan, n), chunk)
    n++
    chunk = {}
  }
  return {
    clear: () => clearPlanSubjects(rt, plan),
    async add(record: { id: string; data: Record<string, unknown>; error?: string }) {
      if (keyId && !record.error) {
        const found = subjectsOfRecord(record.data, subjects ?? DEFAULT_SUBJECT_FIELDS, defaultRegion ?? defaultCountryCode)
        if (found.length) chunk[record.id] = found.map((s) => `${s.type[0]}${subjectToken(rt.keys, s.value, keyId)}`).join(" ")
      }
      if (++seen % CHUNK === 0) await flush()
    },
    flush,
  }
}

/**
 * How many of a plan's contacts an active write gate (a legal hold) holds now: by contact id, and by
 * the subjects' tokens kept at planning. The run still asks the gates itself, contact by contact.
 * Undefined when no loaded plugin has a gate.
 */
export async function heldNow<P extends StoredPlan>(rt: Runtime, plan: P, store: { inputs(plan: P): Promise<Map<string, string>> }): Promise<number | undefined> {
  if (!rt.gates.active) return undefined
  const storage = rt.storage.namespace("plans")
  const ids = [...(await store.inputs(plan)).keys()]
  const tokens = new Map<string, string>()
  for (let n = 0; plan.inputKeyId && n < plan.chunks; n++) {
    for (const [id, kept] of Object.entries((await storage.getItem<Record<string, string>>(subjectsKey(plan.id, n))) ?? {})) tokens.set(id, kept)
  }
  let held = 0
  for (let at = 0; at < ids.length; at += CHUNK) {
    const candidates: WriteCandidate[] = ids.slice(at, at + CHUNK).map((id) => {
      const kept = tokens.get(id)?.split(" ").map((t) => ({ type: TYPE[t[0] as "E" | "P"], token: t.slice(1) }))
      return { contactId: id, ...(kept ? { subjectTokens: { keyId: plan.inputKeyId!, tokens: kept } } : {}) }
    })
    held += (await rt.gates.checkMany(candidates)).filter(Boolean).length
  }
  return held
}
