import * as v from "valibot"
import type { Transform } from "../../../core/plugin.ts"
import { fromDefault, unknownSettingKey } from "../../../core/settings-keys.ts"
import { didYouMean } from "../../../core/config-check.ts"
import { issueRule } from "../../../core/route-input.ts"
import { compileCondition, type CompiledCondition } from "./conditions.ts"
import { describeIssues } from "./issues.ts"
import { phoneRegion } from "../../../core/normalize.ts"
import { keepIssue, overlapIssues, type RuleShape } from "./overlap.ts"
import { parsePath, type Segment } from "./path.ts"
import { MatrixFileSchema, MatrixSchema, SeedDirectiveSchema, type Matrix, type Rule } from "./schema.ts"
import { fromSeedDirectives } from "./seed.ts"
import type { CompileOptions, MatrixIssue } from "./types.ts"

/** A rule checked and ready to run: its parsed path, transform, params, key and conditions. */
export interface CompiledRule {
  rule: Rule
  segments: Segment[]
  /** Set for a plain top-level field: the hot path skips the path walker. */
  field?: string
  transform: Transform<any>
  params: unknown
  keyId?: string
  when: CompiledCondition[]
}

const LOW_ENTROPY = /phone|email|mail|name|address|ani|dnis|msisdn|from|to/i

/** Reads a matrix file's JSON (native or seed directive format) into a Matrix, or lists what is wrong. */
export function readMatrix(json: unknown): { matrix?: Matrix; issues: MatrixIssue[] } {
  // A list, a string or a number is no matrix at all: say so, not which of a matrix's keys it lacks.
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    const kind = json === null ? "null" : Array.isArray(json) ? "a list" : `a ${typeof json}`
    return { issues: [{ where: "the matrix", message: `is ${kind}, not an object: write {"name": ..., "fields": [...]}` }] }
  }
  if ("directives" in json) {
    const seed = v.safeParse(MatrixFileSchema.options[1], json)
    if (!seed.success) return { issues: describeIssues(seed.issues, json) }
    const problems = seedIssues(json as Record<string, unknown>)
    if (problems.length) return { issues: problems }
    return { matrix: fromSeedDirectives(seed.output), issues: [] }
  }
  const parsed = v.safeParse(MatrixSchema, json)
  if (!parsed.success) return { issues: describeIssues(parsed.issues, json) }
  return { matrix: parsed.output, issues: [] }
}

const SEED_KEYS = ["$schema", "name", "directives"]
const DIRECTIVE_KEYS = Object.keys(SeedDirectiveSchema.entries)

/**
 * What the seed schema's loose parse lets through: an unknown key (a typo'd `mask_kepe` would run
 * with the default), `fields` beside `directives` (one of them would be ignored), no directives.
 */
function seedIssues(json: Record<string, unknown>): MatrixIssue[] {
  const issues: MatrixIssue[] = []
  for (const key of Object.keys(json)) {
    if (key === "fields") issues.push({ where: "(root)", message: `a matrix holds "fields" (native format) or "directives" (the seed's format), not both: keep one` })
    else if (!SEED_KEYS.includes(key)) issues.push({ where: "(root)", message: `unknown key "${key}": use one of ${SEED_KEYS.join(", ")}` })
  }
  const directives = json.directives as Record<string, unknown>
  if (!Object.keys(directives).length) issues.push({ where: "directives", message: "holds no directive: add one, e.g. { \"email\": { \"field_name\": \"email\", \"transform\": \"nullify\" } }" })
  for (const [name, directive] of Object.entries(directives)) {
    for (const key of Object.keys(directive as object)) {
      if (!DIRECTIVE_KEYS.includes(key)) issues.push({ where: `directives.${name}`, message: `unknown key "${key}": use one of ${DIRECTIVE_KEYS.join(", ")}` })
    }
  }
  return issues
}

/** A rule, `keep` or `subjects` path: its syntax (parsePath), and no `$.` (a `when` field's root marker; paths start at the root already). */
function pathIssue(path: string): string | undefined {
  if (path.startsWith("$")) return `field path "${path}" starts with "$": paths already start at the record's root (only a when's field uses $.): write ${path.replace(/^\$\.?/, "") || "a field name"}`
  try {
    parsePath(path)
    return undefined
  } catch (error) {
    return (error as Error).message.replace(/^\[cxedge\] \[matrix\] /, "")
  }
}

