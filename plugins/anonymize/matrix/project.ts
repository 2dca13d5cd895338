import { FORBIDDEN_KEYS, matchPath, type Segment } from "./path.ts"

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

function copy(node: unknown, pick: Pick, path: string, dropped: string[]): unknown {
  if (Array.isArray(node)) {
    const out: unknown[] = []
    node.forEach((item, i) => {
      const sub = pick.get(i)
      if (sub === undefined) return void dropped.push(`${path}[*]`)
      out.push(sub === true ? withoutForbidden(item, `${path}[*]`, dropped) : copy(item, sub, `${path}[*]`, dropped))
    })
    return out
  }
  if (node === null || typeof node !== "object") return node
  const entries: [string, unknown][] = []
  for (const key of Object.keys(node)) {
    const sub = pick.get(key)
    const where = label(path, key)
    if (sub === undefined || FORBIDDEN_KEYS.has(key)) {
      dropped.push(where)
      continue
    }
    const value = (node as Record<string, unknown>)[key]
    entries.push([key, sub === true ? withoutForbidden(value, where, dropped) : copy(value, sub, where, dropped)])
  }
  return Object.fromEntries(entries)
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
  const dropped: string[] = []
  if (unlisted === "keep") return { output: withoutForbidden(output, "", dropped) as Record<string, unknown>, dropped }
  const pick: Pick = new Map([["id", true]])
  for (const at of covered) select(pick, typeof at === "string" ? [at] : at)
  for (const segments of keep) {
    for (const m of matchPath(output, segments)) select(pick, [...m.trail.map((t) => t.key), m.key])
  }
  return { output: copy(output, pick, "", dropped) as Record<string, unknown>, dropped }
}
