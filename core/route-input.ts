import * as v from "valibot"
import { didYouMean, quotedNumber, startOf } from "./config-check.ts"
import { dotted } from "./json-keys.ts"

/**
 * Route inputs are read strictly: a key or query parameter the route does
 * not know is refused, naming it and the closest known one, instead of
 * being dropped (a typo'd `paramters` would start a script with none, a
 * `maxQeue` would check health on the defaults). A repeated query parameter
 * is refused too: which of its values counts is not obvious.
 */

/** A route's refusal, answered as JSON with status 400 (or the route's own status for a payload). */
export interface RouteRefusal {
  error: string
  message: string
}

const quote = (key: string) => JSON.stringify(key.slice(0, 60))

// A key shaped as no field's name is (an email, a phone number, a name with a space) may be a person's data sent as
// a key: it was quoted back in the answer, which a client or a proxy logs. Such a name is said by its shape alone.
const NAME_SHAPED = /^[A-Za-z_$][\w$-]{0,59}$/
const UNNAMED = "(its name is not repeated: it has characters no field's name has, such as @, + or a space: data sent as a key?)"
const shown = (key: string, where = "") => (NAME_SHAPED.test(key) ? quote(where + key) : `${where ? `under ${where.slice(0, -1)} ` : ""}${UNNAMED}`)

/** The object schema a dotted issue path leads to, so an unknown nested key is compared with its siblings. */
function entriesAt(schema: v.GenericSchema, keys: readonly unknown[]): string[] {
  let at: any = schema
  for (const key of keys) {
    while (at && (at.type === "optional" || at.type === "nullable" || at.type === "nullish")) at = at.wrapped
    if (at?.type === "array") at = at.item
    else at = at?.entries?.[key as string]
  }
  while (at && (at.type === "optional" || at.type === "nullable" || at.type === "nullish")) at = at.wrapped
  return Object.keys(at?.entries ?? {})
}


/**
 * ` (did you mean "subjectEmail"?)` for a key that is one word of exactly one known field, its first or its last
 * (`email`, `phone`, `skill`, `contact`), or the singular of one (`entity`): a field sent by a word of its name, too
 * far from it for a slip of the keyboard.
 */
function wordOf(key: string, known: readonly string[]): string {
  if (key.length < 3) return ""
  const lower = key.toLowerCase()
  // A list's field sent by its singular (`entity` for `entities`, `recipient` for `recipients`) too.
  const plurals = [`${lower}s`, `${lower}es`, lower.replace(/y$/, "ies")]
  const words = known.filter((name) => {
    if (name.length <= key.length) return false
    const n = name.toLowerCase()
    return plurals.includes(n) || (n.startsWith(lower) && /[A-Z_]/.test(name[key.length]!)) || (n.endsWith(lower) && /[A-Z]/.test(name[name.length - key.length]!))
  })
  return words.length === 1 ? ` (did you mean "${words[0]}"?)` : ""
}

const kindOf = (value: unknown) =>
  value === undefined ? "missing" : value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : `a ${typeof value}`

/** Where an issue is, as a reader writes it: `policies[0].schedule` (valibot's dot path says `policies.0.schedule`). */
export const issuePath = (issue: v.BaseIssue<unknown>) => dotted((issue.path ?? []).map((step) => step.key))
const whereOf = (issue: v.BaseIssue<unknown>) => issuePath(issue) || "the body"

// valibot's `expected` for a type issue, as a reader says it: "(string | number)" is "a string or a number".
const NOUNS: Record<string, string> = { string: "a string", number: "a number", boolean: "true or false", Array: "a list", Object: "an object", null: "null" }
const nounOf = (expected: string) =>
  expected
    .replace(/^\((.*)\)$/, "$1")
    .split(" | ")
    .map((e) => NOUNS[e] ?? e)
    .join(" or ")

// A schema's own message (`v.number("must be a number")`) says the rule and what to send; valibot's defaults
// ("Invalid type: Expected ... but received ...") quote the value, so they are never passed on.
const ownMessage = (issue: v.BaseIssue<unknown>) => (/^must\b/.test(issue.message) ? issue.message : undefined)