/** A condition that can never hold (`in: []`) or always holds (`notIn: []`) is a mistake, not a rule. */
function vacuousCondition(c: Record<string, unknown>): string | undefined {
  if (Array.isArray(c.in) && c.in.length === 0) return `"in": [] never holds, so the rule would never apply: list the values, or remove the rule`
  if (Array.isArray(c.notIn) && c.notIn.length === 0) return `"notIn": [] always holds: list the values, or remove the condition`
  return undefined
}

/** The phone region a matrix reads national numbers in, or an issue when its setting names none. */
function regionIssues(matrix: Matrix): MatrixIssue[] {
  if (matrix.defaultRegion !== undefined && matrix.defaultCountryCode !== undefined) {
    return [{ where: "defaultRegion", message: "set defaultRegion or defaultCountryCode, not both" }]
  }
  if (matrix.defaultRegion !== undefined && !phoneRegion(matrix.defaultRegion)) {
    return [{ where: "defaultRegion", message: `"${matrix.defaultRegion}" is not a region in the numbering plan: use an ISO 3166 code such as GB, US, DE` }]
  }
  if (matrix.defaultCountryCode !== undefined && !phoneRegion(matrix.defaultCountryCode)) {
    return [{ where: "defaultCountryCode", message: `"${matrix.defaultCountryCode}" is not a country calling code: use one such as 44, 1, 49 (or defaultRegion)` }]
  }
  return []
}

/** What checking the rules collects, in rule order. */
interface Checked {
  rules: CompiledRule[]
  issues: MatrixIssue[]
  warnings: string[]
  shapes: RuleShape[]
}

/** A rule's `when`, compiled, or undefined once its issues are noted. */
function checkWhen(rule: Rule, where: string, out: Checked): CompiledCondition[] | undefined {
  const conditions = rule.when === undefined ? [] : Array.isArray(rule.when) ? rule.when : [rule.when]
  // An empty list of conditions would make the rule unconditional without saying so.
  if (Array.isArray(rule.when) && rule.when.length === 0) {
    out.issues.push({ where: `${where} when`, message: "is an empty list: remove when to apply the rule everywhere, or list conditions" })
    return undefined
  }
  const when: CompiledCondition[] = []
  conditions.forEach((c, k) => {
    const vacuous = vacuousCondition(c as Record<string, unknown>)
    const compiled = vacuous ?? compileCondition(c)
    if (typeof compiled === "string") out.issues.push({ where: `${where} when${Array.isArray(rule.when) ? `[${k}]` : ""}`, message: compiled })
    else when.push(compiled)
  })
  return when.length === conditions.length ? when : undefined
}

/**
 * The normalizers each built-in transform can use (a plugin's transform is not listed, and may take either): nullify,
 * redact and replace never read the value, so a rule's normalize only made a value it could not read refused instead
 * of deleted; pan and the time units read digits or timestamps, which normalize cannot give them.
 */
const NORMALIZED_BY: Record<string, (params: { to?: string }) => readonly string[]> = {
  nullify: () => [],
  redact: () => [],
  replace: () => [],
  pan: () => [],
  generalize: (p) => (p.to === "email-domain" ? ["email"] : p.to === "phone-country" ? ["e164"] : []),
}

const describeRuleTransform = (rule: Rule) => (rule.transform === "generalize" ? `generalize to ${(rule.params as { to?: string }).to}` : rule.transform)

