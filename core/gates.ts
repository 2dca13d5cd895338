import { normalize, toEmail } from "./normalize.ts"
import type { GateVerdict, Plugin, Runtime, WriteCandidate, WriteGates, WriteSubject } from "./plugin.ts"

export type { GateVerdict, WriteCandidate, WriteGate, WriteGates, WriteSubject } from "./plugin.ts"

/** The gates the loaded plugins declare, asked in plugin order; the first that vetoes a candidate names it. */
export function createWriteGates(plugins: readonly Plugin[], runtime: () => Runtime): WriteGates {
  const gates = plugins.flatMap((p) => p.gates ?? [])
  async function checkMany(candidates: readonly WriteCandidate[]) {
    const verdicts: (GateVerdict | undefined)[] = candidates.map(() => undefined)
    if (gates.length === 0 || candidates.length === 0) return verdicts
    for (const gate of gates) {
      const open = candidates.map((c, i) => (verdicts[i] ? undefined : c))
      if (open.every((c) => !c)) break
      const answers = await gate.check(runtime(), open.map((c) => c ?? {}))
      answers.forEach((heldBy, i) => {
        if (heldBy && open[i]) verdicts[i] = { gate: gate.name, heldBy }
      })
    }
    return verdicts
  }
  return {
    active: gates.length > 0,
    checkMany,
    check: async (candidate) => (await checkMany([candidate]))[0],
  }
}

/** Where a record names its subject, when the matrix says nothing: the records API's and ACD's usual fields. */
export const DEFAULT_SUBJECT_FIELDS: readonly { path: string; type?: WriteSubject["type"] }[] = [
  { path: "email", type: "EMAIL" },
  { path: "phone", type: "PHONENO" },
  { path: "fromAddress" },
]

const valueAt = (data: Record<string, unknown>, path: string) =>
  path.split(".").reduce<unknown>((n, k) => (n && typeof n === "object" && Object.hasOwn(n, k) ? (n as Record<string, unknown>)[k] : undefined), data)

/**
 * The subjects a record names at `fields` (its type decided per value when a
 * field has none: an address with @ is an email), normalized as a gate
 * compares them. A value that cannot be read as either is left out: a gate
 * then judges by the contact id and the other subjects.
 */
export function subjectsOfRecord(data: Record<string, unknown>, fields: readonly { path: string; type?: WriteSubject["type"] }[] = DEFAULT_SUBJECT_FIELDS, defaultRegion?: string): WriteSubject[] {
  const out = new Map<string, WriteSubject>()
  for (const f of fields) {
    const raw = valueAt(data, f.path)
    if (typeof raw !== "string" || !raw.trim()) continue
    const type = f.type ?? (raw.includes("@") ? "EMAIL" : "PHONENO")
    try {
      if (type === "EMAIL" && raw.includes("@")) out.set(`E:${toEmail(raw)}`, { type, value: toEmail(raw) })
      else if (type === "PHONENO" && raw.replace(/\D/g, "").length >= 7) {
        const value = normalize("e164", raw, f.path, defaultRegion) as string
        out.set(`P:${value}`, { type, value })
      }
    } catch {
      // Not a number by the numbering plan: nothing to compare.
    }
  }
  return [...out.values()]
}