/** A rule on a value (a length, a range, a format) broken, said without the value. */
function describeValidation(where: string, issue: v.BaseIssue<unknown>): string {
  const own = ownMessage(issue)
  const requirement = (issue as { requirement?: unknown }).requirement
  const unit = `${typeof issue.input === "string" ? "character" : "item"}${requirement === 1 ? "" : "s"}`
  if (issue.type === "max_length" || issue.type === "min_length" || issue.type === "length") {
    // The length is no part of the value: saying it tells the caller by how much to cut.
    const rule = own ?? `must be ${issue.type === "max_length" ? "at most" : issue.type === "min_length" ? "at least" : "exactly"} ${requirement} ${unit}`
    const has = `${issue.received} ${typeof issue.input === "string" ? "character" : "item"}${issue.received === "1" ? "" : "s"}`
    return issue.received === "0" ? `${where} is empty: it ${rule}` : `${where} is ${has} long: it ${rule}`
  }
  if (own) return `${where} ${own}`
  if (issue.type === "max_value") return `${where} must be at most ${requirement}`
  if (issue.type === "min_value") return `${where} must be at least ${requirement}`
  if (issue.type === "integer") return `${where} must be a whole number`
  if (issue.type === "regex") return `${where} is not in the expected format`
  return `${where} is not valid (${issue.type})`
}

/** The choices of a list's issue, from valibot's `expected` ("tag" | "indexed" | ...). */
const choicesOf = (issue: v.BaseIssue<unknown>): string[] => [...(issue.expected ?? "").matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string)
/** valibot's `expected` put as a list (`"tag" | "indexed"` is `"tag", "indexed"`). */
const expectedList = (issue: v.BaseIssue<unknown>) => issue.expected?.replace(/^\((.*)\)$/, "$1").replace(/ \| /g, ", ")
/** A list's rule: the schema's own words, else valibot's list put in words. */
const listRule = (issue: v.BaseIssue<unknown>) => (/^Invalid [\w ]+: /.test(issue.message) ? `must be one of ${expectedList(issue)}` : issue.message)

/**
 * What one valibot issue of a setting or a file (a plugin's settings, the
 * tenant, a matrix) asks for, to follow `where:`, never quoting the value. A
 * schema's own message is kept; valibot's defaults ("Invalid type: Expected
 * number but received "2"") are put in words.
 * @example `settings.pii.minScore: ${issueRule(issue)}` // "must be a number, not a string"
 */
