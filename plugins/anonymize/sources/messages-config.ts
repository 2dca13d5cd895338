import * as v from "valibot"
import { ValidationError } from "../../../core/index.ts"

const KEY_PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"])
const keyPath = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(KEY_PATH, `${what} must be a key name or a dotted path such as messageContent.text`),
    v.check((k) => !k.split(".").some((part) => FORBIDDEN.has(part)), `${what} must not name __proto__, constructor or prototype`),
  )

/**
 * `settings.anonymize.messages`: how the `messages` source reads DFO messages. CXone publishes no
 * call that lists messages by date, nor the shape of a history item, so these are settings, not guesses
 * baked in: the window selects completed contacts (ACD), each digital one's history is read (DFO), and
 * a message's text is taken from the history item or, when it carries none, from `GET /messages/{id}`.
 */
export const MessagesConfig = v.strictObject(
  {
    /** Where a message's text sits (dotted path); absent: the first of messageContent.text, messageContent.payload.text, content, text. */
    textKey: v.optional(keyPath("textKey")),
    /** `history`: the text is in the history item; `message`: always read the message; `auto`: read it when the item has no text. */
    text: v.optional(v.picklist(["auto", "history", "message"], "text must be auto, history or message"), "auto"),
    /** The longest --since..--until window, in days: every digital contact in it costs history calls. */
    maxWindowDays: v.optional(v.pipe(v.number(), v.integer("maxWindowDays must be a whole number"), v.minValue(1, "maxWindowDays must be at least 1"), v.maxValue(366, "maxWindowDays must be at most 366")), 31),
    /** Completed contacts asked for per ACD page. */
    contactsPageSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)), 100),
  },
  "unknown key: use textKey, text, maxWindowDays or contactsPageSize",
)
export type MessagesOptions = v.InferInput<typeof MessagesConfig>

/** The default text locations, tried in order (GUESS: the DFO message shape is not published). */
export const TEXT_KEYS = ["messageContent.text", "messageContent.payload.text", "content", "text"]

const usage = (message: string, flag: string, scope = "anonymize") => new ValidationError(scope, message, flag, "E_USAGE")
const DAY = 86_400_000
/** The largest maxWindowDays a setting may give: what the flags check before the settings are read. */
export const MAX_WINDOW_DAYS_LIMIT = 366

/**
 * Refuses a window the messages source cannot read, before any call: no --since (it would mean every
 * message the tenant ever held), or one longer than `maxWindowDays`. --until before --since is refused
 * by the flags already.
 */
/** `scope` labels the refusal with the command that opened the source (pii scan's is `pii`). */
export function checkMessagesWindow(window: { since?: string; until?: string }, maxWindowDays = 31, scope = "anonymize"): void {
  if (!window.since) throw usage("--source messages needs --since (e.g. --since 7d or --since 2026-10-01): it reads the messages of the contacts in a window", "since", scope)
  const since = Date.parse(window.since)
  const until = window.until ? Date.parse(window.until) : Date.now()
  const days = (until - since) / DAY
  if (days > maxWindowDays) {
    throw usage(
      `--since..--until spans ${Number(days.toFixed(1))} days, more than the ${maxWindowDays} the messages source reads at once: split it into shorter windows, or raise settings.anonymize.messages.maxWindowDays (at most 366)`,
      "since",
      scope,
    )
  }
}
