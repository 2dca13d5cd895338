import * as v from "valibot"
import { CxedgeError, ValidationError } from "../errors.ts"
import type { KeyRing, Transform } from "../plugin.ts"
import { compileCondition, conditionsHold, type CompiledCondition } from "./conditions.ts"
import { describeIssues } from "./issues.ts"
import { normalize, phoneRegion } from "./normalize.ts"
import { overlapIssues } from "./overlap.ts"
import { kindOf, matchPath, parsePath, type Match, type Segment } from "./path.ts"
import { projectRecord, type Location, type Projection } from "./project.ts"
import { unknownSettingKey } from "../settings-keys.ts"
import { MatrixFileSchema, MatrixSchema, SeedDirectiveSchema, type Matrix, type Rule } from "./schema.ts"
import { fromSeedDirectives } from "./seed.ts"

export interface MatrixIssue {
  /** Where in the matrix: `fields[2] (email) params.keyId`. */
  where: string
  message: string
}

export interface FieldChange {
  path: string
  transform: string
  keyId?: string
  before: unknown
  after: unknown
  /** The value already was this transform's output: nothing was done to it. */
  already: boolean
  reversible: boolean
}

export interface FieldProblem {
  path: string
  transform: string
  code: string
  reason: string
}

/** One record's plan: the anonymized copy (the input is never mutated) and what happened per field. */
export interface Plan {
  output: Record<string, unknown>
  changes: FieldChange[]
  problems: FieldProblem[]
  /** Every value a rule applied to (its condition held), null ones included: what an export keeps. */
  covered: Location[]
}

interface CompiledRule {
  rule: Rule
  segments: Segment[]
  /** Set for a plain top-level field: the hot path skips the path walker. */
  field?: string
  transform: Transform<any>
  params: unknown
  keyId?: string
  when: CompiledCondition[]
}

export interface CompiledMatrix {
  matrix: Matrix
  warnings: string[]
  /** Names of the transforms used, in rule order. */
  transforms: string[]
  plan(record: Record<string, unknown>): Plan | Promise<Plan>
  /** The export copy of a planned record under the matrix's `unlisted` and `keep` (see projectRecord). */
  project(plan: Plan): Projection
}

export interface CompileOptions {
  transforms: ReadonlyMap<string, Transform<any>>
  keys: KeyRing
}

const LOW_ENTROPY = /phone|email|mail|name|address|ani|dnis|msisdn|from|to/i

