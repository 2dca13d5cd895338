import * as v from "valibot"
import { DigitalMediaList, whsecProblem } from "../../core/index.ts"
import { ApprovalConfig } from "./approval-settings.ts"
import { ErasureLinkConfig } from "./erasure-linked.ts"
import { parseIpRange } from "./ip-range.ts"
import { MessagesConfig } from "./sources/messages-config.ts"
import { DfoHistoryConfig } from "./targets/dfo-history.ts"

/** `settings.anonymize.contactEnded`: the CXone Studio "contact ended" callout (POST /webhooks/cxone/contact-ended). */
export const ContactEndedConfig = v.strictObject({
  /** A shipped matrix by name (gdpr, pci, analytics) or a matrix object. */
  matrix: v.optional(v.union([v.string(), v.record(v.string(), v.unknown())])),
  /** Where `matrix` came from (CXEDGE_CALLOUT_MATRIX or the config file), for messages. */
  matrixFrom: v.optional(v.string()),
  /** Why the configured matrix cannot be used (set by the settings reader): the route answers 503 with it. */
  problem: v.optional(v.string()),
  target: v.optional(v.picklist(["patch", "erasure"])),
  /** Where the contact is read: the records API (patch) or CXone (erasure). */
  source: v.optional(v.picklist(["records", "cxone"])),
  /** `whsec_...` secrets the callout is signed with (CXEDGE_CALLOUT_SECRETS), for proxies that can sign. */
  secrets: v.optional(v.array(v.pipe(v.string(), v.check((s) => !whsecProblem(s), (issue) => whsecProblem(String(issue.input)) ?? "must be whsec_ followed by 24-64 base64 bytes"))), []),
  /** Bearer tokens a Studio script sends (CXEDGE_CALLOUT_TOKENS; environment only, a file holding them is refused). */
  tokens: v.optional(v.array(v.pipe(v.string(), v.minLength(32, "a callout token must be at least 32 characters"))), []),
  /** Source addresses or CIDR ranges the callout is accepted from (CXEDGE_CALLOUT_ALLOW_IPS); unset: any. */
  allowIps: v.optional(v.array(v.pipe(v.string(), v.check((s) => typeof parseIpRange(s) !== "string", "is not an IPv4/IPv6 address or CIDR range")))),
  /** Proxies in front that append to X-Forwarded-For (CXEDGE_TRUST_PROXY); 0 uses the peer address. */
  trustProxy: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)), 0),
}, "is not a contactEnded setting: use matrix, target, source, secrets, tokens, allowIps or trustProxy")
export type ContactEndedSettings = v.InferOutput<typeof ContactEndedConfig>

/** `settings.anonymize`, validated once when the runtime opens (errors name the key path). */
export const AnonymizeConfig = v.object({
  concurrency: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(256)), 8),
  /** Media types whose contacts have DFO messages to redact on erasure: known names only, none left out by a slip (`E-mail`). */
  digitalMedia: v.optional(DigitalMediaList),
  /** Record field holding the DFO contact number (default contactId). */
  dfoContactField: v.optional(v.string()),
  /** How DFO message history is read: its response shape is not published (targets/dfo-history.ts). */
  dfoHistory: v.optional(DfoHistoryConfig),
  /** How the messages source reads DFO messages (sources/messages-config.ts). */
  messages: v.optional(MessagesConfig),
  /** How far back an erasure request looks for the subject's contacts. */
  erasureWindowDays: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(36_500, "must be at most 36500 (a hundred years of days; the default is 90)")), 90),
  /** What an erasure request does with identifiers linked to its subject (erasure-linked.ts; default report). */
  erasure: v.optional(ErasureLinkConfig),
  /** The CXone Studio "contact ended" callout (POST /webhooks/cxone/contact-ended). */
  contactEnded: v.optional(ContactEndedConfig),
  /** Targets a `cxedge anonymize` run needs an approved plan for (approval.ts). */
  approval: v.optional(ApprovalConfig),
})
/** The anonymize plugin's settings as the runtime hands them over: defaults filled in. */
export type AnonymizeSettings = v.InferOutput<typeof AnonymizeConfig>
