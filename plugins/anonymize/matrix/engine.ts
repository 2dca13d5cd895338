import { CxedgeError, ValidationError } from "../../../core/errors.ts"
import type { KeyRing } from "../../../core/plugin.ts"
import { checkMatrix, type CompiledRule } from "./check.ts"
import { conditionsHold } from "./conditions.ts"
import { normalize } from "../../../core/normalize.ts"
import { kindOf, matchPath, parsePath, type Match } from "./path.ts"
import { createProjector } from "./project.ts"
import type { Matrix } from "./schema.ts"
import type { CompiledMatrix, CompileOptions, FieldChange, Plan, ResidualCheck } from "./types.ts"

const NO_TRAIL: Match["trail"] = []

/** A reason that names the field and transform but never quotes the value. */
function reasonOf(error: unknown, transform: string, path: string, value: unknown): string {
  // Only our own errors are known to keep values out of their messages.
  if (!(error instanceof CxedgeError)) return `${transform} failed on the ${kindOf(value)} at ${path} (${(error as Error)?.name ?? "error"})`
  const message = error.message.replace(/^\[cxedge\] \[[^\]]+\] /, "")
  return message.includes(path) ? message : `${transform} cannot take the ${kindOf(value)} at ${path}: ${message}`
}

/**
 * Writes into `plan.output` without touching the record: the root and each
 * container on the written path are copied once, the rest is shared.
 */
function copyOnWrite(plan: Plan): (trail: Match["trail"], key: string | number, value: unknown) => void {
  // The copies made so far. A plan copies a handful of containers (the root, a list and its items): a list
  // looked through costs less than a WeakSet a record; a plan that copies many goes on in a Set.
  let copies: object[] | Set<object> = []
  const copied = (o: unknown) => (Array.isArray(copies) ? copies.includes(o as object) : copies.has(o as object))
  const keep = <T extends object>(o: T): T => {
    if (!Array.isArray(copies)) copies.add(o)
    else if (copies.push(o) > 16) copies = new Set(copies)
    return o
  }
  return (trail, key, value) => {
    if (!copied(plan.output)) plan.output = keep({ ...plan.output })
    let cur: any = plan.output
    for (const step of trail) {
      const existing = cur[step.key]
      if (!copied(existing)) cur = cur[step.key] = keep(Array.isArray(existing) ? existing.slice() : { ...existing })
      else cur = existing
    }
    cur[key] = value
  }
}

async function settled(plan: Plan, pending: Promise<void>[]): Promise<Plan> {
  await Promise.all(pending)
  return plan
}

/** Runs every rule on one record: a Plan, or a promise of one when a transform answered asynchronously. */
function planRecord(rules: CompiledRule[], record: Record<string, unknown>, keys: KeyRing, region: string | undefined, residual: ResidualCheck | undefined): Plan | Promise<Plan> {
  const plan: Plan = { output: record, changes: [], problems: [], covered: [], residual }
  const { changes, problems, covered } = plan
  const pending: Promise<void>[] = []
  const write = copyOnWrite(plan)

  // Takes the match's parts rather than a Match object, so a plain field allocates none.
  const visit = (r: CompiledRule, path: string, value: unknown, parent: Match["parent"], key: string | number, trail: Match["trail"]) => {
    if (value === undefined) return
    if (r.when.length && !conditionsHold(r.when, parent, record)) return
    // Plain fields are recorded by name, so the hot path allocates nothing.
    covered.push(trail === NO_TRAIL ? (key as string) : [...trail.map((t) => t.key), key])
    if (value === null) return
    const name = r.transform.name
    let result: unknown
    try {
      // Inside the try: a plugin's recognizes that threw ended the whole job, its message (quoting the value) printed.
      if (r.transform.recognizes?.(value, r.params)) {
        changes.push({ path, transform: name, keyId: r.keyId, before: value, after: value, already: true, reversible: r.transform.reversible })
        return
      }
      const input = r.rule.normalize ? normalize(r.rule.normalize, value, path, region) : value
      result = r.transform.apply(input, r.params, { path, record, keys })
    } catch (error) {
      problems.push({ path, transform: name, code: (error as { code?: string }).code ?? "E_TRANSFORM", reason: reasonOf(error, name, path, value) })
      return
    }
    const change: FieldChange = { path, transform: name, keyId: r.keyId, params: r.params, before: value, after: result, already: false, reversible: r.transform.reversible }
    changes.push(change)
    if (!(result instanceof Promise)) return write(trail, key, result)
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
  }

  for (const r of rules) {
    const root = plan.output
    if (r.field !== undefined) visit(r, r.field, Object.hasOwn(root, r.field) ? root[r.field] : undefined, root, r.field, NO_TRAIL)
    else {
      // A record whose branch is of another kind than the rule's path goes through would keep the values under it in clear.
      const mismatch = (at: string, found: string, expected: string) =>
        problems.push({ path: at, transform: r.transform.name, code: "E_FIELD_SHAPE", reason: `${at} is ${found === "array" ? "a list" : found === "object" ? "an object" : `a ${found}`}, where the path ${r.rule.path} expects ${expected}: nothing under it was transformed; fix the path in the matrix, or the record at its source` })
      for (const m of matchPath(root, r.segments, mismatch)) visit(r, m.path, m.value, m.parent, m.key, m.trail)
    }
  }
  return pending.length ? settled(plan, pending) : plan
}

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
  const projector = createProjector((matrix.keep ?? []).map((p) => parsePath(p)), matrix.unlisted ?? "drop")
  return {
    matrix,
    warnings,
    transforms: rules.map((r) => r.transform.name),
    keyIds: [...new Set(rules.flatMap((r) => (r.keyId ? [r.keyId] : [])))],
    reversibleKeyIds: [...new Set(rules.flatMap((r) => (r.keyId && r.transform.reversible ? [r.keyId] : [])))],
    project: (plan) => projector.project(plan.output, plan.covered),
    exportCopy: (plan) => projector.output(plan.output, plan.covered),
    plan: (record) => planRecord(rules, record, options.keys, region, options.residual),
  }
}
