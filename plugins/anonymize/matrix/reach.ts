import { ConfigError } from "../../../core/errors.ts"
import { editDistance, suggestName } from "../../../core/suggest.ts"
import type { Source, SourceRecord } from "../../../core/source.ts"
import { kindOf, matchPath, parsePath, type Segment } from "./path.ts"
import type { Condition, Matrix, Rule } from "./schema.ts"

/**
 * The key a rule's path was likely meant for: the first key of the path that none of the records holds where the path
 * looks for it, when they hold one a slip away there (`emial` where they hold `email`). Undefined when the path reaches a
 * value in some record, or when nothing near it is held (an optional field absent from these records).
 */
export function meantKey(records: readonly Record<string, unknown>[], path: string | Segment[]): { missing: string; meant: string } | undefined {
  const segments = typeof path === "string" ? parsePath(path) : path
  if (records.some((r) => matchPath(r, segments).length > 0)) return undefined
  for (let depth = 0; depth < segments.length; depth++) {
    const seg = segments[depth]!
    if (!("key" in seg)) continue
    const held = keysAt(records, segments.slice(0, depth))
    if (held.has(seg.key)) continue
    const meant = suggestName(seg.key, [...held])
    // A slip is an edit or two: `firstName` on records holding only `lastName` (three) is another field, never "meant".
    const slip = meant && meant !== seg.key && editDistance(seg.key.toLowerCase(), meant.toLowerCase()) <= 2
    return slip ? { missing: seg.key, meant } : undefined
  }
  return undefined
}

/** Every key of the objects a path prefix reaches in the records (the records' own keys for an empty prefix). */
function keysAt(records: readonly Record<string, unknown>[], prefix: Segment[]): Set<string> {
  const keys = new Set<string>()
  for (const record of records) {
    const containers = prefix.length === 0 ? [record] : matchPath(record, prefix).map((m) => m.value)
    for (const c of containers) if (c && typeof c === "object" && !Array.isArray(c)) for (const k of Object.keys(c)) keys.add(k)
  }
  return keys
}

/**
 * Refuses a matrix whose rule reaches nothing in the first page of records while they hold a key a slip away from the
 * rule's (`emial` for `email`): the job would report success with every email left as it was. A key the matrix keeps
 * (`keep`) or another rule names is not taken for the one meant. Nothing is written before this.
 */
export function refuseSlippedRules(matrix: Matrix, records: readonly SourceRecord[], where: string, job: JobKinds = {}): void {
  const data = records.filter((r) => !r.error).map((r) => r.data)
  if (data.length === 0) return
  const named = new Set([...matrix.fields.map((f) => f.path), ...(matrix.keep ?? [])])
  for (const rule of matrix.fields) {
    const slip = meantKey(data, rule.path)
    if (!slip || named.has(rule.path.replace(slip.missing, slip.meant))) continue
    throw new ConfigError(
      "matrix",
      `${where}: the rule on "${rule.path}" reaches no field of the first ${data.length} record(s), which hold "${slip.meant}": did you mean it? Nothing was written; correct the rule's path`,
    )
  }
  // A kept path that slipped (`chanel`, `createdat`) dropped that field from every exported line, exit 0.
  for (const [i, kept] of (matrix.keep ?? []).entries()) {
    const slip = meantKey(data, kept)
    if (!slip || named.has(kept.replace(slip.missing, slip.meant))) continue
    throw new ConfigError("matrix", `${where}: keep[${i}] "${kept}" reaches no field of the first ${data.length} record(s), which hold "${slip.meant}": did you mean ${slip.meant}? Nothing was written; correct the kept path`)
  }
  for (const [i, subject] of (matrix.subjects ?? []).entries()) {
    const slip = meantKey(data, subject.path)
    if (slip) throw new ConfigError("matrix", `${where}: subjects[${i}] "${subject.path}" reaches no field of the first ${data.length} record(s), which hold "${slip.meant}": did you mean it? Nothing was written or erased; correct the subject's path`)
  }
  for (const rule of matrix.fields) for (const condition of conditionsOf(rule)) refuseSlippedCondition(rule.path, condition, data, where)
  for (const rule of matrix.fields) refuseMistypedReplace(rule, data, where)
  // An erasure erases each contact whatever its fields: a matrix that names none of them changes nothing it does.
  if (job.target !== "erasure") refuseUnreached(matrix, data, where, job.source)
}

/** The source and target of the job a first page is checked for (said in a refusal, and an erasure not asked). */
export interface JobKinds {
  source?: string
  target?: string
}

/**
 * Refuses a matrix none of whose rules reaches any field of the first page, while its records hold fields besides an
 * id: the job would report every contact done and change nothing (gdpr over DFO messages exported records of an id
 * alone, exit 0). The matrix's paths and the records' top-level keys are named, never a value.
 */
