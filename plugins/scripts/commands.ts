import { defineCommand } from "citty"
import { CancelledError, idHint, repeatedFlag, ValidationError, type CommandHost } from "../../core/index.ts"
import { checkStartRequest, startScript, type StartScriptRequest } from "./start.ts"

/** A skill id typed as digits; anything else (`1e3`, `0x10`, blank) becomes NaN and is refused by checkStartRequest. */
const skillId = (raw: string | undefined) => (raw !== undefined && /^\d{1,15}$/.test(raw.trim()) ? Number(raw) : NaN)

/**
 * Asks for what is missing, one prompt at a time, as the starter pack does (TTY only). A cancel at any prompt
 * (Ctrl-C, Ctrl-D) stops with exit 130 and starts nothing: it was read as an empty answer, and the script started.
 */
export async function ask(host: CommandHost): Promise<StartScriptRequest | undefined> {
  if (!host.prompt) return undefined
  try {
    const skill = await host.prompt("Skill id")
    if (skill === undefined) return undefined
    const script = await host.prompt("Script path (e.g. Company\\Callback) or id")
    const parameters: string[] = []
    for (let i = 1; i <= 20; i++) {
      const p = await host.prompt(`Parameter P${i} (empty to finish)`)
      if (!p) break
      parameters.push(p)
    }
    const isId = !!script && /^\d+$/.test(script)
    return { skillId: skillId(skill), scriptId: isId ? script : undefined, scriptPath: isId ? undefined : script, parameters }
  } catch (error) {
    throw error instanceof CancelledError ? new CancelledError("scripts", "cancelled: nothing started") : error
  }
}

/** The plan shown before a start on a configured tenant: the script and skill, how many parameters (never their values). */
function startSummary(request: StartScriptRequest): string[] {
  const script = request.scriptId !== undefined ? `script ${request.scriptId}` : `script ${request.scriptPath ?? ""}`
  const params = request.parameters?.length ? ` with ${request.parameters.length} parameter${request.parameters.length === 1 ? "" : "s"}` : ""
  return [`start ${script} on skill ${request.skillId}${params}${request.startDate ? ` at ${request.startDate}` : " now"}`]
}

/** `cxedge scripts start`, loaded only by the CLI (the Worker bundle holds no citty). */
export const scriptsCommand = (host: CommandHost) =>
  defineCommand({
    meta: { name: "scripts", description: "Studio scripts (admin)", examples: ["cxedge scripts start --skill 4101 --script-path 'Company\\Callback' --param rec-9"] },
    subCommands: {
      start: defineCommand({
        meta: {
          description: "Start a script and print the new contactId; with no arguments on a terminal it asks",
          examples: [
            "cxedge scripts start --skill 4101 --script-path 'Company\\Callback' --param rec-9 --param urgent  # P1, P2",
            "cxedge scripts start --skill 4101 --script-id 9876 --start-date 2027-10-01T08:30:00Z --json  # a time to come; a past one is refused",
            "cxedge scripts start --skill 4101 --script-id 9876 --yes  # from a script: no terminal to ask on",
            "cxedge scripts start  # on a terminal: asks for the skill, the script and the parameters",
          ],
        },
        args: {
          ...host.commonArgs,
          skill: { type: "string", description: "skill id (its media type must match the script)" },
          "script-id": { type: "string", description: "script id" },
          "script-path": { type: "string", description: "script path, e.g. Company\\Callback" },
          param: { type: "string", description: "a parameter (repeat, up to 20; arrives as P1..P20)" },
          "start-date": { type: "string", description: "ISO 8601 start: 2026-10-01 (midnight UTC) or a date-time with a zone, 2026-10-01T08:30:00Z" },
          json: { type: "boolean", description: "print {contactId} as JSON (null, with the status, when the tenant accepted the start without naming a contact)" },
          yes: { type: "boolean", description: "start on a configured tenant without asking; required without a terminal" },
        },
        async run({ args, rawArgs }) {
          let request: StartScriptRequest | undefined
          if (args.skill === undefined && !args["script-id"] && !args["script-path"] && host.isTTY) request = await ask(host)
          // A skill id written another way is named with what it means (0x10 is 16), before the request's own checks.
          // No --skill and nothing asked (no terminal): it is missing, not "not a skill id".
          if (!request && args.skill === undefined) throw new ValidationError("scripts", "--skill is missing: give the skill's number, e.g. --skill 4101", "skill", "E_USAGE")
          if (args.skill !== undefined && Number.isNaN(skillId(args.skill))) {
            throw new ValidationError("scripts", `--skill ${JSON.stringify(args.skill.slice(0, 40))} is not a skill id: give the skill's number, a positive whole number${idHint(args.skill)}`, "skill", "E_USAGE")
          }
          request ??= {
            skillId: skillId(args.skill),
            scriptId: args["script-id"],
            scriptPath: args["script-path"],
            parameters: repeatedFlag(rawArgs, "param"),
            startDate: args["start-date"],
          }
          checkStartRequest(request)
          await host.withRuntime(args, async (opened) => {
            // A start is a write to a real tenant (it may call a customer back; twice starts two): asked first, as transcript send asks.
            if (!opened.sandbox && !(await host.confirm({ scope: "scripts", action: "start a script on a real tenant", summary: startSummary(request), yes: !!args.yes }))) {
              host.warn("aborted: nothing was started")
              return host.setExitCode(1)
            }
            const started = await startScript(opened.rt, request)
            const { contactId, status } = started
            // Started by an earlier run whose audit record failed: this run wrote that record and started nothing.
            if (started.alreadyStarted) host.info(`script already started at ${started.alreadyStarted}${contactId ? ` as contact ${contactId}` : ""}: not started again; its audit record is written now`)
            if (args.json) return host.print({ contactId, ...(status ? { status } : {}), ...(started.alreadyStarted ? { alreadyStarted: started.alreadyStarted } : {}) }, { json: true })
            // Accepted with no contact named: stdout stays empty (no id to capture), and stderr says it started.
            if (contactId) host.print(contactId)
            else host.info(`script started on skill ${request.skillId}: the tenant accepted it (status ${status}) and named no contact`)
          })
        },
      }),
    },
  })
