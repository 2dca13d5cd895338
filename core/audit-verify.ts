import type { Storage } from "unstorage"
import { canonical, verifyChain, type AuditCheckpoint, type AuditHead, type AuditSink, type TamperKind, type VerifyResult } from "./audit.ts"
import type { AuditKey } from "./audit-key.ts"

/** What a registry entry's signature covers. */
export const registryMessage = (chain: string, started: string) => `${chain}\u0000${started}`

/**
 * Where a storage's audit namespace lists every chain ever started (`~registry:<chain>`, one signed entry each); "~"
 * is not allowed in a chain name, so it never collides with a chain's keys.
 */
export const AUDIT_REGISTRY = "~registry"

/** The chains a storage's audit namespace lists in its registry, sorted. */
export async function registeredChains(audit: Storage): Promise<string[]> {
  return (await audit.getKeys(AUDIT_REGISTRY)).filter((k) => k.startsWith(`${AUDIT_REGISTRY}:`)).map((k) => k.slice(AUDIT_REGISTRY.length + 1)).sort()
}

const checkpointMessage = (cp: Omit<AuditCheckpoint, "sig">) => canonical({ ...cp, sig: undefined })

/**
 * Signs every registered chain's current head (as its head pointer has it)
 * into a checkpoint and stores it. Written at job end and every N records:
 * afterwards a cut tail with a rewritten head, a removed chain or an
 * edit-and-rehash before it no longer matches a signed statement.
 */
export async function writeCheckpoint(sink: AuditSink, key: AuditKey, now = new Date()): Promise<AuditCheckpoint> {
  const chains: ({ chain: string } & AuditHead)[] = []
  for (const chain of await sink.chains()) {
    const head = await sink.head?.(chain)
    if (head && Number.isSafeInteger(head.seq) && typeof head.hash === "string") chains.push({ chain, seq: head.seq, hash: head.hash })
  }
  const body: Omit<AuditCheckpoint, "sig"> = {
    type: "cxedge.audit.checkpoint",
    v: 1,
    id: `${now.toISOString().replace(/[-:.]/g, "").slice(0, 18)}-${crypto.randomUUID().slice(0, 8)}`,
    ts: now.toISOString(),
    sink: sink.name,
    chains,
  }
  const checkpoint = { ...body, sig: key.sign("checkpoint", checkpointMessage(body)) }
  await sink.saveCheckpoint?.(checkpoint)
  return checkpoint
}

/** Why `value` is not a checkpoint (shape first, then its signature); undefined when it is a valid one. */
export function checkpointProblem(value: unknown, key: AuditKey): string | undefined {
  const cp = value as Partial<AuditCheckpoint> | null
  if (!cp || typeof cp !== "object" || Array.isArray(cp)) return "it is not a JSON object"
  if (cp.type !== "cxedge.audit.checkpoint" || cp.v !== 1) return 'it is not a cxedge audit checkpoint (type "cxedge.audit.checkpoint", v 1)'
  if (typeof cp.id !== "string" || typeof cp.ts !== "string" || typeof cp.sink !== "string") return "it lacks id, ts or sink"
  if (!Array.isArray(cp.chains)) return "it has no chains list"
  for (const [i, c] of cp.chains.entries()) {
    if (!c || typeof c.chain !== "string" || !Number.isSafeInteger(c.seq) || c.seq < 1 || typeof c.hash !== "string") return `chains[${i}] is not {chain, seq, hash}`
  }
  const signed = key.check("checkpoint", checkpointMessage(cp as AuditCheckpoint), cp.sig)
  return signed === true ? undefined : signed
}

export interface AuditFinding {
  chain?: string
  seq?: number
  kind: TamperKind | "checkpoint"
  /** A key, a file and line, or a checkpoint id. */
  where?: string
  message: string
}

export interface AuditReport {
  chains: VerifyResult[]
  /** `stored`: the sink's own checkpoints, those that did not verify included. */
  checkpoints: { verified: number; stored: number; latest?: string }
  findings: AuditFinding[]
  /**
   * Set when signatures were checked and none verified: the whole log is under another key than the one set (rotated
   * away, or the wrong one). `keyIds` are the ring's, `signedWith` the well-formed ids the signatures name.
   */
  unverified?: { keyIds: string[]; signedWith: string[] }
}

const KEY_ID = /^[a-z0-9]{1,16}$/