function refuseUnreached(matrix: Matrix, data: readonly Record<string, unknown>[], where: string, source?: string): void {
  const paths = [...matrix.fields.map((f) => f.path), ...(matrix.subjects ?? []).map((s) => s.path)]
  if (matrix.fields.length === 0 || paths.some((path) => data.some((record) => matchPath(record, parsePath(path)).length > 0))) return
  const keys = [...keysAt(data, [])]
  if (keys.every((key) => key === "id")) return
  const list = (names: string[]) => `${names.slice(0, 12).join(", ")}${names.length > 12 ? `, and ${names.length - 12} more` : ""}`
  throw new ConfigError(
    "matrix",
    `${where} names no field of the first ${data.length} record(s) of ${source ? `source ${source}` : "the source"}: it names ${list([...new Set(paths)])}; the records hold ${list(keys)}. Nothing was written; give a matrix written for this source${source === "messages" ? " (e.g. --matrix messages)" : ""}`,
  )
}

const conditionsOf = (rule: Rule): Condition[] => (rule.when === undefined ? [] : Array.isArray(rule.when) ? rule.when : [rule.when])

/**
 * A rule's condition that can never hold on the first page for a slip: its field a slip away from the one the records
 * hold beside the rule's values (`nmae` for `name`), or every value it lists in another case than the records' (`accountnumber`
 * where they hold `accountNumber`) or with other white space around it (`"accountNumber "`). The rule would be skipped on every record, and the data it names left as it was.
 */
function refuseSlippedCondition(path: string, condition: Condition, data: readonly Record<string, unknown>[], where: string): void {
  const fromRoot = condition.field.startsWith("$.")
  const parts = (fromRoot ? condition.field.slice(2) : condition.field).split(".").map((key) => ({ key }))
  const at = [...(fromRoot ? [] : parsePath(path).slice(0, -1)), ...parts]
  const slip = meantKey(data, at)
  if (slip) throw new ConfigError("matrix", `${where}: the rule on "${path}" has a when on "${condition.field}", which the first ${data.length} record(s) do not hold where it is read; they hold "${slip.meant}": did you mean it? Nothing was written; correct the condition's field`)
  const values = data.flatMap((record) => matchPath(record, at).map((m) => m.value))
  refuseMistypedCondition(path, condition, values, data.length, where)
  refuseCasedPattern(path, condition, values, data.length, where)
  const listed = "equals" in condition ? [condition.equals] : condition.in
  if (!listed?.length || !listed.every((v) => typeof v === "string")) return
  const held = new Set(data.flatMap((record) => matchPath(record, at).map((m) => m.value)).filter((v): v is string => typeof v === "string"))
  if (listed.some((v) => held.has(v as string))) return
  // Folded as a slip would differ: in case, or by white space around the value ("accountNumber " for `accountNumber`).
  const fold = (v: string) => v.trim().toLowerCase()
  const folded = new Map([...held].map((v) => [fold(v), v]))
  const index = listed.findIndex((v) => folded.has(fold(v as string)))
  if (index < 0) return
  const given = listed[index] as string
  const meant = folded.get(fold(given))!
  const spaced = given.trim() !== given || meant.trim() !== meant
  // The value is named by its position, never quoted (a condition's value may be personal data).
  const which = "equals" in condition ? "equals" : `in[${index}]`
  const how = [spaced && `with other white space around them (${which})`, given.trim() !== meant.trim() && "in another case"].filter(Boolean).join(" and ")
  throw new ConfigError("matrix", `${where}: the rule on "${path}" has a when on "${condition.field}" whose values the first ${data.length} record(s) never hold as written, but ${how}: a condition compares exactly. Nothing was written; write each value as the records do`)
}

const A_KIND: Record<string, string> = { string: "a string", number: "a number", boolean: "a boolean", object: "an object", array: "a list" }
const KINDS: Record<string, string> = { string: "strings", number: "numbers", boolean: "booleans", object: "objects", array: "lists" }
/** The kinds of the non-null values, as a message names them ("strings and numbers"). */
const heldKinds = (values: readonly unknown[]) => new Set<string>(values.filter((v) => v !== null && v !== undefined).map(kindOf))
const named = (kinds: Iterable<string>) => [...kinds].map((k) => KINDS[k] ?? k).join(" and ")

/**
 * A condition whose `equals`/`in` values are of another type than every value the first page holds at its field (`1`
 * where the records hold `"1"`), or a `matches` on a field holding no string: it never holds, and the rule is skipped
 * on every record. A listed null may hold where the field is null, and is let be.
 */