/** Reads a matrix file's JSON (native or seed directive format) into a Matrix, or lists what is wrong. */
export function readMatrix(json: unknown): { matrix?: Matrix; issues: MatrixIssue[] } {
  if (json && typeof json === "object" && "directives" in json) {
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

/**
 * Checks every rule (path, transform, params, key, condition), that no two
 * rules can reach the same value (see overlapIssues), the `keep` paths and
 * the phone region, and collects all issues and warnings.
 */
export function checkMatrix(matrix: Matrix, options: CompileOptions): { rules: CompiledRule[]; issues: MatrixIssue[]; warnings: string[] } {
  const issues: MatrixIssue[] = [...regionIssues(matrix)]
  const warnings: string[] = []
  const rules: CompiledRule[] = []
  const shapes: Parameters<typeof overlapIssues>[0] = []
  matrix.fields.forEach((rule, i) => {
    const where = `fields[${i}] (${rule.path})`
    const bad = pathIssue(rule.path)
    if (bad) {
      issues.push({ where, message: bad })
      return
    }
    const segments: Segment[] = parsePath(rule.path)
    const conditions = rule.when === undefined ? [] : Array.isArray(rule.when) ? rule.when : [rule.when]
    // An empty list of conditions would make the rule unconditional without saying so.
    if (Array.isArray(rule.when) && rule.when.length === 0) {
      issues.push({ where: `${where} when`, message: "is an empty list: remove when to apply the rule everywhere, or list conditions" })
      return
    }
    const when: CompiledCondition[] = []
    conditions.forEach((c, k) => {
      const vacuous = vacuousCondition(c as Record<string, unknown>)
      const compiled = vacuous ?? compileCondition(c)
      if (typeof compiled === "string") issues.push({ where: `${where} when${Array.isArray(rule.when) ? `[${k}]` : ""}`, message: compiled })
      else when.push(compiled)
    })
    if (when.length !== conditions.length) return
    shapes.push({ index: i, path: rule.path, segments, when })
    const transform = options.transforms.get(rule.transform)
    if (!transform) {
      issues.push({ where: `${where} transform`, message: `unknown transform "${rule.transform}": use one of ${[...options.transforms.keys()].join(", ")}` })
      return
    }
    const params = v.safeParse(transform.params, rule.params ?? {})
    if (!params.success) {
      for (const issue of params.issues) issues.push({ where: `${where} params${v.getDotPath(issue) ? `.${v.getDotPath(issue)}` : ""}`, message: issue.message })
      return
    }
    // valibot drops unknown keys: a typo'd param (keepstart, keyid) would silently run with the default.
    const unknownParam = unknownSettingKey(transform.params, rule.params ?? {})
    if (unknownParam) {
      const known = unknownParam.known.length ? `use one of ${unknownParam.known.join(", ")}` : `${rule.transform} takes no params: remove it`
      issues.push({ where: `${where} params.${unknownParam.path}`, message: `unknown param: ${known}` })
      return
    }
    let keyId: string | undefined
    if (transform.needsKey) {
      keyId = (params.output as { keyId?: string }).keyId ?? options.keys.current
      if (options.keys.ids().length === 0) {
        issues.push({ where: `${where} transform`, message: `${rule.transform} needs a secret key: set CXEDGE_HMAC_KEYS (e.g. k1:$(openssl rand -base64 32))` })
        return
      }
      if (!options.keys.get(keyId)) issues.push({ where: `${where} params.keyId`, message: `key "${keyId}" is not in CXEDGE_HMAC_KEYS` })
    }
    if (rule.transform === "hash" && LOW_ENTROPY.test(rule.path)) {
      warnings.push(`${where}: a salted hash of a phone number, email or name is brute-forceable (the salt is no secret): use hmac with a key from CXEDGE_HMAC_KEYS`)
    }
    const field = segments.length === 1 && "key" in segments[0]! ? segments[0].key : undefined
    rules.push({ rule, segments, field, transform, params: params.output, keyId, when })
  })
  issues.push(...overlapIssues(shapes))
  ;(matrix.keep ?? []).forEach((path, i) => {
    const bad = pathIssue(path)
    if (bad) issues.push({ where: `keep[${i}] (${path})`, message: bad })
  })
  ;(matrix.subjects ?? []).forEach((subject, i) => {
    const bad = pathIssue(subject.path)
    if (bad) issues.push({ where: `subjects[${i}] (${subject.path})`, message: bad })
  })
  if (matrix.unlisted === "keep") {
    warnings.push(`unlisted: "keep": an export copies every field no rule names, unanonymized: set "unlisted": "drop" and list the fields analytics needs in "keep"`)
  }
  return { rules, issues, warnings }
}

const NO_TRAIL: Match["trail"] = []


/**
 * Compiles a matrix against the registered transforms and the key ring.
 * Throws a ValidationError listing every issue; warnings (e.g. a salted
 * hash on a phone field) are returned for the caller to show.
 *
 * `plan(record)` never mutates its input: written containers are copied
 * along the written path only, so a record with large untouched branches
 * costs little.
 */
export function compileMatrix(matrix: Matrix, options: CompileOptions): CompiledMatrix {
  const { rules, issues, warnings } = checkMatrix(matrix, options)
  if (issues.length) {
    throw new ValidationError("matrix", `matrix "${matrix.name}" has ${issues.length} problem(s): ${issues.map((i) => `${i.where}: ${i.message}`).join("; ")}`)
  }
  const region = matrix.defaultRegion ?? matrix.defaultCountryCode
  const keep = (matrix.keep ?? []).map((p) => parsePath(p))
  const unlisted = matrix.unlisted ?? "drop"

  async function finish(plan: Plan, pending: Promise<void>[]) {
    await Promise.all(pending)
    return plan
  }

  return {
    matrix,
    warnings,
    transforms: rules.map((r) => r.transform.name),
    project: (plan) => projectRecord(plan.output, plan.covered, keep, unlisted),
    plan(record) {
      let root: Record<string, unknown> = record
      const copies = new WeakSet<object>()
      const changes: FieldChange[] = []
      const problems: FieldProblem[] = []
      const covered: Location[] = []
      const plan: Plan = { output: record, changes, problems, covered }
      const pending: Promise<void>[] = []

      const write = (trail: Match["trail"], key: string | number, value: unknown) => {
        if (!copies.has(root)) {
          root = { ...root }
          copies.add(root)
          plan.output = root
        }
        let cur: any = root
        for (const step of trail) {
          const existing = cur[step.key]
          if (!copies.has(existing)) {
            const copy = Array.isArray(existing) ? existing.slice() : { ...existing }
            copies.add(copy)
            cur[step.key] = copy
            cur = copy
          } else cur = existing
        }
        cur[key] = value
      }

      // Takes the match's parts rather than a Match object, so a plain field allocates none.
      const visit = (r: CompiledRule, path: string, value: unknown, parent: Match["parent"], key: string | number, trail: Match["trail"]) => {
        if (value === undefined) return
        if (r.when.length && !conditionsHold(r.when, parent, record)) return
        // Plain fields are recorded by name, so the hot path allocates nothing.
        covered.push(trail === NO_TRAIL ? (key as string) : [...trail.map((t) => t.key), key])
        if (value === null) return
        const name = r.transform.name
        if (r.transform.recognizes?.(value, r.params)) {
          changes.push({ path, transform: name, keyId: r.keyId, before: value, after: value, already: true, reversible: r.transform.reversible })
          return
        }
        let result: unknown
        try {
          const input = r.rule.normalize ? normalize(r.rule.normalize, value, path, region) : value
          result = r.transform.apply(input, r.params, { path, record, keys: options.keys })
        } catch (error) {
          problems.push({ path, transform: name, code: (error as { code?: string }).code ?? "E_TRANSFORM", reason: reasonOf(error, name, path, value) })
          return
        }
        const change: FieldChange = { path, transform: name, keyId: r.keyId, before: value, after: result, already: false, reversible: r.transform.reversible }
        changes.push(change)
        if (result instanceof Promise) {
          pending.push(
            result.then(
              (resolved) => {
                change.after = resolved
                write(trail, key, resolved)
              },
              (error) => {
                changes.splice(changes.indexOf(change), 1)
                problems.push({ path, transform: name, code: "E_TRANSFORM", reason: reasonOf(error, name, path, value) })
              },
            ),
          )
        } else write(trail, key, result)
      }

      for (const r of rules) {
        if (r.field !== undefined) visit(r, r.field, Object.hasOwn(root, r.field) ? root[r.field] : undefined, root, r.field, NO_TRAIL)
        else for (const m of matchPath(root, r.segments)) visit(r, m.path, m.value, m.parent, m.key, m.trail)
      }
      return pending.length ? finish(plan, pending) : plan
    },
  }
}

/** A reason that names the field and transform but never quotes the value. */
function reasonOf(error: unknown, transform: string, path: string, value: unknown): string {
  // Only our own errors are known to keep values out of their messages.
  if (!(error instanceof CxedgeError)) return `${transform} failed on the ${kindOf(value)} at ${path} (${(error as Error)?.name ?? "error"})`
  const message = error.message.replace(/^\[cxedge\] \[[^\]]+\] /, "")
  return message.includes(path) ? message : `${transform} cannot take the ${kindOf(value)} at ${path}: ${message}`
}
