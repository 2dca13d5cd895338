import * as v from "valibot"
import { defineOperation, instantFlag, ValidationError, type Runtime } from "../../core/index.ts"

/**
 * `POST .../scripts/start?skillId&scriptId|scriptPath&Parameters=a|b&startDate` -> `{contactId}` (v34 spec).
 * The query is form-encoded by the client (`Parameters=a%7Cb`); the server decodes it, then splits at `|`.
 */
export const startScriptOp = defineOperation({
  id: "scripts.start",
  api: "acd",
  method: "POST",
  path: "/scripts/start",
  // Starts a contact: never repeated blindly after a 5xx.
  idempotent: false,
  query: ["skillId", "scriptId", "scriptPath", "Parameters", "startDate"],
  input: v.object({
    skillId: v.number(),
    scriptId: v.optional(v.string()),
    scriptPath: v.optional(v.string()),
    Parameters: v.optional(v.string()),
    startDate: v.optional(v.string()),
  }),
  output: v.looseObject({ contactId: v.union([v.number(), v.string()]) }),
})

export interface StartScriptRequest {
  skillId: number
  scriptId?: string
  scriptPath?: string
  parameters?: string[]
  startDate?: string
}

/** Checks what CXone would refuse (or silently mangle) before the call. */
export function checkStartRequest(r: StartScriptRequest): void {
  const fail = (message: string, field: string) => {
    throw new ValidationError("scripts", message, field, "E_USAGE")
  }
  if (!Number.isInteger(r.skillId) || r.skillId <= 0) fail("--skill must be a skill id (a positive integer)", "skill")
  if (!!r.scriptId === !!r.scriptPath) fail("pass exactly one of --script-id or --script-path", "script")
  // A script id is CXone's number for it; a name there would be sent as an id no script has.
  if (r.scriptId !== undefined && !/^[1-9]\d{0,17}$/.test(r.scriptId)) fail("--script-id must be a script's number (digits): name a script by its path with --script-path, e.g. --script-path 'Company\\Callback'", "script")
  const params = r.parameters ?? []
  if (params.length > 20) fail(`at most 20 parameters reach the script (P1..P20); got ${params.length}`, "param")
  params.forEach((p, i) => {
    // An empty value cannot be told from "no parameter" in P1|P2|..., and shifts or drops the ones after it.
    if (p === "") fail(`parameter ${i + 1} is empty (--param number ${i + 1}, P${i + 1}): give it a value or leave it out`, "param")
    if (p.includes("|")) fail(`parameter ${i + 1} contains "|", which CXone uses to separate parameters: remove it`, "param")
  })
  // Strict ISO 8601 with a zone: Date.parse would take "tomorrow 9am"-like strings or guess a local time.
  if (r.startDate !== undefined) instantFlag("start-date", r.startDate, Date.now(), { relative: false })
}

export async function startScript(rt: Runtime, r: StartScriptRequest): Promise<{ contactId: string }> {
  checkStartRequest(r)
  const out = await rt.client.call(startScriptOp, {
    skillId: r.skillId,
    scriptId: r.scriptId,
    scriptPath: r.scriptPath,
    Parameters: r.parameters?.length ? r.parameters.join("|") : undefined,
    startDate: r.startDate,
  })
  const contactId = String(out.contactId)
  await rt.hooks.emit("audit:record", { action: "scripts.start", outcome: "ok", detail: { skillId: r.skillId, contactId, parameters: r.parameters?.length ?? 0 } })
  return { contactId }
}
