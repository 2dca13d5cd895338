import * as v from "valibot"
import { didYouMean } from "../suggest.ts"

// A contact's `mediaTypeName` decides whether it has DFO messages. The fact sheet (cxone-api.md §4.1) names the field
// but lists no values: these names are the settings' long-standing default and the sandbox's, not a published list.

/** Media type names whose contacts have DFO messages: the default of `digitalMedia` (settings.anonymize, settings.subject). */
export const DIGITAL_MEDIA: readonly string[] = ["Chat", "Email", "SMS", "Digital", "Messaging", "WorkItem"]

/** Media type names known to have no DFO messages (a call, a voicemail, a fax): a contact of these is not warned of. */
export const OTHER_MEDIA: readonly string[] = ["Call", "PhoneCall", "VoiceMail", "Fax"]

/** A media type name as compared: without case or spaces (the reference does not fix the spelling: "Work Item", "WorkItem", "chat"). */
export const mediaKey = (name: unknown) => String(name ?? "").replace(/\s+/g, "").toLowerCase()

const digitalKeys = new Set(DIGITAL_MEDIA.map(mediaKey))
const otherKeys = new Set(OTHER_MEDIA.map(mediaKey))

/** Why `name` cannot be an entry of `digitalMedia`, or undefined. Names the entry and the nearest known medium. */
export function digitalMediumProblem(name: string): string | undefined {
  const key = mediaKey(name)
  if (digitalKeys.has(key)) return undefined
  const shown = JSON.stringify(name.slice(0, 40))
  if (otherKeys.has(key)) return `${shown} is not a digital medium: its contacts have no DFO messages; remove it`
  return `${shown} is not a known digital medium${didYouMean(name.replace(/\s+/g, ""), DIGITAL_MEDIA)}: use ${DIGITAL_MEDIA.slice(0, -1).join(", ")} or ${DIGITAL_MEDIA.at(-1)} (case and spaces aside); its contacts' DFO messages would be left out`
}

/** The refusal of an empty `digitalMedia`: no DFO message of any contact would be removed. */
export const NO_DIGITAL_MEDIA = `an empty list leaves every contact's DFO messages out: name the digital media (${DIGITAL_MEDIA.join(", ")}), or remove the key for all of them`

/** A plugin's `digitalMedia` setting (settings.anonymize, settings.subject): known names only, never empty. */
export const DigitalMediaList = v.pipe(
  v.array(v.pipe(v.string(), v.check((m) => !digitalMediumProblem(m), (issue) => digitalMediumProblem(String(issue.input)) ?? ""))),
  v.minLength(1, NO_DIGITAL_MEDIA),
)

/** The media keys (mediaKey) whose contacts have DFO messages: a `digitalMedia` setting's, or the default's. */
export const digitalMediaKeys = (list?: readonly string[]): Set<string> => new Set((list ?? DIGITAL_MEDIA).map(mediaKey))

/**
 * Tells `warn` once per medium of a contact whose `mediaTypeName` is neither in `digital` nor known to have no DFO
 * messages (the name shown quoted, at most 40 characters): the list of names is not certain, so such a contact is told
 * of rather than passed over in silence.
 */
export function unknownMediumWarner(digital: ReadonlySet<string>, warn: (shown: string) => void) {
  const told = new Set<string>()
  return (name: unknown) => {
    if (typeof name !== "string" || !name.trim()) return
    const key = mediaKey(name)
    if (digital.has(key) || otherKeys.has(key) || told.has(key)) return
    told.add(key)
    warn(JSON.stringify(name.slice(0, 40)))
  }
}