/** `key`, counting its verdicts: how many signatures verified, and the key ids those that did not name. */
function countingKey(key: AuditKey) {
  const tally = { verified: 0, failed: 0, named: new Set<string>() }
  const counted: AuditKey = {
    ...key,
    sign: (domain, message) => key.sign(domain, message),
    check(domain, message, signature) {
      const verdict = key.check(domain, message, signature)
      if (verdict === true) tally.verified++
      else {
        tally.failed++
        const kid = typeof signature === "string" ? signature.split(".", 1)[0]! : ""
        if (KEY_ID.test(kid)) tally.named.add(kid)
      }
      return verdict
    },
  }
  return { counted, tally }
}

/**
 * Verifies everything a sink holds: the registry (signed entries; a stored
 * chain that is not registered, a registered one that is gone), every chain
 * (records signed and linked), every stored checkpoint (signed, and each
 * chain still holding the checkpointed hash at that seq) and, when given, an
 * outside copy of a checkpoint that must already be valid.
 */
export async function verifyAudit(sink: AuditSink, ring: AuditKey, against?: { cp: AuditCheckpoint; where: string }): Promise<AuditReport> {
  const { counted: key, tally } = countingKey(ring)
  const findings: AuditFinding[] = []
  const registered = await sink.chains()
  for (const entry of (await sink.registry?.()) ?? []) {
    const e = entry.value as { chain?: unknown; started?: unknown; mac?: unknown } | null
    const signed = e && e.chain === entry.chain && typeof e.started === "string" ? key.check("registry", registryMessage(entry.chain, e.started), e.mac) : "it is not a registry entry"
    if (signed !== true) findings.push({ chain: entry.chain, kind: "forged", where: entry.where, message: `registry entry: ${signed}` })
  }
  const known = new Set(registered)
  for (const chain of (await sink.stored?.()) ?? []) {
    if (!known.has(chain)) findings.push({ chain, kind: "unregistered", message: "records of a chain that is not in the registry (added, or its registry entry removed)" })
  }

  const checkpoints: { cp: AuditCheckpoint; where: string }[] = []
  const stored = (await sink.checkpoints?.()) ?? []
  for (const { value, where } of stored) {
    const problem = checkpointProblem(value, key)
    if (problem) findings.push({ kind: "checkpoint", where, message: `checkpoint ${where}: ${problem}` })
    else checkpoints.push({ cp: value as AuditCheckpoint, where })
  }
  if (against) checkpoints.push(against)

  // The seqs each chain must still hold, with the hash and the checkpoint that says so.
  const claims = new Map<string, { seq: number; hash: string; where: string }[]>()
  for (const { cp, where } of checkpoints) {
    for (const c of cp.chains) {
      if (!known.has(c.chain)) {
        findings.push({ chain: c.chain, kind: "missing", where, message: `checkpoint ${where} lists this chain at record ${c.seq} but the registry does not (chain and registry entry removed)` })
        continue
      }
      claims.set(c.chain, [...(claims.get(c.chain) ?? []), { seq: c.seq, hash: c.hash, where }])
    }
  }

  const results: VerifyResult[] = []
  for (const chain of registered) {
    const wanted = claims.get(chain) ?? []
    const found = new Map<number, string>()
    const result = await verifyChain(sink, chain, { key, want: new Set(wanted.map((w) => w.seq)), found })
    results.push(result)
    if (result.records === 0 && !result.broken) {
      findings.push({ chain, kind: "missing", message: "a registered chain with no records left (removed)" })
      continue
    }
    if (result.broken) findings.push({ chain, seq: result.broken.seq, kind: result.broken.kind, where: result.broken.where, message: result.broken.message })
    // Past a break the walk stopped: later checkpointed records are already under that finding.
    const reached = result.broken ? result.broken.seq - 1 : Infinity
    for (const w of wanted) {
      if (w.seq > reached) continue
      const hash = found.get(w.seq)
      if (hash === undefined) findings.push({ chain, seq: w.seq, kind: "truncated", where: w.where, message: `record ${w.seq} was signed in checkpoint ${w.where} and is gone (tail cut, head rewritten)` })
      else if (hash !== w.hash) findings.push({ chain, seq: w.seq, kind: "edited", where: w.where, message: `record ${w.seq} is not the one signed in checkpoint ${w.where}` })
    }
  }
  const latest = checkpoints.map((c) => c.cp.ts).sort().at(-1)
  const unverified = tally.failed > 0 && tally.verified === 0 ? { keyIds: [...(ring.ids ?? [ring.id])], signedWith: [...tally.named].sort() } : undefined
  return { chains: results, checkpoints: { verified: checkpoints.length, stored: stored.length, ...(latest ? { latest } : {}) }, findings, ...(unverified ? { unverified } : {}) }
}
