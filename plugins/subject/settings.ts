import * as v from "valibot"
import { DIGITAL_MEDIA, DigitalMediaList } from "../../core/index.ts"
import { personalDataIn } from "./request.ts"

const int = (min: number, max: number, fallback: number) => v.optional(v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max)), fallback)

/** `settings.subject`: how an access export reads the tenant and who it is recorded as made by. */
export const SubjectConfig = v.strictObject(
  {
    /** Who makes exports when `--by` is not given (the audit records it); absent: `--by` is required. */
    by: v.optional(v.pipe(
      v.string(),
      v.regex(/^[\w.@+-]{1,64}$/, "by must be 1 to 64 letters, digits or . _ @ + -"),
      // An inbound request's export is audited with it too, where no --by can stand in.
      v.check((by) => !personalDataIn(by), "by must name who makes exports, a role or a staff name such as dpo, not an email address or a phone or card number: the audit log records it as given"),
    )),
    /** `report` (the default): linked identifiers are listed, not acted on; `follow`: their contacts are exported too. */
    linked: v.optional(v.picklist(["report", "follow"], "linked must be report or follow"), "report"),
    /** Links followed away from the requested identifier with `follow`. */
    maxDepth: int(1, 5, 2),
    /** Identifiers at most: a shared number must not pull in a whole tenant. */
    maxIdentifiers: int(2, 200, 20),
    /** ACD completed contacts are searched this many days back. */
    windowDays: int(1, 3650, 365),
    /** Media type names whose contacts have DFO messages: known names only, none left out by a slip (`E-mail`). */
    digitalMedia: v.optional(DigitalMediaList, [...DIGITAL_MEDIA]),
    /** The completed contact's field holding the DFO contact number. */
    dfoContactField: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z_]\w*$/, "dfoContactField must be a field name")), "contactId"),
    /** Messages asked for per history page, and pages at most per contact. */
    historyPageSize: int(1, 500, 50),
    historyMaxPages: int(1, 100_000, 1000),
    /** Hours an inbound request's sealed export waits to be collected before it is deleted unread. */
    exportTtlHours: int(1, 24 * 30, 72),
  },
  "unknown key: use by, linked, maxDepth, maxIdentifiers, windowDays, digitalMedia, dfoContactField, historyPageSize, historyMaxPages or exportTtlHours",
)
export type SubjectSettings = v.InferOutput<typeof SubjectConfig>
