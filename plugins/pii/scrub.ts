import * as v from "valibot"
import { defineTransform, kindOf, ValidationError, type Finding, type KeyRing, type TransformContext } from "../../core/index.ts"
import { pseudonymToken } from "../../core/pseudonym.ts"
import { allowProblem } from "./allow.ts"
import { handOver } from "./handed-findings.ts"
import type { Analyzer } from "./analyzer.ts"
import { DEFAULT_REGIONS, ENTITY_TYPES, modeRule } from "./entity-types.ts"
import { loadAnalyzer, loadedAnalyzer } from "./loaded.ts"
import { readableText } from "./readable-text.ts"
import { masked, normalizedValue, outsidePlaceholders, OWN_PREFIXES, SCRUB_MODES } from "./scrub-output.ts"
import { allowedAndDenied, minScoreProblem, PII_ENTRIES } from "./settings.ts"

const ScrubObject = v.object({
  /** tag `<EMAIL>`, indexed `<EMAIL_1>`, hmac `tok_<keyId>_...`, mask `****1111`. */
  mode: v.optional(v.picklist(SCRUB_MODES, modeRule(SCRUB_MODES)), "tag"),
  entities: PII_ENTRIES.entities,
  minScore: PII_ENTRIES.minScore,
  allow: PII_ENTRIES.allow,
  deny: PII_ENTRIES.deny,
  regions: PII_ENTRIES.regions,
  /** hmac mode, as the field-level hmac transform takes them. */
  keyId: v.optional(v.pipe(v.string("must be a key id from CXEDGE_HMAC_KEYS"), v.regex(/^[a-z0-9]{1,16}$/, "must be 1-16 lower-case letters or digits"))),
  // No defaults here (pseudonymToken's are tok and 16; maskChar's is *): a param given to a mode that never reads it is refused.
  prefix: v.optional(v.pipe(v.string("must be 1-8 lower-case letters"), v.regex(/^[a-z]{1,8}$/, "must be 1-8 lower-case letters"))),
  bytes: v.optional(v.pipe(v.number("must be a whole number from 8 to 32"), v.integer("must be a whole number from 8 to 32"), v.minValue(8, "must be at least 8"), v.maxValue(32, "must be at most 32"))),
  domain: v.optional(v.string("must be a string (a pseudonym domain, as the hmac transform takes)")),
  /** mask mode: the character letters and digits become. */
  maskChar: v.optional(v.pipe(v.string("must be one character"), v.length(1, "must be one character"), v.regex(/^[^\p{L}\p{N}\p{M}\p{Z}\p{C}\s<>]$/u, "must be a visible symbol such as * or #: not a letter, digit, mark, space, control or invisible character, or angle bracket"))),
}, 'must be an object of scrub params, e.g. {"mode": "indexed"}')
type ScrubObject = v.InferOutput<typeof ScrubObject>
type ModeParam = "keyId" | "prefix" | "bytes" | "domain" | "maskChar"

/** A param only one mode reads, given with another: it was dropped in silence (a maskChar with tags, a keyId with mask). */
const onlyIn = (mode: "hmac" | "mask", key: ModeParam) =>
  v.forward(
    v.check((p: ScrubObject) => p.mode === mode || p[key] === undefined, (issue: v.CheckIssue<ScrubObject>) => `is read by mode ${mode} only, and this rule's mode is ${issue.input.mode}: remove ${key}, or set "mode": "${mode}"`),
    [key],
  )

const ScrubParams = v.pipe(
  ScrubObject,
  onlyIn("hmac", "keyId"), onlyIn("hmac", "prefix"), onlyIn("hmac", "bytes"), onlyIn("hmac", "domain"), onlyIn("mask", "maskChar"),
  v.forward(v.check((p) => allowedAndDenied(p) === undefined, (issue) => allowedAndDenied(issue.input)!), ["deny"]),
  v.forward(v.check((p) => !allowProblem(p.allow, p.regions), (issue) => allowProblem(issue.input.allow, issue.input.regions)!), ["allow"]),
  v.forward(v.check((p) => minScoreProblem(p) === undefined, (issue) => minScoreProblem(issue.input)!), ["minScore"]),
)
type ScrubParams = v.InferOutput<typeof ScrubParams>

// One analyzer per rule (a matrix's params are parsed once), and the last text it read: `recognizes`
// and then `apply` look at the same value, which is analyzed once.
const analyzers = new WeakMap<ScrubParams, { analyzer: Analyzer; text?: string; findings?: Finding[] }>()
function pending(text: string, p: ScrubParams): Finding[] {
  let slot = analyzers.get(p)
  if (!slot) analyzers.set(p, (slot = { analyzer: loadedAnalyzer()!.createAnalyzer(p) }))
  if (slot.text !== text) {
    const found = slot.analyzer.analyze(text)
    handOver(slot.analyzer, text, found)
    slot.findings = outsidePlaceholders(text, found, p.maskChar ?? "*", p.prefix ? [...OWN_PREFIXES, p.prefix] : OWN_PREFIXES)
  }
  slot.text = text
  return slot.findings!
}

// Per-record indexes for `indexed` mode: the same value gets the same index in every field of one record.
const indexes = new WeakMap<object, Map<string, number>>()
function indexOf(record: object, type: string, value: string): number {
  let seen = indexes.get(record)
  if (!seen) indexes.set(record, (seen = indexesHeld(record)))
  const key = `${type}\u0000${value}`
  let n = seen.get(key)
  if (n === undefined) {
    n = (seen.get(`#${type}`) ?? 0) + 1
    seen.set(`#${type}`, n)
    seen.set(key, n)
  }
  return n
}

