import { createHash } from "node:crypto"
import type { FileAccess, Runtime } from "../../core/index.ts"
import type { SourceSpec, TargetSpec } from "./request.ts"

/**
 * Where a plan's contacts were read from and written to, so its run is refused anywhere else: the approval was for
 * that tenant and that file. No secret and no personal data: hosts, the tenant id, and a file's digest.
 */
export interface PlanOrigin {
  /** The CXone tenant: the issuer's host and the tenant id (configured, or the token's `tenantId` claim). */
  tenant?: string
  /** The records API's host, where one is configured. */
  records?: string
  /** A JSONL source file: the path as given, and the SHA-256 of its bytes when planned. */
  file?: { path: string; digest: string }
}

/** A file's SHA-256, its bytes streamed where the host can (a plan's file may be large). */
async function fileDigest(files: FileAccess, path: string): Promise<string> {
  const hash = createHash("sha256")
  if (files.bytes) for await (const chunk of files.bytes(path)) hash.update(chunk)
  else hash.update(await files.readText(path))
  return hash.digest("hex").slice(0, 32)
}

/** The tenant a runtime is configured for, as a plan records it; undefined without one. */
async function tenantOf(rt: Runtime): Promise<Pick<PlanOrigin, "tenant" | "records">> {
  if (!rt.hasTenant) return {}
  const config = rt.client.tenant
  const records = config.records ? { records: new URL(config.records.baseUrl).host } : {}
  // The tenant id is read from the token only where CXone credentials are configured (a records-only setup has none).
  const id = config.tenantId ?? (config.accessKeyId || config.clientId ? (await rt.client.whoami()).tenantId : undefined)
  return { tenant: `${new URL(config.issuer).host}/${typeof id === "string" && id ? id : "?"}`, ...records }
}

/** What a plan records of where it reads and writes: the tenant (unless a file is exported, which no tenant sees) and the file. */
export async function planOrigin(rt: Runtime, source: SourceSpec, target: TargetSpec, files?: FileAccess): Promise<PlanOrigin> {
  const offTenant = source.kind === "jsonl" && target.kind === "export"
  const file = source.kind === "jsonl" && source.file && files ? { file: { path: source.file, digest: await fileDigest(files, source.file) } } : {}
  return { ...(offTenant ? {} : await tenantOf(rt)), ...file }
}

/** What differs from a recorded origin here: another tenant or records API, or the source file changed or gone. */
export type OriginMove =
  | { kind: "tenant"; was: string; now?: string }
  | { kind: "records"; was: string; now?: string }
  | { kind: "file gone" | "file changed"; path: string }

/**
 * How this runtime (and the file, where `files` can read it) differs from a recorded origin, or undefined. One
 * comparison for a plan's run and a job's resume (job-origin.ts), each saying it in its own words.
 */
export async function originMove(rt: Runtime, was: PlanOrigin, files?: FileAccess): Promise<OriginMove | undefined> {
  if (was.tenant || was.records) {
    const now = await tenantOf(rt)
    if (was.tenant && now.tenant !== was.tenant) return { kind: "tenant", was: was.tenant, now: now.tenant }
    if (was.records && now.records !== was.records) return { kind: "records", was: was.records, now: now.records }
  }
  if (was.file && files) {
    let digest: string | undefined
    try {
      digest = await fileDigest(files, was.file.path)
    } catch {
      return { kind: "file gone", path: was.file.path }
    }
    if (digest !== was.file.digest) return { kind: "file changed", path: was.file.path }
  }
  return undefined
}

/**
 * Why a plan may not run here, or undefined: another tenant or records API than it was planned against, or its source
 * file changed or gone (read again where `files` can read it: the CLI; the server cannot, and each contact's digest
 * still refuses a changed one). A plan made before origins were recorded is not asked.
 */
export async function originChange(rt: Runtime, plan: { id: string; origin?: PlanOrigin }, files?: FileAccess): Promise<string | undefined> {
  const move = plan.origin ? await originMove(rt, plan.origin, files) : undefined
  switch (move?.kind) {
    case undefined:
      return undefined
    case "tenant":
      return `plan ${plan.id} was planned against tenant ${move.was}, and this runs against ${move.now ? `tenant ${move.now}` : "no configured tenant"}: run it with the tenant it was planned against (CXEDGE_ISSUER, CXEDGE_TENANT_ID and its keys as then), or plan again against this tenant under a new id`
    case "records":
      return `plan ${plan.id} was planned against the records API at ${move.was}, and this runs against ${move.now ?? "none"}: set CXEDGE_RECORDS_URL as when planning, or plan again under a new id`
    case "file gone":
      return `the source file ${move.path} of plan ${plan.id} cannot be read any more: restore it as planned (and run from the directory it was planned in), or plan again under a new id`
    case "file changed":
      return `the source file ${move.path} changed since plan ${plan.id} was planned: restore it as planned (and run from the directory it was planned in), or plan the new file under a new id`
  }
}
