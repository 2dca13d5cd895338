import { choiceFlag, emailFormHint, EXTENSION_REFUSAL, identifierOf, phoneExtension, ValidationError, type Finding, type Identifier } from "../../core/index.ts"

const usage = (message: string, flag: string) => new ValidationError("subject", message, flag, "E_USAGE")
const BY = /^[\w.@+-]{1,64}$/

export interface ExportFlags {
  subject: Identifier
  out: string
  linked?: "follow" | "report"
  by?: string
}

const KIND = { EMAIL: "an email address", PHONE: "a phone number", CARD: "a card number" } as Record<string, string>

/**
 * What a `by` looks like when it holds personal data, or undefined: an email address, or 7 digits or more in a run
 * (a phone in any format, with or without + and the calling code, a card, an IP address); with the pii plugin's
 * analyzer, whatever its recognizers find too. A person's name is left alone: naming who handles the request is
 * what `by` is for.
 */
export function personalDataIn(by: string, analyze?: (text: string) => readonly Finding[]): string | undefined {
  if (/[^@]@[^@]/.test(by)) return KIND.EMAIL
  if (/\d(?:[-.+_]?\d){6}/.test(by)) return "a phone or card number (7 digits or more)"
  const found = analyze?.(by).find((f) => f.type !== "PERSON")
  return found && (KIND[found.type] ?? `personal data (${found.type})`)
}

/**
 * Who makes the export is written to the audit log as given: the person's own identifier, or anything that looks
 * like anyone's personal data, would put it in the log. Refused, without quoting it.
 */
export function checkBy(by: string, subject: Identifier, flag: string, analyze?: (text: string) => readonly Finding[]): void {
  checkByIsNotSubject(by, [subject], flag)
  const kind = personalDataIn(by, analyze)
  if (kind) throw usage(`${flag} looks like ${kind}: name who handles the request, a role or a staff name such as dpo (the audit log records it as given; it must hold no one's personal data)`, "by")
}

/** `by` against the person's identifiers (the requested one, then those resolved for them), without quoting it. */
export function checkByIsNotSubject(by: string, identifiers: readonly Identifier[], flag: string): void {
  const match = identifiers.find((i) => identifierOf(by, i.type)?.value === i.value)
  if (!match) return
  const kind = match.type === "EMAIL" ? "email address" : "phone number"
  const whose = match === identifiers[0] ? `the person's own ${kind}` : `a ${kind} found on the person's contacts`
  throw usage(`${flag} is ${whose}: name who makes the export (the audit log records it; it must not hold the person's data)`, "by")
}

/**
 * `subject export`'s flags, checked before anything opens. Messages never
 * quote the email or phone given: they are the person's data.
 */
export function checkExportFlags(args: Record<string, unknown>): ExportFlags {
  const email = args.email as string | undefined
  const phone = args.phone as string | undefined
  if (email !== undefined && phone !== undefined) throw usage("give --email or --phone, not both: export one identifier; the other is found as a linked identifier", "email")
  if (email === undefined && phone === undefined) throw usage("no subject: pass --email ADDRESS or --phone +NUMBER", "email")
  if (phone !== undefined && phoneExtension(phone)) throw usage(`--phone ${EXTENSION_REFUSAL}`, "phone")
  const subject = email !== undefined ? identifierOf(email, "EMAIL") : identifierOf(phone, "PHONENO")
  if (!subject) {
    throw email !== undefined
      ? usage(`--email is not an email address: check it (it is not repeated here: it is personal data)${emailFormHint(email!)}`, "email")
      : usage("--phone is not a phone number in international form: write + and the country calling code (+44 20 7946 0018)", "phone")
  }
  // Not trimmed: a name with white space around it is refused before the command runs (cli/file-value.ts), as every command's.
  const out = typeof args.out === "string" ? args.out : ""
  if (!out) throw usage("--out is missing: name the file the export is written to (it holds the person's data, so it is written 0600)", "out")
  const linked = choiceFlag("linked", args.linked, ["report", "follow"] as const)
  let by: string | undefined
  if (args.by !== undefined) {
    by = String(args.by).trim()
    if (!BY.test(by)) throw usage("--by must be 1 to 64 letters, digits or . _ @ + - (who makes the export, for the audit log)", "by")
    checkBy(by, subject, "--by")
  }
  return { subject, out, linked, by }
}
