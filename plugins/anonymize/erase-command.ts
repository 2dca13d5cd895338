import { defineCommand } from "citty"
import { CancelledError, checkJobName, choiceFlag, ConfigError, dateWindow, emailFormHint, EXTENSION_REFUSAL, identifierOf, parsePhone, phoneExtension, refuseFleetingStorage, ValidationError, type CommandHost, type Identifier, type OpenedRuntime, type Runtime } from "../../core/index.ts"
import { gateVerdicts } from "./contact-checks.ts"
import { linkedLines, type LinkedMode } from "./erasure-linked.ts"
import { prepareSubjectErasure } from "./erasure-requests.ts"
import { printFinished } from "./job-output.ts"
import { jobStore } from "./journal.ts"
import type { PreparedJob } from "./prepare.ts"
import { runToEnd } from "./anonymize-run.ts"
import type { AnonymizeSettings } from "./settings.ts"

// Under erase's own label: the user typed `cxedge erase`, and [anonymize] named a command they did not run.
const usage = (message: string, flag: string) => new ValidationError("erase", message, flag, "E_USAGE")

interface EraseFlags {
  /** Left out with --job: the erasure job of that id is resumed (the command a failed run names). */
  subject?: Identifier
  linked?: LinkedMode
  since?: string
  until?: string
}

/** `erase`'s flags, checked before anything opens. Messages never quote the email or phone: they are the person's data. */
export function checkEraseFlags(args: Record<string, unknown>): EraseFlags {
  const email = args.email as string | undefined
  const phone = args.phone as string | undefined
  if (email !== undefined && phone !== undefined) throw usage("give --email or --phone, not both: erase one identifier; the other is found as a linked identifier (--linked follow erases it too)", "email")
  if (email === undefined && phone === undefined && args.job === undefined) throw usage(`no subject: pass --email ADDRESS or --phone +NUMBER${args.linked !== undefined ? " (--linked says what to do with the identifiers linked to it)" : ""}`, "email")
  // An extension was dropped in silence: the line without it (a switchboard?) would have been erased.
  if (phone !== undefined && phoneExtension(phone)) throw usage(`--phone ${EXTENSION_REFUSAL}`, "phone")
  const subject = email !== undefined ? identifierOf(email, "EMAIL") : phone !== undefined ? identifierOf(phone, "PHONENO") : undefined
  if (!subject && (email !== undefined || phone !== undefined)) {
    throw email !== undefined
      ? usage(`--email is not an email address: check it (it is not repeated here: it is personal data)${emailFormHint(email)}`, "email")
      : usage(`--phone is not a phone number in international form: ${internationalPrefixHint(phone!) ?? "write + and the country calling code (+44 20 7946 0018)"}`, "phone")
  }
  const linked = choiceFlag("linked", args.linked, ["report", "follow"] as const)
  checkJobName("erase", "job", args.job)
  const window = dateWindow({ since: args.since as string | undefined, until: args.until as string | undefined })
  return { subject, linked, ...window }
}

/**
 * A number written with 00, the international prefix most countries dial, where + belongs (0044 20 7946 0018): said so,
 * naming at most the country calling code, never the number.
 */
function internationalPrefixHint(phone: string): string | undefined {
  const plus = /^\s*00\s*(?=[1-9])/.exec(phone)
  if (!plus) return undefined
  let code: string | undefined
  try {
    code = parsePhone(`+${phone.slice(plus[0].length)}`).callingCode
  } catch {
    code = undefined
  }
  return `it starts with 00, the international prefix: write + in its place${code ? ` (+${code} and the rest of the number)` : ""}`
}