export function issueRule(issue: v.BaseIssue<unknown>): string {
  // A slip of the keyboard in a list's value (entities ["email"], mode "tags") is answered with the one meant, as a flag's is.
  // A schema whose own words already say the choice meant (pii's Presidio names) is not given a second guess.
  if (/^(picklist|enum)$/.test(issue.type) && typeof issue.input === "string") return /\(did you mean /.test(issue.message) ? issue.message : `${listRule(issue)}${didYouMean(issue.input, choicesOf(issue)) || startOf(issue.input, choicesOf(issue))}`
  const key = String((issue.path?.at(-1) as { key?: unknown } | undefined)?.key ?? "")
  // A schema's own words for a number ("must be a number") sent in quotes: said as valibot's default is, below.
  if (!/^Invalid [\w ]+: /.test(issue.message)) return issue.type === "number" && typeof issue.input === "string" && !/not a string/.test(issue.message) ? `${issue.message}, not a string${quotedNumber(key, issue.input)}` : issue.message
  if (issue.type === "regex") return `must match ${issue.expected}`
  if (issue.kind === "validation") return describeValidation("", issue).trimStart()
  // valibot reports a missing key of an object as an issue of the object, with the key as `expected`.
  if (issue.input === undefined && /object$/.test(issue.type)) return "is missing: it is required"
  if (/^(picklist|enum|literal)$/.test(issue.type)) return `must be one of ${expectedList(issue)}`
  const quoted = issue.expected === "number" && typeof issue.input === "string" ? quotedNumber(key, issue.input) : ""
  return `must be ${nounOf(issue.expected ?? issue.type)}, not ${kindOf(issue.input)}${quoted}`
}

/**
 * The message for a failed parse of a route body, true for each kind of
 * issue and never quoting a value: an unknown key is named with the closest
 * known one, a missing one as missing, a value of the wrong type by its
 * kind, a value breaking a rule (too long, out of range, not one of a list)
 * with the rule.
 */
/**
 * Other names a caller may give a top-level field (the CLI's flag, another route's name for it): too far from the
 * field's own name for a slip of the keyboard, so said here. `{ to: "recipients", contactId: "contactNumber" }`.
 */
export type BodyAliases = Readonly<Record<string, string>>

export function describeBodyIssue(schema: v.GenericSchema, issue: v.BaseIssue<unknown>, aliases: BodyAliases = {}): string {
  const path = issue.path ?? []
  const last = path.at(-1) as { origin?: string; key?: unknown } | undefined
  if (issue.type === "strict_object" && last?.origin === "key") {
    const key = String(last.key)
    const parent = path.slice(0, -1).map((p) => p.key)
    const where = parent.length ? `${dotted(parent)}.` : ""
    // valibot reports a missing key the same way, with the key expected instead of "never".
    if (issue.expected !== "never") return `missing field ${quote(where + key)}`
    const known = entriesAt(schema, parent)
    const alias = !where && Object.hasOwn(aliases, key) ? ` (did you mean "${aliases[key]}"?)` : ""
    return `unknown field ${shown(key, where)}${alias || didYouMean(key, known) || wordOf(key, known)}: known fields are ${known.join(", ")}`
  }
  const where = whereOf(issue)
  if (issue.kind === "validation") return describeValidation(where, issue)
  // A value of the right type that is not one of a list (a mode, an entity type): the list is what to send.
  if ((issue.type === "picklist" || issue.type === "enum" || issue.type === "literal") && typeof issue.input === "string") {
    // A slip of the keyboard (mode "tagg", entities ["email"]) is answered with the choice meant, as a flag's is.
    const own = ownMessage(issue)
    return `${where} ${own ?? `must be one of ${expectedList(issue)}`}${own && /\(did you mean /.test(own) ? "" : didYouMean(issue.input, choicesOf(issue))}`
  }
  // A number or true/false sent in quotes ("0.5", "true"): said as the config file's is, without the value.
  const unquote = typeof issue.input === "string" && ((/\bnumber\b/.test(issue.expected ?? "") && /^-?\d+(\.\d+)?$/.test(issue.input.trim())) || (/\bboolean\b/.test(issue.expected ?? "") && /^(true|false)$/.test(issue.input.trim())))
  // An id sent as a number where the route reads a string (scriptId: 7, contactId: 5), the other way round.
  const quoteIt = typeof issue.input === "number" && Number.isFinite(issue.input) && /id$/i.test(where) && issue.expected === "string" && [undefined, "must be a string"].includes(ownMessage(issue))
  return `${where} must be ${ownMessage(issue)?.replace(/^must be /, "") ?? nounOf(issue.expected ?? issue.type)}, not ${kindOf(issue.input)}${unquote ? ": write it without quotes" : quoteIt ? ": write it in quotes, as a string of digits" : ""}`
}

/**
 * The refusal of a body declared as something other than JSON (415), or undefined when the declared type is
 * `application/json` or a `+json` type, a charset allowed. A body sent with no type, as text/plain (fetch's
 * default for a string) or as a form (curl -d's) is refused too: a route reading JSON says which type it reads.
 * @example
 * const refused = mediaRefusal(c.req.header("content-type"))
 * if (refused) return c.json(refused, 415)
 */
export function mediaRefusal(type: string | undefined, encoding?: string): RouteRefusal | undefined {
  // A body declared compressed (content-encoding: gzip) is read as it came: a gzipped one was "not valid JSON", a plain
  // one under that header was taken as if the header were not there. Neither is guessed at.
  const coding = encoding?.trim().toLowerCase()
  if (coding && coding !== "identity") {
    return { error: "unsupported_media_type", message: `the body is sent with content-encoding: ${coding.slice(0, 30)}: this route reads it uncompressed; send the JSON as it is, with no content-encoding` }
  }
  const declared = type?.split(";")[0]!.trim() ?? ""
  // JSON is UTF-8 (RFC 8259 §8.1), and the body is read as UTF-8 whatever is declared: a body declared latin1 was
  // read with its accented letters turned to replacement characters, and answered as if nothing was wrong.
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(type ?? "")?.[1]
  if (charset !== undefined && !/^utf-?8$/i.test(charset) && /^application\/([\w.+-]*\+)?json$/i.test(declared)) {
    return { error: "unsupported_media_type", message: `the body is declared charset=${JSON.stringify(charset.slice(0, 30))}: JSON is read as UTF-8; send it in UTF-8 (charset=utf-8, or no charset)` }
  }
  if (/^application\/([\w.+-]*\+)?json$/i.test(declared)) return undefined
  const sent = declared ? `sent as ${JSON.stringify(declared.slice(0, 60))}` : "sent with no content-type"
  return { error: "unsupported_media_type", message: `the body is ${sent}: send JSON with content-type: application/json` }
}

/**
 * A JSON body checked against a strict object schema. `shape` is how the
 * body should look, quoted in the refusal (`{skillId, scriptId | scriptPath}`).
 * @example
 * const body = parseBody(Body, await c.req.json().catch(() => undefined), "{contactNumber, recipients}")
 * if (!body.success) return c.json(body.refusal, 400)
 */
export function parseBody<S extends v.GenericSchema>(
  schema: S,
  json: unknown,
  shape: string,
  aliases?: BodyAliases,
): { success: true; output: v.InferOutput<S> } | { success: false; refusal: RouteRefusal } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    const got = json === undefined ? "the body is empty or not JSON" : `the body is ${kindOf(json)}, not a JSON object`
    return { success: false, refusal: { error: "invalid_body", message: `${got}: send ${shape}` } }
  }
  const parsed = v.safeParse(schema, json)
  if (parsed.success) return { success: true, output: parsed.output }
  // A typo'd key shows as an unknown key and a missing one: the unknown one, named with its closest known key, says what to fix.
  const issue = parsed.issues.find((i) => i.type === "strict_object" && i.expected === "never") ?? parsed.issues[0]
  // A rule broken by a value names what to send; a wrong shape is answered with the shape.
  const ruled = issue.kind === "validation" || (issue.kind === "schema" && typeof issue.input === "string" && /^(picklist|enum|literal)$/.test(issue.type))
  return { success: false, refusal: { error: "invalid_body", message: ruled ? describeBodyIssue(schema, issue, aliases) : `${describeBodyIssue(schema, issue, aliases)}: send ${shape}` } }
}