function refuseMistypedCondition(path: string, condition: Condition, values: readonly unknown[], n: number, where: string): void {
  const held = heldKinds(values)
  if (held.size === 0) return
  const listed = "equals" in condition ? [condition.equals] : condition.in
  const kinds = listed ? [...new Set(listed.map(kindOf))] : condition.matches !== undefined ? ["string"] : []
  if (kinds.length === 0 || kinds.includes("null") || kinds.some((k) => held.has(k))) return
  const what =
    condition.matches !== undefined ? "matches reads strings only" : "equals" in condition ? `equals is ${A_KIND[kinds[0]!] ?? kinds[0]}` : `in lists only ${named(kinds)}`
  throw new ConfigError(
    "matrix",
    `${where}: the rule on "${path}" has a when on "${condition.field}" whose ${what}, while the first ${n} record(s) hold only ${named(held)} there: a condition compares type and all (1 never equals "1"). Nothing was written; write each value as the records do`,
  )
}

/**
 * A `matches` that no string of the first page matches as written, while one would in another case (`^cardnumber$`
 * where the records hold `cardNumber`): the rule would be skipped on every record. The pattern is not quoted back.
 */
function refuseCasedPattern(path: string, condition: Condition, values: readonly unknown[], n: number, where: string): void {
  if (condition.matches === undefined) return
  const strings = values.filter((v): v is string => typeof v === "string")
  let exact: RegExp, folded: RegExp
  try {
    exact = new RegExp(condition.matches)
    folded = new RegExp(condition.matches, "i")
  } catch {
    return
  }
  if (strings.some((s) => exact.test(s)) || !strings.some((s) => folded.test(s))) return
  throw new ConfigError(
    "matrix",
    `${where}: the rule on "${path}" has a when on "${condition.field}" whose matches the first ${n} record(s) never hold as written, but in another case: a pattern compares case for case. Nothing was written; write the pattern in the records' case (for either case, list both: [Aa]ccount)`,
  )
}

/**
 * A `replace` whose constant is of another type than every value the first page holds at the rule's path (`5` for a
 * string field): each contact would be rejected for a changed type, the job failing at run time. Null deletes any type.
 */
function refuseMistypedReplace(rule: Rule, data: readonly Record<string, unknown>[], where: string): void {
  const params = rule.params ?? {}
  if (rule.transform !== "replace" || !Object.hasOwn(params, "value") || params.value === null) return
  const held = heldKinds(data.flatMap((record) => matchPath(record, parsePath(rule.path)).map((m) => m.value)))
  const kind = kindOf(params.value)
  if (held.size === 0 || held.has(kind)) return
  throw new ConfigError(
    "matrix",
    `${where}: the rule on "${rule.path}" replaces with ${A_KIND[kind] ?? kind}, while the first ${data.length} record(s) hold only ${named(held)} there: a value must keep its type, and every contact would be rejected. Nothing was written; give params.value as ${A_KIND[[...held][0]!] ?? "the field's type"}, or null to delete the value`,
  )
}

/**
 * The source with its first page already read and checked with `refuseSlippedRules`, before anything is stored or
 * written; its `pages()` then yields that page and reads on from the same listing (no second request for it). It can be
 * read through once.
 */
export async function firstPageChecked(source: Source, matrix: Matrix, where: string, target?: string): Promise<Source> {
  const listing = source.pages()[Symbol.asyncIterator]()
  const first = await listing.next()
  try {
    if (!first.done) refuseSlippedRules(matrix, first.value, where, { source: source.name, target })
  } catch (error) {
    // Refused: the listing is closed (a JSONL file's handle), not left for the collector.
    await listing.return?.()
    throw error
  }
  // On the source, not a spread copy of it: a plan-scoped source inherits `get` and `name` (plan-scope.ts), which the
  // target made from this one reads (a patch target with no `get` refused every approved plan's run).
  const checked: Source = Object.create(source)
  checked.pages = async function* () {
    if (first.done) return
    try {
      yield first.value
      for (let next = await listing.next(); !next.done; next = await listing.next()) yield next.value
    } finally {
      // Left early (an interruption, a page that threw): the listing is closed, as `for await` closes its own.
      await listing.return?.()
    }
  }
  return checked
}

/**
 * The same check for a job whose pages are read elsewhere (a split job's partitions, by workers): its first page is
 * read here, before anything is queued or stored, and the listing closed.
 */
export async function checkFirstPage(source: Source, matrix: Matrix, where: string, target?: string): Promise<void> {
  const listing = source.pages()[Symbol.asyncIterator]()
  try {
    const first = await listing.next()
    if (!first.done) refuseSlippedRules(matrix, first.value, where, { source: source.name, target })
  } finally {
    await listing.return?.()
  }
}
