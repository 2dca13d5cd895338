import { defineCommand } from "citty"
import { auditKeyOf, ConfigError, CxedgeError, verifyAudit, writeCheckpoint, type CommandHost } from "../../core/index.ts"
import { checkpointsLine, findingLine, inMemory, readCheckpointFile, sinkOrFail, unverifiedLine } from "./shared.ts"

/** `cxedge audit verify`: the registry, every chain and every signed checkpoint; exit 1 on any finding. */
export const verifyCommand = (host: CommandHost) =>
  defineCommand({
    meta: {
      description: "Check the registry, every chain, every signed checkpoint (and --against an outside copy): exit 1 on any finding",
      examples: ["cxedge audit verify", "cxedge audit verify --against checkpoint.json --json  # a checkpoint handed out earlier"],
    },
    args: { ...host.commonArgs, against: { type: "string", valueHint: "file", description: "a checkpoint file from `audit checkpoint --out`: nothing before it may have changed or vanished" }, json: { type: "boolean", description: "print the report as JSON" } },
    run: ({ args }) =>
      host.withRuntime(args, async ({ rt, files }) => {
        const sink = sinkOrFail(rt)
        if (inMemory(sink, rt)) throw new ConfigError("audit", "there is nothing to verify in memory storage: it holds only what this command wrote; verify the storage the log was written to (--storage fs with --storage-dir, or --storage redis)")
        const key = auditKeyOf(rt)
        const against = typeof args.against === "string" ? { cp: await readCheckpointFile(files, args.against, sink, key), where: args.against } : undefined
        const report = await verifyAudit(sink, key, against)
        if (report.findings.length) host.setExitCode(1)
        if (args.json) return host.print(report, { json: true })
        if (report.chains.length === 0 && report.findings.length === 0) return host.print("no audit records yet")
        // Nothing verifies: the log is under another key, and a line per record saying "forged" would hide that.
        if (report.unverified) host.print(unverifiedLine(report.unverified, key.demo))
        else {
          const broken = new Set(report.findings.map((f) => f.chain))
          for (const r of report.chains) if (!broken.has(r.chain)) host.print(`chain ${r.chain}: ${r.records} records, intact${r.uncommitted ? `; ${r.uncommitted} more past its head pointer were never committed (the writer stopped while storing them)` : ""}`)
          for (const f of report.findings) host.print(findingLine(f))
        }
        host.print(checkpointsLine(report.checkpoints, against ? args.against : undefined, key.demo))
        if (key.demo) host.warn("signed with the public sandbox demo key: set CXEDGE_AUDIT_KEY for evidence")
      }, { existingStorage: true }),
  })

/** `cxedge audit checkpoint`: signs every chain's head now (refused over a log that does not verify). */
export const checkpointCommand = (host: CommandHost) =>
  defineCommand({
    meta: { description: "Sign every chain's head now; --out writes the checkpoint to hand to an outside party", examples: ["cxedge audit checkpoint", "cxedge audit checkpoint --out checkpoint.json  # the file to hand to an outside party"] },
    args: {
      ...host.commonArgs,
      out: { type: "string", valueHint: "file", description: "write the signed checkpoint (JSON) to this file (refused when it exists, unless --force)" },
      force: { type: "boolean", description: "replace an existing --out file" },
      json: { type: "boolean", description: "print the checkpoint as JSON" },
    },
    run: ({ args }) =>
      host.withRuntime(args, async ({ rt, files }) => {
        const sink = sinkOrFail(rt)
        const key = auditKeyOf(rt)
        // A bad --out is refused before anything is signed: no checkpoint is kept that nobody received.
        if (args.out) files.checkOutput?.(args.out, "--out")
        // An earlier checkpoint there may be the copy handed out: written over, the evidence of a rollback went with it.
        if (args.out && !args.force && (await files.exists(args.out))) throw new ConfigError("audit", `${args.out} exists (an earlier checkpoint?): choose another --out, or pass --force to replace it`)
        if (args.force && !args.out) throw new ConfigError("audit", "--force replaces an existing --out file: give --out, or drop --force")
        // Signing over a broken log would bless the damage: refuse first.
        const report = await verifyAudit(sink, key)
        if (report.findings.length) {
          for (const f of report.findings) host.print(findingLine(f))
          throw new CxedgeError("E_AUDIT_BROKEN", "audit", "the audit log does not verify: nothing signed; investigate the findings above (cxedge audit verify)")
        }
        const cp = await writeCheckpoint(sink, key)
        if (args.out) {
          try {
            await files.writeText(args.out, JSON.stringify(cp, null, 2) + "\n")
          } catch (error) {
            if (error instanceof ConfigError) throw error
            throw new ConfigError("audit", `--out ${args.out}: cannot write it (${(error as { code?: string }).code ?? "error"}): check the directory exists and is writable`)
          }
        }
        if (args.json) return host.print(cp, { json: true })
        host.print(`checkpoint ${cp.id}: ${cp.chains.length} chain(s) signed with audit key ${key.id}${args.out ? `, written to ${args.out}` : ""}`)
        if (key.demo) host.warn("signed with the public sandbox demo key: set CXEDGE_AUDIT_KEY for evidence")
      }, { existingStorage: true }),
  })
