import * as v from "valibot"
import { defineOperation, idFormHint, instantFlag, ValidationError, type Runtime, recordDone, requestKey, writeOwed, type Says } from "../../core/index.ts"

/**
 * `POST .../scripts/start?skillId&scriptId|scriptPath&Parameters=a|b&startDate` -> `{contactId}` (v34 spec).
 * The query is form-encoded by the client (`Parameters=a%7Cb`); the server decodes it, then splits at `|`.
 * A success with no body (a 202, as CXone answers its other admin starts, cxone-api.md 7.2, 7.3) has accepted the
 * start: no contact id is known, and the script must not be started again for want of one.
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
  output: v.optional(v.looseObject({ contactId: v.union([v.number(), v.string()]) })),
})

export interface StartScriptRequest {
  skillId: number
  scriptId?: string
  scriptPath?: string
  parameters?: string[]
  startDate?: string
}

/** What refusals call the inputs: the CLI's flags, or the HTTP body's fields. */
export interface StartNames {
  skill: string
  scriptId: string
  scriptPath: string
  param: string
  startDate: string
}
const CLI_NAMES: StartNames = { skill: "--skill", scriptId: "--script-id", scriptPath: "--script-path", param: "--param", startDate: "--start-date" }
/** Over HTTP, refusals name the body's fields (`POST /v1/scripts/start`). */
export const HTTP_NAMES: StartNames = { skill: "skillId", scriptId: "scriptId", scriptPath: "scriptPath", param: "parameters", startDate: "startDate" }

const PAST_GRACE_MS = 5 * 60_000
const FUTURE_LIMIT_MS = 366 * 86_400_000

/**
 * Checks what CXone would refuse (or silently mangle) before the call, naming the flag or body field given (`names`).
 * Returns the start date as the instant that was checked (`2027-10-01` is `2027-10-01T00:00:00.000Z`), or undefined.
 */
export function checkStartRequest(r: StartScriptRequest, names: StartNames = CLI_NAMES): string | undefined {
  const cli = names.skill.startsWith("--")
  const fail = (message: string, field: string) => {
    throw new ValidationError("scripts", message, field, "E_USAGE")
  }
  // Parameter i (from 0) by its place on the command line, or its index in the body's list.
  const param = (i: number) => (cli ? `parameter ${i + 1}` : `${names.param}[${i}]`)
  const example = cli ? "--script-path 'Company\\Callback'" : '"scriptPath": "Company\\\\Callback"'
  // A body's number beyond 2^53 was rounded when read: a script started on the skill next to it, or a tenant's 404.
  if (Number.isInteger(r.skillId) && r.skillId > 999_999_999_999_999) {
    fail(`${names.skill} must be a skill id (a positive integer of at most 15 digits)${r.skillId > Number.MAX_SAFE_INTEGER ? ": this one is beyond 2^53, where a JSON number is rounded, so it would name another skill" : ""}`, "skill")
  }
  // 0, -4 or 4101.5 was "must be a skill id (a positive integer)": no value, no word of what to send.
  if (!Number.isInteger(r.skillId) || r.skillId <= 0) {
    const shown = Number.isFinite(r.skillId) ? ` ${cli ? JSON.stringify(String(r.skillId)) : r.skillId}` : ""
    fail(`${names.skill}${shown} is not a skill id: give the skill's number, a positive whole number (e.g. ${cli ? `${names.skill} 4101` : `"${names.skill}": 4101`})`, "skill")
  }
  // A path of spaces (an unset variable in quotes) was sent to CXone as a script's path, and a script started.
  if (r.scriptPath !== undefined && r.scriptPath !== "" && !r.scriptPath.trim()) fail(`${names.scriptPath} is blank: name the script by its path, e.g. ${example}`, "script")
  // An empty one (a field the caller's template left unfilled) was "send exactly one of scriptId or scriptPath", when one was sent.
  if (r.scriptId === "") fail(`${names.scriptId} is empty: give the script's number, or leave ${names.scriptId} out and name the script by its path with ${names.scriptPath}`, "script")
  if (r.scriptPath === "") fail(`${names.scriptPath} is empty: name the script by its path, e.g. ${example}, or leave ${names.scriptPath} out and give ${names.scriptId}`, "script")
  if (!!r.scriptId === !!r.scriptPath) fail(`${cli ? "pass" : "send"} exactly one of ${names.scriptId} or ${names.scriptPath}`, "script")
  // A path written another way was sent to CXone as it was, a script no tenant has: said here, before the call.
  if (r.scriptPath) {
    // Shown as written: JSON quoting would double each backslash, the very thing a refusal below is about.
    const shown = `"${r.scriptPath.slice(0, 60)}"`
    if (r.scriptPath.trim() !== r.scriptPath) fail(`${names.scriptPath} ${shown} starts or ends with white space: give the path without it, e.g. ${example}`, "script")
    // A line break or another control character (a value pasted with its newline) was sent, and a script started.
    if (/\p{Cc}/u.test(r.scriptPath)) fail(`${names.scriptPath} holds a line break or another control character: give the path on one line, e.g. ${example}`, "script")
    if (r.scriptPath.includes("/")) fail(`${names.scriptPath} ${shown} separates its folders with "/": Studio paths use a backslash, e.g. ${example}`, "script")
    if (r.scriptPath.split("\\").some((part) => part === "")) fail(`${names.scriptPath} ${shown} has an empty part (a backslash at its start or end, or two together): write folder\\script, one backslash between the parts, e.g. ${example}`, "script")
  }
  // A script id is CXone's number for it; a name there would be sent as an id no script has.
  // 0, 007 and -5 are digits to the eye, and were told "must be a script's number (digits)".
  if (r.scriptId !== undefined && /^-?\d{1,18}$/.test(r.scriptId) && !/^[1-9]/.test(r.scriptId)) {
    fail(`${names.scriptId} ${JSON.stringify(r.scriptId)} is not a script's number: it is a whole number from 1, written without a sign or a leading 0 (e.g. ${cli ? `${names.scriptId} 9876` : `"${names.scriptId}": "9876"`}); or name the script by its path with ${names.scriptPath}`, "script")
  }
  if (r.scriptId !== undefined && !/^[1-9]\d{0,17}$/.test(r.scriptId)) fail(`${names.scriptId} must be a script's number (digits)${idFormHint(r.scriptId)}: name a script by its path with ${names.scriptPath}, e.g. ${example}`, "script")
  const params = r.parameters ?? []
  if (params.length > 20) fail(`at most 20 parameters reach the script (P1..P20); got ${params.length}`, "param")
  params.forEach((p, i) => {
    // An empty value cannot be told from "no parameter" in P1|P2|..., and shifts or drops the ones after it.
    // Spaces alone (an unset variable in quotes, a stray ' ') reach the script as a value no caller meant, like an empty one.
    if (!p.trim()) fail(`${param(i)} is ${p === "" ? "empty" : "blank (white space only)"} (${cli ? `--param number ${i + 1}, ` : ""}P${i + 1}): give it a value or leave it out`, "param")
    if (p.includes("|")) fail(`${param(i)} contains "|", which CXone uses to separate parameters: remove it`, "param")
  })
  // Strict ISO 8601 with a zone: Date.parse would take "tomorrow 9am"-like strings or guess a local time.
  if (r.startDate !== undefined) {
    const now = Date.now()
    const at = instantFlag("start-date", r.startDate, now, { relative: false, label: names.startDate })
    // A start date schedules the script; one already past (a wrong year, today's date read as midnight UTC) is a mistake
    // CXone's answer to is not documented: refused, with five minutes' grace for clocks apart.
    // A year typed wrong the other way (2099 for 2026) schedules a contact nobody will see start: more than a year
    // ahead is refused too, as a date that far is no schedule a contact center keeps.
    if (at > now + FUTURE_LIMIT_MS) fail(`${names.startDate} ${JSON.stringify(r.startDate)} is more than a year ahead: check the year (a schedule that far is not kept for a script's contact)`, "start-date")
    if (at < now - PAST_GRACE_MS) fail(`${names.startDate} ${JSON.stringify(r.startDate)} is in the past: give a time to come (a date-time with a zone, e.g. ${new Date(now + 86_400_000).toISOString().slice(0, 11)}08:30:00Z), or ${cli ? "drop --start-date" : "leave startDate out"} to start the script now`, "start-date")
    return new Date(at).toISOString()
  }
  return undefined
}