/** `cxedge erase`: one person's erasure from the CLI, as an inbound erasure request runs it. */
export function eraseCommand(host: CommandHost) {
  return defineCommand({
    meta: {
      name: "erase",
      description: "Erase one person's contacts (CXone Privacy erasure + DFO messages), their linked identifiers resolved first",
      examples: [
        "cxedge erase --email ada@example.com --dry-run  # who is linked, what would be erased; nothing is written",
        "cxedge erase --email ada@example.com --yes  # the email's contacts; linked phones are listed, not erased",
        "cxedge erase --email ada@example.com --linked follow --yes  # the linked phones' contacts too",
      ],
    },
    args: {
      ...host.commonArgs,
      email: { type: "string", description: "the person's email address (or --phone)" },
      phone: { type: "string", description: "the person's phone number, + and country calling code (or --email)" },
      linked: { type: "string", description: "report (default, settings.anonymize.erasure.linked): list identifiers linked through shared contacts, erase only the one given; follow: erase theirs too" },
      since: { type: "string", description: "start of the window contacts are looked up in (default: settings.anonymize.erasureWindowDays before now)" },
      until: { type: "string", description: "end of that window (default: now)" },
      job: { type: "string", description: "job id to use; an erasure of the same subject of that id is resumed (its linked identifiers stay those it stored), any other job refused; alone, resumes that erasure" },
      "dry-run": { type: "boolean", description: "resolve the identifiers and list the contacts; write nothing" },
      yes: { type: "boolean", description: "write to a configured tenant without asking; required without a terminal" },
      json: { type: "boolean", description: "print the summary as JSON (counts and masked forms only)" },
    },
    async run({ args }) {
      const flags = checkEraseFlags(args)
      // --job alone resumes a stored erasure: a storage directory named wrong is refused as such.
      await host.withRuntime(args, (opened) => runErase(host, opened, flags, args), { readOnly: !!args["dry-run"], dryRun: !!args["dry-run"], existingStorage: !flags.subject })
    },
  })
}

type EraseArgs = { job?: string; "dry-run"?: boolean; yes?: boolean; json?: boolean } & Record<string, unknown>

async function runErase(host: CommandHost, opened: OpenedRuntime, flags: EraseFlags, args: EraseArgs) {
  const rt = opened.rt
  // A dry run stores nothing; a run's job, journal and audit records must outlast it: it may be resumed, and is evidence.
  if (!args["dry-run"]) refuseFleetingStorage(opened, args, "erase", "this erasure's job, journal and audit records (an interrupted erasure could not be resumed, and no evidence of it would remain)", "nothing was erased")
  if (rt.keys.ids().length === 0) throw new ConfigError("erase", "an erasure keeps its subject encrypted in the job: set CXEDGE_HMAC_KEYS")
  const settings = rt.settings<AnonymizeSettings>("anonymize")
  const jobId = args.job ?? `erase_${new Date(rt.clock.now()).toISOString().replace(/[-:T]/g, "").slice(0, 14)}_${crypto.randomUUID().slice(0, 6)}`
  const since = flags.since ?? new Date(rt.clock.now() - settings.erasureWindowDays * 86_400_000).toISOString()
  // --until alone, before the window's default start: an empty window, and the person's contacts left with "no contact
  // carries this address" (a review, stop 66). Refused as --since after --until is.
  if (flags.since === undefined && flags.until !== undefined && Date.parse(flags.until) <= Date.parse(since)) {
    throw new ValidationError("erase", `--until ${flags.until} is not after the window's default start, ${since} (settings.anonymize.erasureWindowDays, ${settings.erasureWindowDays} days before now): give --since before it too`, "until", "E_USAGE")
  }
  const dryRun = !!args["dry-run"]
  // Read before resolving: Ctrl-C and SIGTERM then stop the lookups with a word (exit 130) rather than end the process mute.
  const signal = host.signal
  const request = { jobId, subject: flags.subject?.value, subjectType: flags.subject?.type, linked: flags.linked ?? settings.erasure?.linked ?? "report", since, until: flags.until, dryRun, signal }
  const { job, resolution, subject } = await prepareSubjectErasure(rt, request, settings)
  if (signal.aborted) throw new CancelledError("erase", "cancelled while resolving linked identifiers: nothing was written")
  const lines = resolution ? linkedLines(resolution) : [`job ${jobId} exists: resuming it with the linked identifiers it stored`]
  const preview = dryRun ? await previewErasure(rt, job) : undefined
  if (args.json) host.print({ jobId, dryRun, linkedMode: resolution?.mode, linked: resolution?.linked.map(({ token: _, ...l }) => l), truncated: resolution?.truncated, ...(preview ? { contacts: preview.contacts, erasures: preview.erasures, held: preview.held } : {}) }, { json: true })
  else host.print(lines.join("\n"))
  if (resolution?.found === 0) host.warn(`no contact carries this ${subject.type === "EMAIL" ? "email address" : "phone number"} (records API, and CXone completed contacts since ${since}): the erasure is only its CXone Privacy erasure; check the identifier is spelled right, or widen --since`)
  // A subject under legal hold: the dry run said "1 Privacy erasure would be sent" of one (a review, stop 66). Its
  // contacts and subject record are held; a followed linked identifier's are held only if a hold names them too.
  const held = rt.gates.active ? await rt.gates.check({ subjects: [{ type: subject.type, value: subject.value }] }) : undefined
  const followed = resolution ? resolution.linked.some((l) => l.followed) : !!job.meta.source.linked?.length
  const spared = followed ? `its own contacts and Privacy erasure ${dryRun ? "would not be" : "are not"} erased` : dryRun ? "nothing would be erased" : "nothing is erased"
  if (held) host.warn(`this subject is under legal hold (${held.heldBy}): ${spared} until the hold is released (cxedge hold release ${held.heldBy})`)
  if (preview) {
    for (const [holdId, count] of preview.holds) {
      if (holdId !== held?.heldBy) host.warn(`legal hold ${holdId} holds ${count} of this erasure's contacts and subject records: they would not be erased until it is released (cxedge hold release ${holdId})`)
    }
    const heldWords = preview.held ? `, ${preview.held} held (legal hold)` : ""
    if (!args.json) host.print(`dry run: ${preview.contacts} contact(s) and ${preview.erasures} Privacy erasure(s) would be sent${heldWords}; nothing is written`)
    return
  }
  if (!opened.sandbox && !job.finished) {
    const ok = await host.confirm({ scope: "anonymize", action: "write to a real tenant", summary: [`erase one subject (job ${jobId}): CXone Privacy erasure and DFO message removal`, ...lines], yes: !!args.yes })
    if (!ok) {
      host.warn("aborted: nothing was written")
      return host.setExitCode(1)
    }
  }
  if (job.finished) return printFinished(host, job, !!args.json)
  await runToEnd(host, opened, job, settings.concurrency, !!args.json)
  const after = await jobStore(rt.storage.namespace("jobs")).get(jobId)
  if (after?.state === "finished_with_failures") host.warn(`${after.totals?.failed ?? "some"} contact(s) of job ${jobId} failed: retry them with: ${retryCommand(jobId, args)}`)
}

