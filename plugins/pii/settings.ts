import * as v from "valibot"
import { didYouMean, phoneRegion } from "../../core/index.ts"
import { ENTITY_TYPES, entityNameHint, scoreAtMostOne, unreachableMinScore } from "./entity-types.ts"

const nonEmpty = v.pipe(v.string("must be a string"), v.trim(), v.minLength(1, "must not be empty"))
// Every message is the schema's own: valibot's defaults quote the value received, and an allow or deny
// entry is a phone number or an address.
const values = (example: string) => v.optional(v.array(nonEmpty, `must be a list of values, e.g. [${JSON.stringify(example)}]`), [])

const KEYS = "entities, minScore, allow, deny or regions"

/**
 * The pii plugin's settings (`settings.pii`): which entity types to report,
 * the lowest score reported, values never reported (`allow`, e.g. the
 * company's own support number) and always reported (`deny`), and the
 * regions national phone numbers are read in. Unknown keys are refused.
 */
/**
 * The first entry of a list that repeats an earlier one, compared as `key` reads them, as "[j] repeats [i]"; the
 * message names positions, never a value (an allow or deny entry is a phone number or an address).
 */
function repeated(list: readonly string[], key: (value: string) => string): string | undefined {
  const seen = new Map<string, number>()
  for (const [i, value] of list.entries()) {
    const k = key(value)
    const first = seen.get(k)
    if (first !== undefined) return `[${i}] repeats [${first}]`
    seen.set(k, i)
  }
  return undefined
}

const lower = (value: string) => value.trim().toLowerCase()
/** A list whose entries are distinct as `key` reads them: a repeat was taken in silence, once. */
const distinct = <T extends string>(what: string, key: (value: string) => string = lower) =>
  v.check((list: T[]) => repeated(list, key) === undefined, (issue: v.CheckIssue<T[]>) => `${repeated(issue.input, key)}: ${what} is listed once`)

/** The settings' entries, which a scrub rule's params take too (plugins/pii/scrub.ts). */
export const PII_ENTRIES = {
  entities: v.optional(v.pipe(v.array(v.picklist(ENTITY_TYPES, (issue) => `must be one of ${ENTITY_TYPES.join(", ")}${typeof issue.input === "string" ? entityNameHint(issue.input) : ""}`), "must be a list of entity types"), v.minLength(1, "must name at least one entity type"), distinct("an entity type"))),
  minScore: v.optional(v.pipe(v.number("must be a number"), v.minValue(0, "must be at least 0"), v.maxValue(1, scoreAtMostOne)), 0.5),
  allow: v.pipe(values("+44 20 7946 0000"), distinct("a value")),
  // Looked for anywhere in a text: one character would be replaced inside every word that holds it (`H<DENY>d`).
  deny: v.pipe(values("project bluebird"), distinct("a value"), v.check((list: string[]) => list.every((d) => [...d.trim()].length > 1), "must list values of two characters or more: a denied value is replaced wherever it occurs, inside words too")),
  regions: v.optional(
    v.pipe(
      v.array(v.pipe(v.string('must be an ISO 3166 region ("GB") or a calling code ("44")'), v.check((r) => phoneRegion(r) !== undefined, 'must be an ISO 3166 region ("GB") or a calling code ("44")')), 'must be a list of regions, e.g. ["GB", "DE"]'),
      v.minLength(1, "must name at least one region"),
      // "GB" and "44" are one region.
      distinct("a region (by its code or its calling code)", (r) => phoneRegion(r) ?? r),
    ),
  ),
}

/** A value both always reported and never reported: the deny list won, in silence. Positions only, never the value. */
export function allowedAndDenied(p: { allow?: readonly string[]; deny?: readonly string[] }): string | undefined {
  const allowed = new Map((p.allow ?? []).map((value, i) => [lower(value), i]))
  for (const [i, value] of (p.deny ?? []).entries()) {
    const a = allowed.get(lower(value))
    if (a !== undefined) return `[${i}] is also allow[${a}]: a value is either always replaced (deny) or never (allow); remove it from one list`
  }
  return undefined
}

// A setting by Presidio's name (score_threshold) or a slip of the keyboard (min_score, entites) was told the list alone.
const meantSetting = (issue: v.BaseIssue<unknown>) => {
  const key = String(issue.path?.at(-1)?.key ?? "")
  return /^score_?threshold$/i.test(key) ? ' (did you mean "minScore"? Presidio\'s score_threshold is minScore here)' : didYouMean(key, Object.keys(PII_ENTRIES))
}

/**
 * A minScore above every score the entities asked for can get (`minScore: 1` with `entities: ["EMAIL"]`) turned every
 * recognizer off in silence; the settings, a scrub rule's params and a request's body refuse it at minScore.
 */
export const minScoreProblem = (p: { minScore?: number; entities?: readonly string[] }) => unreachableMinScore(p.minScore, p.entities)

export const PiiSettings = v.pipe(
  v.strictObject(PII_ENTRIES, (issue) => (issue.expected === "never" ? `is not a pii setting${meantSetting(issue)}: use ${KEYS}` : `must be an object with ${KEYS}`)),
  v.forward(v.check((p) => allowedAndDenied(p) === undefined, (issue) => allowedAndDenied(issue.input)!), ["deny"]),
  v.forward(v.check((p) => minScoreProblem(p) === undefined, (issue) => minScoreProblem(issue.input)!), ["minScore"]),
)

export type PiiSettings = v.InferOutput<typeof PiiSettings>
