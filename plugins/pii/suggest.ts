import { ConfigError } from "../../core/index.ts"
import type { PathTally } from "./scan-tally.ts"

/** A matrix rule as `--suggest` drafts it. */
export interface DraftRule {
  path: string
  transform: string
  when?: { field: "name"; in: string[] }
}

export interface DraftMatrix {
  name: string
  description: string
  target: "patch" | "export"
  fields: DraftRule[]
}

// A matrix path's grammar and the keys no path may name, as plugins/anonymize/matrix/path.ts reads them (a plugin
// imports no other's folder): a draft rule of another path was refused by every matrix command it was given to.
const PATH_GRAMMAR = /^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*|\[(\*|0|[1-9]\d*)\])*$/
const NEVER_NAMED = /(^|\.)(__proto__|constructor|prototype)(?=$|[.[])/
const matrixPath = (path: string) => PATH_GRAMMAR.test(path) && !NEVER_NAMED.test(path)

const wildcard = (path: string) => path.replace(/\[\d+\]/g, "[*]")

/** What a matrix's rules name (array indices as `[*]`): paths always transformed, and paths only `when` a condition holds. */
export interface Coverage {
  always: string[]
  when: string[]
  /** Per path: the item names its `when: {field: "name", equals | in}` rules cover. */
  names: Record<string, string[]>
}

/** The paths a matrix's rules name; refused when it is no matrix. */
export function coveredPaths(matrix: unknown, name: string): Coverage {
  const fields = (matrix as { fields?: unknown } | null)?.fields
  if (!Array.isArray(fields)) throw new ConfigError("pii", `${name} is not a field matrix (no "fields" list): name a matrix file or a shipped matrix`)
  const out: Coverage = { always: [], when: [], names: {} }
  for (const rule of fields as { path?: unknown; when?: { field?: unknown; equals?: unknown; in?: unknown } }[]) {
    if (!rule || typeof rule.path !== "string") continue
    const path = wildcard(rule.path)
    if (rule.when === undefined) out.always.push(path)
    else {
      out.when.push(path)
      if (rule.when?.field === "name") {
        const names = [rule.when.equals, ...(Array.isArray(rule.when.in) ? rule.when.in : [])].filter((n): n is string => typeof n === "string")
        ;(out.names[path] ??= []).push(...names)
      }
    }
  }
  return out
}

/** A rule at `rule` covers `path` itself and everything under it. */
const under = (path: string, rules: readonly string[]) => rules.some((r) => path === r || path.startsWith(`${r}.`) || path.startsWith(`${r}[`))

/** Item names with findings at a path that no `when` rule of the matrix names. */
export const uncoveredNames = (path: string, names: Record<string, number>, coverage: Coverage): string[] =>
  Object.keys(names).filter((n) => !(coverage.names[path] ?? []).includes(n)).sort()

/**
 * "yes" when a rule always transforms the path (or `when` rules name every item name found there),
 * "when" when conditional rules name it but not every case found, else "no".
 */
export function coverageOf(path: string, coverage: Coverage, names: Record<string, number> = {}): "yes" | "when" | "no" {
  if (under(path, coverage.always)) return "yes"
  if (!under(path, coverage.when)) return "no"
  return Object.keys(names).length && !uncoveredNames(path, names, coverage).length ? "yes" : "when"
}

/**
 * Field names that name a person's data whatever the value looks like: a surname alone (`Oyelaran`) or a number in its
 * national form holds no finding the recognizers can tell from an id, but under `lastName` or `fromAddress` it is the
 * contact's own. Compared lower case without separators; `name` alone is not here (a custom field's `name` is its label).
 */
const PERSONAL_KEYS = new Set([
  "firstname", "lastname", "fullname", "surname", "forename", "givenname", "familyname", "middlename", "customername", "contactname",
  "email", "emailaddress", "phone", "phonenumber", "mobile", "mobilenumber", "cellphone", "fromaddress", "ani", "callerid",
  "dateofbirth", "dob", "birthdate", "street", "streetaddress", "postcode", "postalcode", "zipcode",
])
const personalKey = (path: string) => PERSONAL_KEYS.has((/([A-Za-z_-]+)(?:\[\*\])?$/.exec(path)?.[1] ?? "").replace(/[_-]/g, "").toLowerCase())

/**
 * A draft matrix with one rule per field where PII was found (or whose name names a person's data, see PERSONAL_KEYS) and no rule of
 * `covered` always applies (a `when` rule may leave items out: those are drafted too): a field that is PII as a whole is emptied (`nullify`);
 * free text gets `scrub` when the runtime has that transform (only the
 * findings replaced), else `redact`. Its target is `export` for a source that
 * cannot be written back (DFO messages). A draft to review, not a policy.
 */
export function suggestMatrix(paths: readonly PathTally[], options: { covered?: Coverage; scrub: boolean; target?: "patch" | "export"; unwritable?: string[] }): DraftMatrix {
  const fields: DraftRule[] = []
  for (const t of paths) {
    const covered = options.covered ? coverageOf(t.path, options.covered, t.names) : "no"
    if (!t.path || covered === "yes" || !(t.withFindings || (t.values > 0 && personalKey(t.path)))) continue
    if (!matrixPath(t.path)) {
      options.unwritable?.push(t.path)
      continue
    }
    const freeText = t.partial > 0
    const rule: DraftRule = { path: t.path, transform: freeText ? (options.scrub ? "scrub" : "redact") : "nullify" }
    // Only the item names the matrix leaves out, when it already names some.
    const names = covered === "when" && options.covered ? uncoveredNames(t.path, t.names, options.covered) : []
    fields.push(names.length ? { ...rule, when: { field: "name", in: names } } : rule)
  }
  fields.sort((a, b) => a.path.localeCompare(b.path))
  return {
    name: "pii-draft",
    description: "Drafted by cxedge pii scan --suggest: one rule for each field where PII was found or whose name names personal data. Review it before use.",
    target: options.target ?? "patch",
    fields,
  }
}