/** A rule's transform, params and key; the rule joins `out.rules` only when all of them are sound. */
function checkTransform(rule: Rule, where: string, segments: Segment[], when: CompiledCondition[], options: CompileOptions, out: Checked): void {
  const transform = options.transforms.get(rule.transform)
  if (!transform) {
    out.issues.push({ where: `${where} transform`, message: `unknown transform "${rule.transform}"${didYouMean(String(rule.transform), [...options.transforms.keys()])}: use one of ${[...options.transforms.keys()].join(", ")}` })
    return
  }
  const params = v.safeParse(transform.params, rule.params ?? {})
  if (!params.success) {
    for (const issue of params.issues) {
      const at = `${where} params${v.getDotPath(issue) ? `.${v.getDotPath(issue)}` : ""}`
      // The transform's own default, refused as if the matrix held it: the plugin's mistake, not the matrix's.
      if (fromDefault(issue, rule.params ?? {})) out.issues.push({ where: at, message: `${rule.transform}'s own default is not valid (${issueRule(issue).replace(/: [^:]*$/, "")}): fix the plugin that declares ${rule.transform}, or give the param` })
      else out.issues.push({ where: at, message: issueRule(issue) })
    }
    return
  }
  // valibot drops unknown keys: a typo'd param (keepstart, keyid) would silently run with the default.
  const unknownParam = unknownSettingKey(transform.params, rule.params ?? {})
  if (unknownParam) {
    const known = unknownParam.known.length ? `use one of ${unknownParam.known.join(", ")}` : `${rule.transform} takes no params: remove it`
    out.issues.push({ where: `${where} params.${unknownParam.path}`, message: `unknown param: ${known}` })
    return
  }
  let keyId: string | undefined
  let keyed: unknown
  try {
    keyed = typeof transform.needsKey === "function" ? transform.needsKey(params.output) : transform.needsKey
  } catch (error) {
    // A plugin's needsKey that threw was "unexpected error: <its message>" for the whole matrix.
    out.issues.push({ where: `${where} transform`, message: `${rule.transform}'s needsKey failed (${error instanceof Error ? error.name : typeof error}): fix the plugin that declares ${rule.transform}` })
    return
  }
  if (keyed) {
    keyId = (params.output as { keyId?: string }).keyId ?? options.keys.current
    if (options.keys.ids().length === 0) {
      out.issues.push({ where: `${where} transform`, message: `${rule.transform} needs a secret key: set CXEDGE_HMAC_KEYS (e.g. k1:$(openssl rand -base64 32))` })
      return
    }
    if (!options.keys.get(keyId)) out.issues.push({ where: `${where} params.keyId`, message: `key "${keyId}" is not in CXEDGE_HMAC_KEYS` })
  }
  const takes = rule.normalize && NORMALIZED_BY[rule.transform]?.(params.output as { to?: string })
  if (rule.normalize && takes && !takes.includes(rule.normalize)) {
    out.issues.push({ where: `${where} normalize`, message: takes.length
      ? `${describeRuleTransform(rule)} reads ${takes[0] === "email" ? "an email address" : "a phone number"}, not what "normalize": "${rule.normalize}" makes: use "normalize": "${takes[0]}" or remove it`
      : `${describeRuleTransform(rule)} does not use a normalized value, and a value "normalize" cannot read was refused instead of transformed: remove "normalize"` })
    return
  }
  if (rule.transform === "hash" && LOW_ENTROPY.test(rule.path)) {
    out.warnings.push(`${where}: a salted hash of a phone number, email or name is brute-forceable (the salt is no secret): use hmac with a key from CXEDGE_HMAC_KEYS`)
  }
  const field = segments.length === 1 && "key" in segments[0]! ? segments[0].key : undefined
  out.rules.push({ rule, segments, field, transform, params: params.output, keyId, when })
}

/**
 * Checks every rule (path, transform, params, key, condition), that no two
 * rules can reach the same value (see overlapIssues), the `keep` paths and
 * the phone region, and collects all issues and warnings.
 */
export function checkMatrix(matrix: Matrix, options: CompileOptions): { rules: CompiledRule[]; issues: MatrixIssue[]; warnings: string[] } {
  const out: Checked = { rules: [], issues: [...regionIssues(matrix)], warnings: [], shapes: [] }
  matrix.fields.forEach((rule, i) => {
    const where = `fields[${i}] (${rule.path})`
    const bad = pathIssue(rule.path)
    if (bad) return void out.issues.push({ where, message: bad })
    // The record's key: a target writes it as read (an export's `id`, a patch's address), never a rule's output.
    if (rule.path === "id") return void out.issues.push({ where, message: "is the record's id, which every target writes as read (a patch cannot change it, an export keeps it to join its source): remove the rule" })
    const segments = parsePath(rule.path)
    const when = checkWhen(rule, where, out)
    if (!when) return
    out.shapes.push({ index: i, path: rule.path, segments, when })
    checkTransform(rule, where, segments, when, options, out)
  })
  out.issues.push(...overlapIssues(out.shapes))
  ;(matrix.keep ?? []).forEach((path, i) => {
    const bad = pathIssue(path)
    const first = matrix.keep!.indexOf(path)
    const twice = first < i ? `repeats keep[${first}]: list each path once` : undefined
    const message = bad ?? twice ?? keepIssue(parsePath(path), out.shapes)
    if (message) out.issues.push({ where: `keep[${i}] (${path})`, message })
  })
  ;(matrix.subjects ?? []).forEach((subject, i) => {
    const bad = pathIssue(subject.path)
    if (bad) out.issues.push({ where: `subjects[${i}] (${subject.path})`, message: bad })
  })
  if (matrix.unlisted === "keep") {
    out.warnings.push(`unlisted: "keep": an export copies every field no rule names, unanonymized: set "unlisted": "drop" and list the fields analytics needs in "keep"`)
  }
  return { rules: out.rules, issues: out.issues, warnings: out.warnings }
}
