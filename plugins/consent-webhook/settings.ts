import * as v from "valibot"
import { textFault, whsecProblem, type OpenedRuntime, type OpenOptions } from "../../core/index.ts"
import type { DeadTally } from "./dead-tally.ts"
import type { Outbox } from "./outbox.ts"

// The refusal says what is wrong (too short, not base64, two run together) without quoting the secret.
const Secret = v.pipe(v.string(), v.check((s) => !whsecProblem(s), (issue) => whsecProblem(String(issue.input)) ?? "must be whsec_ followed by 24-64 base64 bytes"))
const MIN = 60_000
const WEEK = 7 * 24 * 60 * MIN
const DEFAULT_SCHEDULE = [5000, 5 * MIN, 30 * MIN, 120 * MIN, 300 * MIN, 600 * MIN, 840 * MIN, 1200 * MIN, 1440 * MIN]

/**
 * A value refused by its text as the tenant's variables are (core's textFault): " acme" was trimmed in silence where
 * CXEDGE_TENANT_ID " acme" is refused, and a URL with a space before it was taken as typed. `shown` quotes the value
 * meant when it may be quoted (a tenant id; never a URL, which may hold a token).
 */
const Unpadded = (blank: string, shown?: (meant: string) => string) =>
  v.pipe(
    v.string(),
    v.check((s) => !!s.trim() && !textFault(s), (issue) => {
      const text = String(issue.input)
      const fault = textFault(text)
      if (!text.trim() || !fault) return blank
      return `${fault}: ${/white space/.test(fault) && shown ? `write ${shown(text.trim())}, without it` : /UTF-8/.test(fault) ? "write it in UTF-8" : "write the value without it"}`
    }),
  )

/**
 * Each delay an attempt waits after a failure; past the last, the event is dead-lettered. [] was taken: every event
 * dead-lettered on its first failure, with no retry at all. "none" says so on purpose.
 */
const Schedule = v.union(
  [
    v.pipe(
      v.array(v.pipe(v.number(), v.minValue(0, "must be at least 0 (milliseconds)"), v.maxValue(WEEK, `must be at most ${WEEK} (a week, in milliseconds; the default schedule ends at 86400000, 24 h)`))),
      v.minLength(1, 'is empty, which would dead-letter every event on its first failed attempt, with no retry: leave retrySchedule out for the default (5 s up to 24 h), give the delays in milliseconds ([60000, 600000]), or write "none" to have no retries'),
    ),
    v.pipe(v.literal("none"), v.transform((): number[] => [])),
  ],
  'must be a list of delays in milliseconds ([5000, 300000]), or "none" for no retries (each event dead-lettered on its first failed attempt)',
)

export const ConsentConfig = v.object({
  /** The consent platform's endpoint; without it (or without `secrets`) no event is kept or sent. */
  url: v.optional(v.pipe(Unpadded("must be the consent platform's webhook URL, or left out"), v.url())),
  /** Signing secrets (from CXEDGE_WEBHOOK_SECRETS); each signs, so a receiver can rotate. */
  secrets: v.optional(v.array(Secret), []),
  /** Secrets accepted on inbound requests (from CXEDGE_CONSENT_SECRETS). */
  inboundSecrets: v.optional(v.array(Secret), []),
  /**
   * The tenant id the consent platform names this server's tenant with (a payload's `tenantId` or `tenant`, at the top or
   * in `data`): set, a request naming another is refused (409). Unset, those fields are the platform's own (many send
   * their own account id as `tenantId`) and ignored: the inbound secret is what ties a request to this tenant.
   */
  tenantId: v.optional(Unpadded("must be the tenant id the consent platform sends (a non-empty string), or left out", (id) => (/^[\w.:-]{1,64}$/.test(id) ? JSON.stringify(id) : "the id"))),
  timeoutMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(300_000, "must be at most 300000 (five minutes; the default is 15000)")), 15_000),
  /** Deliveries in flight at once: the job never waits for them, the consent platform sees at most this many. */
  concurrency: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(64)), 8),
  /**
   * Standard Webhooks' schedule: 5 s, 5 m, 30 m, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h. A delay past a week was taken
   * (1e20: a next attempt no date can show, and `webhooks list` failed on it): each is at most a week, in ms.
   * "none": no retry, each event dead-lettered on its first failed attempt (for `webhooks replay` by hand).
   */
  retrySchedule: v.optional(Schedule, DEFAULT_SCHEDULE),
  maxBodyBytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1024), v.maxValue(16 * 1024 * 1024, "must be at most 16777216 (16 MiB)")), 64 * 1024),
  /** How far a request's webhook-timestamp may be from now: 0 or less would turn replay protection off, so it is refused. */
  toleranceSec: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, "must be at least 1: it is how old a signed request may be (replay protection); the default is 300"), v.maxValue(86_400)), 300),
})
export type ConsentSettings = v.InferOutput<typeof ConsentConfig>

/** Why no event can be sent (no URL, or no secret to sign with), naming the variable; undefined when events go out. */
export const notSending = (settings: ConsentSettings) => (!settings.url ? "CXEDGE_WEBHOOK_URL is not set" : settings.secrets.length === 0 ? "CXEDGE_WEBHOOK_SECRETS is not set" : undefined)

/**
 * The events stored (pending and dead letters) that nothing sends while `why` holds: a replay was "the consent
 * platform could not be reached" and every command "a later job ... sends each once it is due".
 */
export function waitingUnsent(why: string, pending: number, dead: number): string {
  const set = why.startsWith("CXEDGE_WEBHOOK_URL") ? "set it (and CXEDGE_WEBHOOK_SECRETS)" : "set it"
  if (!pending && !dead) return `${why}: no consent event is waiting, and none can be sent without it; ${set} to send consent events`
  const parts = dead ? ` (${pending} pending, ${dead} dead-lettered)` : ""
  return `${why}: ${pending + dead} consent event(s) are waiting${parts}, and none is sent without it; ${set} and run cxedge webhooks replay`
}

/** The plugin's state in one runtime (what its setup returns): handed to its route, its commands and dispose. */
export interface ConsentState {
  outbox: Outbox
  settings: ConsentSettings
  /** Events dead-lettered since the last summary line (said once per run, not once per event). */
  dead: DeadTally
  /** Set by a command that has said why the events wait (a refused replay): the line at close would say it again. */
  waitingSaid?: boolean
}

/** Opens the runtime and runs `fn` with this plugin's state in it (refused when the runtime does not load the plugin). */
export type WithState = (args: Record<string, unknown>, fn: (state: ConsentState, opened: OpenedRuntime) => Promise<void>, options?: OpenOptions) => Promise<void>
