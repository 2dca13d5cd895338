import { auditSinkOf, checkpointProblem, ConfigError, inProcessMemory, type AuditCheckpoint, type AuditFinding, type AuditKey, type AuditReport, type AuditSink, type CommandHost, type FileAccess, type Runtime, withoutBom } from "../../core/index.ts"

export function sinkOrFail(rt: Runtime): AuditSink {
  const sink = auditSinkOf(rt)
  if (!sink) throw new ConfigError("audit", "no audit sink is loaded: add audit-file or audit-kv to plugins")
  return sink
}

/** Opens a runtime that only reads what is stored: like the other read-only commands it needs no audit key. */
export const withSink = (host: CommandHost, args: Record<string, unknown>, fn: (sink: AuditSink, rt: Runtime) => Promise<void>) =>
  host.withRuntime(args, (opened) => fn(sinkOrFail(opened.rt), opened.rt), { readOnly: true, existingStorage: true })

/** Reads an outside checkpoint copy; anything but a valid, signed checkpoint is a usage error naming the file. */
export async function readCheckpointFile(files: FileAccess, path: string, sink: AuditSink, key: AuditKey): Promise<AuditCheckpoint> {
  if (!(await files.exists(path))) throw new ConfigError("audit", `--against ${path}: no such file: give the file \`cxedge audit checkpoint --out\` wrote`)
  let text: string
  try {
    text = await files.readText(path)
  } catch {
    // A directory, or a file this process may not read: "not JSON" would send the user looking in the wrong place.
    throw new ConfigError("audit", `--against ${path}: cannot be read (a directory, or no permission): give the file \`cxedge audit checkpoint --out\` wrote`)
  }
  // Saved again by an editor, a checkpoint may open with a byte-order mark, as config and matrix files may.
  text = withoutBom(text)
  if (!text.trim()) throw new ConfigError("audit", `--against ${path}: the file is empty: give the file \`cxedge audit checkpoint --out\` wrote`)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new ConfigError("audit", `--against ${path}: not JSON: give the file \`cxedge audit checkpoint --out\` wrote`)
  }
  const problem = checkpointProblem(value, key)
  if (problem) throw new ConfigError("audit", `--against ${path}: ${problem}: give an unchanged file \`cxedge audit checkpoint --out\` wrote under this CXEDGE_AUDIT_KEY`)
  const cp = value as AuditCheckpoint
  if (cp.sink !== sink.name) throw new ConfigError("audit", `--against ${path}: it is a checkpoint of ${cp.sink}, this runtime audits into ${sink.name}: use the same plugins and storage`)
  return cp
}

export const findingLine = (f: AuditFinding) =>
  `${f.chain ? `chain ${f.chain}` : "audit"}${f.seq !== undefined ? `: record ${f.seq}` : ""} (${f.kind})${f.where ? ` at ${f.where}` : ""}: ${f.message}`

const keyName = (demo: boolean) => (demo ? "the public sandbox demo key (CXEDGE_AUDIT_KEY is not set)" : "CXEDGE_AUDIT_KEY")

/** One line for a log none of whose signatures verifies: the key ids set, and those the log names. */
export function unverifiedLine(u: NonNullable<AuditReport["unverified"]>, demo: boolean): string {
  const named = u.signedWith.filter((id) => !u.keyIds.includes(id))
  const cause = named.length
    ? `they are signed with audit key id ${named.join(", ")}, which it does not hold: set the key that signed them (to rotate, list both: new id last)`
    : u.signedWith.length
      ? "they name that key id, but another key signed them (or they were forged): set the key that signed them"
      : "they carry no signature this ring can read (forged, or written before records were signed)"
  return `no audit record, registry entry or checkpoint verifies under ${keyName(demo)} (key id ${u.keyIds.join(", ")}): ${cause}`
}

/** The checkpoints line: those checked, or how many are stored and verify under none of the keys set. */
export function checkpointsLine(c: AuditReport["checkpoints"], against: string | undefined, demo: boolean): string {
  if (c.verified) return `${c.verified} signed checkpoint(s) checked${c.latest ? `, latest ${c.latest}` : ""}${against ? `, ${against} included` : ""}`
  return c.stored ? `${c.stored} stored checkpoint(s), none verifies under ${keyName(demo)}` : "no checkpoints yet"
}

/** True when the sink keeps its records in the runtime's storage and that storage is memory: nothing from before this process. */
export function inMemory(sink: AuditSink, rt: Runtime): boolean {
  return sink.name === "audit-kv" && inProcessMemory(rt.storage)
}