/** What `startScript` answers: the new contact's id, or null when the tenant accepted the start without naming it. */
export interface StartedScript {
  contactId: string | null
  /** The tenant's status when it named no contact (202). */
  status?: number
  /** Set when this request started the script before and only its missing audit record was written now: when it started. */
  alreadyStarted?: string
}

/** What the messages of a start whose audit record is missing say, to the CLI or over HTTP. */
function says(r: StartScriptRequest, result: StartedScript, names: StartNames): Says {
  return {
    done: `script started on skill ${r.skillId}${result.contactId ? ` as contact ${result.contactId}` : ` (the tenant accepted it, status ${result.status}, and named no contact)`}`,
    retry: names === CLI_NAMES ? "run the same command again" : "send the same request again",
    again: "the script is not started again",
  }
}

/**
 * Starts a script and audits it (the parameters counted, never shown). A start whose audit record could not be
 * written is kept (core's audit sink is durable: its failure reaches here), so the same request again writes the
 * record and answers the same contact (`alreadyStarted`) instead of starting a second one.
 */
export async function startScript(rt: Runtime, r: StartScriptRequest, names: StartNames = CLI_NAMES): Promise<StartedScript> {
  // The start date sent is the instant checked: a date alone was checked as midnight UTC and sent bare, for the tenant to read.
  const startDate = checkStartRequest(r, names)
  const store = rt.storage.namespace("scripts")
  const key = requestKey(rt, ["scripts.start", r.skillId, r.scriptId ?? "", r.scriptPath ?? "", (r.parameters ?? []).join("|"), r.startDate ?? ""])
  const owed = await writeOwed<StartedScript>(rt, "scripts", store, key, (result) => says(r, result, names))
  if (owed) return { ...owed.result, alreadyStarted: owed.at }
  const res = await rt.client.request(startScriptOp, {
    skillId: r.skillId,
    scriptId: r.scriptId,
    scriptPath: r.scriptPath,
    Parameters: r.parameters?.length ? r.parameters.join("|") : undefined,
    startDate,
  })
  const result: StartedScript = res.data ? { contactId: String(res.data.contactId) } : { contactId: null, status: res.status }
  const entry = { action: "scripts.start", outcome: "ok", detail: { skillId: r.skillId, contactId: result.contactId, ...(result.status ? { status: result.status } : {}), parameters: r.parameters?.length ?? 0 } }
  await recordDone(rt, "scripts", store, key, { entry, result, at: new Date(rt.clock.now()).toISOString() }, says(r, result, names))
  return result
}
