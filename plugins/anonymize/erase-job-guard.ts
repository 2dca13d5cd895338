import { ConfigError, type Runtime } from "../../core/index.ts"
import { planStore } from "./job-plan.ts"
import { jobStore, type JobMeta } from "./journal.ts"
import { decryptValue, encryptValue } from "./transforms/encrypt.ts"

/** How a refusal names the job and says what to do: the CLI's `--job`, or a server's queued request. */
export interface ErasureJobWords {
  scope: string
  job(id: string): string
  instead: string
}

export const ERASE_FLAG_WORDS: ErasureJobWords = {
  scope: "erase",
  job: (id) => `--job ${id}`,
  instead: "choose another --job, or leave --job out (a new job is made)",
}

/** One person's erasure (`cxedge erase`, an inbound erasure request): the only job an erasure may resume. */
const isSubjectErasure = (meta: JobMeta) => meta.source.kind === "subject" && meta.target.kind === "erasure" && typeof meta.source.subject === "string"

function whatItIs(meta: JobMeta): string {
  const made = `cxedge anonymize, matrix ${meta.matrix}`
  if (meta.target.kind === "export") return `an export job (${made})`
  if (meta.target.kind === "patch") return `a patch job (${made})`
  return `an erasure job over a window of contacts (${made}, source ${meta.source.kind}), not one person's`
}

/**
 * Whether the stored subject is `subject`, compared as the job stores it: encrypted deterministically under the key it
 * names, so the two are compared sealed and the value is never decrypted, printed or logged.
 */
function sameSubject(rt: Runtime, meta: JobMeta, subject: string, words: ErasureJobWords): boolean {
  const stored = meta.source.subject!
  const keyId = /^enc_([^_]+)_/.exec(stored)?.[1]
  if (!keyId || !rt.keys.get(keyId)) {
    throw new ConfigError(words.scope, `${words.job(meta.id)} is an erasure whose subject was sealed with key ${keyId ?? "(unknown)"}, which is not in CXEDGE_HMAC_KEYS (its keys here: ${rt.keys.ids().join(", ") || "none"}): whether it is this subject's cannot be told, so nothing was done; add that key, or ${words.instead}`)
  }
  return encryptValue(rt.keys, keyId, subject) === stored
}

/**
 * The erasure job an erasure request may resume: none (a new job is made under the id), or the one of that id when it
 * erases the same subject. Anything else under the id is refused before any call: another job (a patch or an export
 * would run on, and the person asked for be left), another subject's erasure (that person's finished job would answer
 * "nothing to do"), a plan (a job made under its id breaks it). A `subject` left out resumes any one person's erasure
 * (`cxedge erase --job ID`, the command a failed run names), and refuses an id with no job.
 */
export async function erasureToResume(rt: Runtime, jobId: string, subject: string | undefined, words: ErasureJobWords = ERASE_FLAG_WORDS): Promise<JobMeta | undefined> {
  const refuse = (what: string, not = ", not this subject's erasure") => new ConfigError(words.scope, `${words.job(jobId)} is ${what}${not}: nothing was done; ${words.instead}`)
  const plan = await planStore(rt.storage.namespace("plans")).get(jobId)
  if (plan) throw refuse(`a plan (cxedge anonymize --plan, ${plan.state})`)
  const existing = await jobStore(rt.storage.namespace("jobs")).get(jobId)
  if (!existing) {
    if (subject === undefined) throw new ConfigError(words.scope, `no job ${jobId} in this storage to resume: pass --email ADDRESS or --phone +NUMBER for a new erasure, or check the id (cxedge jobs) and --storage-dir`)
    return undefined
  }
  if (!isSubjectErasure(existing)) throw refuse(whatItIs(existing))
  if (subject !== undefined && !sameSubject(rt, existing, subject, words)) throw refuse("another subject's erasure", "")
  return existing
}

/** The subject a resumed erasure stores, for the checks a resume makes again (a legal hold): never to be printed. */
export function storedSubject(rt: Runtime, meta: JobMeta): { type: "EMAIL" | "PHONENO"; value: string } {
  const value = decryptValue(rt.keys, meta.source.subject!)
  return { type: value.includes("@") ? "EMAIL" : "PHONENO", value }
}