// The flags that say where the job is kept and how it may write: the subject is not among them (the job stores it).
const KEPT_FLAGS = ["config", "storage", "storage-dir", "sandbox", "rps", "yes"] as const
const shellWord = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`)

/** The command that resumes erasure job `jobId` as this run was given: `cxedge erase --job ID`, no personal value. */
function retryCommand(jobId: string, args: EraseArgs): string {
  const words = ["cxedge", "erase", "--job", jobId]
  for (const flag of KEPT_FLAGS) {
    const value = args[flag]
    if (value === true) words.push(`--${flag}`)
    else if (typeof value === "string") words.push(`--${flag}`, shellWord(value))
  }
  return words.join(" ")
}

/**
 * What the run would do, read as it reads: the job's pages (the contacts, then a record per identifier erased, whose
 * ids start with "subject"), each page's hold verdicts asked as the run asks them, so a hold on a followed linked
 * identifier or on one contact is counted held, not sent. `holds`: each hold id and how many it holds.
 */
async function previewErasure(rt: Runtime, job: PreparedJob) {
  const preview = { contacts: 0, erasures: 0, held: 0, holds: new Map<string, number>() }
  for await (const page of job.source.pages()) {
    const verdicts = await gateVerdicts(rt, job.matrix, page)
    for (const [i, record] of page.entries()) {
      const verdict = verdicts?.[i]
      if (verdict) {
        preview.held++
        preview.holds.set(verdict.heldBy, (preview.holds.get(verdict.heldBy) ?? 0) + 1)
      } else if (record.id.startsWith("subject")) preview.erasures++
      else preview.contacts++
    }
  }
  return preview
}
