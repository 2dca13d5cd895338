import * as v from "valibot"
import { CxedgeError, ValidationError } from "../errors.ts"
import type { KeyRing, Transform } from "../plugin.ts"
import { normalize } from "./normalize.ts"
import { kindOf, matchPath, parsePath, type Match, type Segment } from "./path.ts"
import { MatrixFileSchema, MatrixSchema, type Condition, type Matrix, type Rule } from "./schema.ts"
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
}

interface CompiledRule {
  rule: Rule
  segments: Segment[]
  /** Set for a plain top-level field: the hot path skips the path walker. */
  field?: string
  transform: Transform<any>
  params: unknown
  keyId?: string
  when: Condition[]
  whenPatterns: (RegExp | undefined)[]
}

export interface CompiledMatrix {
  matrix: Matrix
  warnings: string[]
  /** Names of the transforms used, in rule order. */
  transforms: string[]
  plan(record: Record<string, unknown>): Plan | Promise<Plan>
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
    if (!seed.success) return { issues: seed.issues.map((i) => ({ where: v.getDotPath(i) ?? "(root)", message: i.message })) }
    return { matrix: fromSeedDirectives(seed.output), issues: [] }
  }
  const parsed = v.safeParse(MatrixSchema, json)
  if (!parsed.success) return { issues: parsed.issues.map((i) => ({ where: v.getDotPath(i) ?? "(root)", message: i.message })) }
  return { matrix: parsed.output, issues: [] }
}

/** Checks every rule (path, transform, params, key, condition) and collects all issues and warnings. */
export function checkMatrix(matrix: Matrix, options: CompileOptions): { rules: CompiledRule[]; issues: MatrixIssue[]; warnings: string[] } {
  const issues: MatrixIssue[] = []
  const warnings: string[] = []
  const rules: CompiledRule[] = []
  matrix.fields.forEach((rule, i) => {
    const where = `fields[${i}] (${rule.path})`
    let segments: Segment[] = []
    try {
      segments = parsePath(rule.path)
    } catch (error) {
      issues.push({ where, message: (error as Error).message.replace(/^\[cxedge\] \[matrix\] /, "") })
      return
    }
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
    let keyId: string | undefined
    if (transform.needsKey) {
      keyId = (params.output as { keyId?: string }).keyId ?? options.keys.current
      if (options.keys.ids().length === 0) {
        issues.push({ where: `${where} transform`, message: `${rule.transform} needs a secret key: set CXEDGE_HMAC_KEYS (e.g. k1:$(openssl rand -base64 32))` })
        return
      }
      if (!options.keys.get(keyId)) issues.push({ where: `${where} params.keyId`, message: `key "${keyId}" is not in CXEDGE_HMAC_KEYS` })
    }
    const when = rule.when === undefined ? [] : Array.isArray(rule.when) ? rule.when : [rule.when]
    const whenPatterns = when.map((c, k) => {
      if (c.matches === undefined) return undefined
      try {
        return new RegExp(c.matches)
      } catch {
        issues.push({ where: `${where} when[${k}].matches`, message: "not a valid regular expression" })
        return undefined
      }
    })
    if (rule.transform === "hash" && LOW_ENTROPY.test(rule.path)) {
      warnings.push(`${where}: a salted hash of a phone number, email or name is brute-forceable (the salt is no secret): use hmac with a key from CXEDGE_HMAC_KEYS`)
    }
    const field = segments.length === 1 && "key" in segments[0]! ? segments[0].key : undefined
    rules.push({ rule, segments, field, transform, params: params.output, keyId, when, whenPatterns })
  })
  return { rules, issues, warnings }
}

function read(root: unknown, path: string): unknown {
  let node: any = root
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined
    node = node[part]
  }
  return node
}

function holds(rule: CompiledRule, parent: Match["parent"], record: Record<string, unknown>): boolean {
  return rule.when.every((c, i) => {
    const value = c.field.startsWith("$.") ? read(record, c.field.slice(2)) : read(parent, c.field)
    if (c.exists !== undefined && (value !== undefined && value !== null) !== c.exists) return false
    if ("equals" in c && c.equals !== undefined && value !== c.equals) return false
    if (c.in && !c.in.includes(value)) return false
    if (c.notIn && c.notIn.includes(value)) return false
    const re = rule.whenPatterns[i]
    if (re && !(typeof value === "string" && re.test(value))) return false
    return true
  })
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
  const defaultCountryCode = matrix.defaultCountryCode

  async function finish(plan: Plan, pending: Promise<void>[]) {
    await Promise.all(pending)
    return plan
  }

  return {
    matrix,
    warnings,
    transforms: rules.map((r) => r.transform.name),
    plan(record) {
      let root: Record<string, unknown> = record
      const copies = new WeakSet<object>()
      const changes: FieldChange[] = []
      const problems: FieldProblem[] = []
      const plan: Plan = { output: record, changes, problems }
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
        if (value === undefined || value === null) return
        if (r.when.length && !holds(r, parent, record)) return
        const name = r.transform.name
        if (r.transform.recognizes?.(value, r.params)) {
          changes.push({ path, transform: name, keyId: r.keyId, before: value, after: value, already: true, reversible: r.transform.reversible })
          return
        }
        let result: unknown
        try {
          const input = r.rule.normalize ? normalize(r.rule.normalize, value, path, defaultCountryCode) : value
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
        if (r.field !== undefined) visit(r, r.field, root[r.field], root, r.field, NO_TRAIL)
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
