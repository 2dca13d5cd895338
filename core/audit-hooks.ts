import type { AuditEntry, AuditSink } from "./audit.ts"
import { demoAuditKey, MISSING_AUDIT_KEY, type AuditKey } from "./audit-key.ts"
import { writeCheckpoint } from "./audit-verify.ts"
import { ConfigError } from "./errors.ts"
import type { Runtime } from "./plugin.ts"

/** What an audit sink plugin's `setup` returns: its state names the sink, so the runtime and the `audit` command find it. */
export interface AuditSinkState {
  readonly auditSink: AuditSink
}

export interface AttachAuditOptions {
  /** Signs the records and checkpoints (the sink signs records with the same key). */
  key: AuditKey
  /** A checkpoint every this many records this writer appends (and one at every `audit:checkpoint` event). */
  checkpointEvery?: number
}

/** The key a runtime's audit is signed with: the entry's, or the public demo key in a runtime built in code. */
export const auditKeyOf = (rt: Runtime): AuditKey => rt.auditKey ?? demoAuditKey

/**
 * Makes `sink` a runtime's audit sink (a sink plugin's setup calls this and
 * returns the result as its state): every `audit:record` event becomes one
 * record, and every `checkpointEvery` records and at every
 * `audit:checkpoint` event (a job's end) a signed checkpoint is stored.
 * Which events are worth a record is for the plugins that emit them to say.
 */
export function attachAuditSink(rt: Runtime, sink: AuditSink, options: AttachAuditOptions = { key: auditKeyOf(rt) }): AuditSinkState {
  const every = options.checkpointEvery ?? 1000
  let sinceCheckpoint = 0
  const checkpoint = async () => {
    sinceCheckpoint = 0
    await writeCheckpoint(sink, options.key)
  }
  const audited = rt.storage.namespace("audited")
  const append = async (entry: AuditEntry, once: string | undefined) => {
    // Asked again because another sink failed it: this sink has it already, and a second copy is a duplicate in its chain.
    if (once !== undefined && (await audited.hasItem(`${once}:${sink.name}`))) return
    await sink.append(entry)
    if (once !== undefined) await audited.setItem(`${once}:${sink.name}`, entry.action).catch(() => {})
    if (++sinceCheckpoint >= every) await checkpoint()
  }
  // One owed record asked for twice at once (a delivery retried while its retry is in flight): both found no mark and
  // both appended. Each waits for the one before it, and then finds its mark. (In this process: not across processes.)
  const inFlight = new Map<string, Promise<void>>()
  // Durable: a record the sink could not append (a full disk) fails what it records, which is then done again.
  rt.hooks.on("audit:record", async ({ once, ...entry }) => {
    if (once === undefined) return append(entry, once)
    const turn = (inFlight.get(once) ?? Promise.resolve()).catch(() => {}).then(() => append(entry, once))
    inFlight.set(once, turn)
    try {
      await turn
    } finally {
      if (inFlight.get(once) === turn) inFlight.delete(once)
    }
  }, { durable: true })
  rt.hooks.on("audit:checkpoint", () => checkpoint(), { durable: true })
  return { auditSink: sink }
}

/** Once every sink holds the record `once` names, what each kept to skip it is dropped (a later action has another `once`). */
export async function forgetAudited(rt: Runtime, once: string): Promise<void> {
  const audited = rt.storage.namespace("audited")
  try {
    for (const key of (await audited.getKeys(once)).filter((k) => k.startsWith(`${once}:`))) await audited.removeItem(key)
  } catch {
    // Left behind, a mark only costs its bytes: no later record carries this `once`.
  }
}

const isSinkState = (state: unknown): state is AuditSinkState =>
  typeof state === "object" && state !== null && typeof (state as AuditSinkState).auditSink?.append === "function"

/** The loaded plugins whose state is an {@link AuditSinkState}: each records every `audit:record` event. */
export const auditSinkPlugins = (rt: Runtime): string[] => rt.plugins.filter((plugin) => isSinkState(rt.state(plugin))).map((plugin) => plugin.name)

/** The sink a runtime audits into: the first loaded plugin whose state is an {@link AuditSinkState}. */
export function auditSinkOf(rt: Runtime): AuditSink | undefined {
  for (const plugin of rt.plugins) {
    const state = rt.state(plugin)
    if (isSinkState(state)) return state.auditSink
  }
  return undefined
}

/**
 * The entries' policy (CLI, servers, Worker): against a real tenant an
 * audit sink must sign with CXEDGE_AUDIT_KEY. A runtime that has a sink but
 * no key is disposed and refused before any call.
 */
export async function refuseUnsignedAudit(rt: Runtime): Promise<void> {
  if (rt.auditKey || !rt.hasTenant || !auditSinkOf(rt)) return
  await rt.dispose().catch(() => {})
  throw new ConfigError("audit", MISSING_AUDIT_KEY)
}