/**
 * Unknown or repeated query parameters, or undefined when the query holds
 * only `known` ones, each once. Routes that take none pass `[]`. A route
 * reading a JSON body passes its fields as `body`: one of them given in the
 * query string (POST /v1/inspect?text=...) is told it belongs in the body.
 * @example
 * const refused = checkQuery(c.req.queries(), ["maxQueue"], c.req.url)
 * if (refused) return c.json(refused, 400)
 */
export function checkQuery(query: Record<string, string[]>, known: readonly string[], url?: string, body: readonly string[] = []): RouteRefusal | undefined {
  // Most requests carry no query string: nothing to read then.
  if (url !== undefined && !url.includes("?")) return undefined
  // A parameter with no name (?=1, ?&=x) is dropped by the router's reading: it was taken in silence for none.
  if (url !== undefined && [...new URL(url).searchParams.keys()].includes("")) {
    return { error: "unknown_parameter", message: `a query parameter has no name (=... with nothing before it): ${known.length ? `remove it, or name it (this route takes ${known.join(", ")})` : "remove it (this route takes no query parameters)"}` }
  }
  for (const [name, values] of Object.entries(query)) {
    if (!known.includes(name)) {
      const takes = known.length ? `this route takes ${known.join(", ")}` : "this route takes no query parameters"
      // Sent as ?text=... where the route reads {"text": ...}: "unknown" alone gave no word of where it goes.
      const field = body.find((f) => f === name) ?? body.find((f) => f.toLowerCase() === name.toLowerCase())
      if (field !== undefined) {
        return { error: "unknown_parameter", message: `query parameter ${quote(name)} is a field of the JSON body: send it in the body, {"${field}": ...}, not in the query string (${takes})` }
      }
      return { error: "unknown_parameter", message: `unknown query parameter ${shown(name)}${didYouMean(name, known)}: ${takes}` }
    }
    if (values.length > 1) return { error: "repeated_parameter", message: `query parameter ${quote(name)} is given ${values.length} times: give it once` }
  }
  return undefined
}