const HELD_TAG = /<([A-Z][A-Z0-9_]*)_(\d{1,9})>/g

/**
 * The highest index of each type a record's text already holds (a note scrubbed by an earlier run, a number added to it
 * since): a new value is numbered after them, never given an index that names another value. Arrays and objects are read
 * to a few levels, as a record's fields are nested.
 */
function indexesHeld(record: object): Map<string, number> {
  const held = new Map<string, number>()
  const read = (value: unknown, depth: number) => {
    if (typeof value === "string") {
      if (value.includes(">")) for (const m of value.matchAll(HELD_TAG)) held.set(`#${m[1]}`, Math.max(held.get(`#${m[1]}`) ?? 0, Number(m[2])))
    } else if (value && typeof value === "object" && depth < 6) for (const v of Object.values(value)) read(v, depth + 1)
  }
  read(record, 0)
  return held
}

/** `read`: the value as the recognizers read it in its text (a JSON string's `\u0040`, a form's `+`, as they mean). */
function replacement(f: Finding, value: string, read: string, p: ScrubParams, record: object, keys: KeyRing): string {
  const regions = p.regions ?? DEFAULT_REGIONS
  switch (p.mode) {
    case "tag":
      return `<${f.type}>`
    case "indexed":
      return `<${f.type}_${indexOf(record, f.type, normalizedValue(f.type, read, regions))}>`
    case "hmac":
      return pseudonymToken(keys, normalizedValue(f.type, read, regions), p)
    case "mask":
      return masked(f.type, value, p.maskChar ?? "*")
  }
}

const types = (fs: readonly Finding[]) => [...new Set(fs.map((f) => f.type))].join(", ")

/** `text` with each of `found` replaced. */
function replaced(text: string, found: readonly Finding[], p: ScrubParams, ctx: TransformContext): string {
  let out = ""
  let at = 0
  // A value's escapes are read as its text shows them (readable-text.ts), so it joins the same value's field-level token.
  const readable = readableText(text)
  for (const f of found) {
    const value = text.slice(f.start, f.end)
    out += text.slice(at, f.start) + replacement(f, value, readable?.readOf(f.start, f.end) ?? value, p, ctx.record, ctx.keys)
    at = f.end
  }
  return out + text.slice(at)
}

// A finding's context can hide another: in `Wallbox installer Mr Jones: 07700 900123` the trade before the name reads
// the number as the business's, and with the name replaced (`installer <PERSON>: 07700 900123`) it is a person's
// phone. What the re-scan finds is scrubbed too, a few passes at most; what is still left then fails the field.
const PASSES = 3

/** The findings of `value` replaced, re-scanned: a finding left at or above minScore after a few passes fails the field. */
function scrubbed(value: string, p: ScrubParams, ctx: TransformContext): string {
  let found = pending(value, p)
  let out = value
  for (let pass = 0; found.length && pass < PASSES; pass++) {
    out = replaced(out, found, p, ctx)
    found = pending(out, p)
  }
  if (found.length) throw new ValidationError("pii", `${found.length} finding(s) (${types(found)}) remain at ${ctx.path} after scrub: the value is not written; widen entities or use redact`, ctx.path, "E_RESIDUAL_PII")
  return out
}

/**
 * Replaces the personal data inside free text (notes, callback notes, message
 * bodies) and nothing else. Its output is recognized (tags, tokens, masked
 * runs), so a scrubbed text is never scrubbed again, and text with nothing
 * to scrub is left as it is. The result is re-scanned: a finding still at or
 * above `minScore` fails the field (E_RESIDUAL_PII), so it is never written.
 */
export const scrub = defineTransform({
  name: "scrub",
  description: "replace the PII found inside free text: <EMAIL>, <EMAIL_1>, tok_<keyId>_..., or masked",
  params: ScrubParams,
  reversible: false,
  needsKey: (p) => p.mode === "hmac",
  apply(value, p, ctx) {
    if (typeof value !== "string") throw new ValidationError("pii", `scrub expects text at ${ctx.path}, found ${kindOf(value)}`, ctx.path, "E_FIELD_TYPE")
    // The pii plugin's setup loads the recognizers; a scrub run without it (a transform's own tests) loads them first.
    if (!loadedAnalyzer()) return loadAnalyzer().then(() => scrubbed(value, p, ctx))
    return scrubbed(value, p, ctx)
  },
  // Not loaded yet: nothing here has been scrubbed by this process, and apply loads them.
  recognizes: (value, p) => typeof value === "string" && loadedAnalyzer() !== undefined && pending(value, p).length === 0,
  vectors: [
    { in: "Mail ada.okafor@example.com or call +44 20 7946 0958, thanks", params: v.parse(ScrubParams, {}), out: "Mail <EMAIL> or call <PHONE>, thanks" },
    {
      in: "ada@example.com wrote; ADA@example.com again, then bo@example.com",
      params: v.parse(ScrubParams, { mode: "indexed" }),
      out: "<EMAIL_1> wrote; <EMAIL_1> again, then <EMAIL_2>",
    },
    { in: "card 4111 1111 1111 1111 declined", params: v.parse(ScrubParams, { mode: "mask" }), out: "card **** **** **** 1111 declined" },
    // What the field-level hmac gives "+442079460958" (a phone field normalized to E.164) under the same key.
    { in: "ring me on 020 7946 0958 today", params: v.parse(ScrubParams, { mode: "hmac", regions: ["GB"] }), out: "ring me on tok_k1_DrrTHAPCCZKoaSRVg8xufg today" },
  ],
})
