import { FORBIDDEN_KEYS, type Segment } from "./path.ts"

/** Where a value sits: a top-level field name, or the keys from the root down to it. */
export type Location = string | (string | number)[]

/** An export copy of one record, and what was left out (field paths with `[*]`, never values). */
export interface Projection {
  output: Record<string, unknown>
  dropped: string[]
}

// A node of the selection: true keeps the whole subtree, a map keeps some children.
type Pick = Map<string | number, Pick | true>

function select(pick: Pick, keys: readonly (string | number)[]) {
  let node = pick
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    const next = node.get(key)
    if (next === true) return
    if (i === keys.length - 1) return void node.set(key, true)
    if (next) node = next
    else {
      const child: Pick = new Map()
      node.set(key, child)
      node = child
    }
  }
}

const label = (path: string, key: string | number) => (typeof key === "number" ? `${path}[*]` : path ? `${path}.${key}` : key)

/**
 * The value with no `__proto__`, `constructor` or `prototype` key at any
 * depth (each one removed is listed in `dropped`). Clean subtrees are
 * returned as they are; copies are built with Object.fromEntries, which
 * defines own properties and never sets a prototype.
 */
export function withoutForbidden(value: unknown, path = "", dropped?: string[]): unknown {
  if (value === null || typeof value !== "object") return value
  if (Array.isArray(value)) {
    let out: unknown[] | undefined
    value.forEach((item, i) => {
      const clean = withoutForbidden(item, `${path}[*]`, dropped)
      if (clean !== item) (out ??= value.slice())[i] = clean
    })
    return out ?? value
  }
  let changed = false
  const entries: [string, unknown][] = []
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key]
    if (FORBIDDEN_KEYS.has(key)) {
      changed = true
      dropped?.push(label(path, key))
      continue
    }
    const clean = withoutForbidden(item, label(path, key), dropped)
    if (clean !== item) changed = true
    entries.push([key, clean])
  }
  return changed ? Object.fromEntries(entries) : value
}

// Labels are built only when dropped paths are collected: an export line needs none of them.
function copy(node: unknown, pick: Pick, path: string, dropped: string[] | undefined): unknown {
  if (Array.isArray(node)) {
    const out: unknown[] = []
    const where = dropped ? `${path}[*]` : ""
    for (let i = 0; i < node.length; i++) {
      const sub = pick.get(i)
      if (sub === undefined) dropped?.push(where)
      else out.push(sub === true ? withoutForbidden(node[i], where, dropped) : copy(node[i], sub, where, dropped))
    }
    return out
  }
  if (node === null || typeof node !== "object") return node
  // Forbidden keys are skipped before any assignment, so a plain object takes no prototype from its keys.
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(node)) {
    const sub = pick.get(key)
    if (sub === undefined || FORBIDDEN_KEYS.has(key)) {
      dropped?.push(label(path, key))
      continue
    }
    const where = dropped ? label(path, key) : ""
    const value = (node as Record<string, unknown>)[key]
    out[key] = sub === true ? withoutForbidden(value, where, dropped) : copy(value, sub, where, dropped)
  }
  return out
}

/** Selects what `segments` match under `node`, as matchPath finds it (own properties only), without building matches. */
function selectMatches(pick: Pick, node: unknown, segments: readonly Segment[], i: number) {
  if (node === null || typeof node !== "object") return
  const seg = segments[i]!
  if ("key" in seg) {
    if (!Array.isArray(node)) selectAt(pick, node, seg.key, segments, i)
  } else if ("index" in seg) {
    if (Array.isArray(node)) selectAt(pick, node, seg.index, segments, i)
  } else if (Array.isArray(node)) {
    for (let k = 0; k < node.length; k++) selectAt(pick, node, k, segments, i)
  }
}

// A function of its own rather than a closure made per node: an export runs it for every array element. The
// selection goes down with the walk (a child's, kept only when something under it was selected), rather than
// from the root again for every value matched.
function selectAt(pick: Pick, node: object, key: string | number, segments: readonly Segment[], i: number) {
  if (!Object.hasOwn(node, key)) return
  const existing = pick.get(key)
  if (existing === true) return
  if (i === segments.length - 1) return void pick.set(key, true)
  const child: Pick = existing ?? new Map()
  selectMatches(child, (node as Record<string | number, unknown>)[key], segments, i + 1)
  if (!existing && child.size) pick.set(key, child)
}

/**
 * The export copy of an anonymized record. With `unlisted: "keep"` it is the
 * whole record; with `drop` (the default) only the record's `id`, the values
 * rules applied to (`covered`, including nulls a rule's condition selected)
 * and the `keep` paths, everything else listed in `dropped`. Array elements
 * with nothing selected are left out, so the kept ones close up. A
 * `__proto__`, `constructor` or `prototype` key never appears in either mode.
 */
export function projectRecord(output: Record<string, unknown>, covered: readonly Location[], keep: readonly Segment[][], unlisted: "drop" | "keep"): Projection {
  return createProjector(keep, unlisted).project(output, covered)
}

/**
 * `projectRecord` for one matrix, with what does not depend on the record
 * (the id and the plain `keep` fields) selected once; `output` skips
 * collecting the dropped paths (an export writes the copy alone).
 */
export function createProjector(keep: readonly Segment[][], unlisted: "drop" | "keep") {
  const base: Pick = new Map([["id", true]])
  const nested: Segment[][] = []
  for (const segments of keep) {
    const only = segments.length === 1 ? segments[0]! : undefined
    if (only && "key" in only) base.set(only.key, true)
    else nested.push([...segments])
  }
  const run = (output: Record<string, unknown>, covered: readonly Location[], dropped: string[] | undefined) => {
    if (unlisted === "keep") return withoutForbidden(output, "", dropped) as Record<string, unknown>
    // Top-level picks are looked up where they are (the plain keeps, the covered field names): only what a
    // path selects below the top gets a selection of its own, so a record of plain fields builds none.
    let below: Pick | undefined
    for (const at of covered) if (typeof at !== "string") select((below ??= new Map()), at)
    for (const segments of nested) selectMatches((below ??= new Map()), output, segments, 0)
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(output)) {
      const sub = base.get(key) ?? (covered.includes(key) ? true : below?.get(key))
      if (sub === undefined || FORBIDDEN_KEYS.has(key)) {
        dropped?.push(key)
        continue
      }
      const value = output[key]
      out[key] = sub === true ? withoutForbidden(value, key, dropped) : copy(value, sub, key, dropped)
    }
    return out
  }
  return {
    project(output: Record<string, unknown>, covered: readonly Location[]): Projection {
      const dropped: string[] = []
      return { output: run(output, covered, dropped), dropped }
    },
    /** The copy alone: what an export writes. */
    output: (output: Record<string, unknown>, covered: readonly Location[]) => run(output, covered, undefined),
  }
}
