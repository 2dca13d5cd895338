import { ValidationError } from "../../../core/errors.ts"
import { kindOf } from "../../../core/normalize.ts"
import { MAX_LIST_INDEX } from "../../../core/json-keys.ts"

/** A value's kind for messages: "null", "array", or its typeof. Never the value itself. */
export { kindOf } from "../../../core/normalize.ts"

/** The top-level field a path starts from: `customFields` for `customFields[2].value`. */
export function topOf(path: string): string {
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i)
    if (c === 0x2e || c === 0x5b) return path.slice(0, i)
  }
  return path
}

export type Segment = { key: string } | { index: number } | { wildcard: true }

const TOKEN = /([^.[\]]+)|\[(\*|0|[1-9]\d*)\]/g

/**
 * Keys that name an object's prototype machinery. JSON.parse makes a
 * `__proto__` key an own property; a path naming one could read or write
 * a prototype, so no matrix path may, and no output ever carries one.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"])

// An index has no leading zero: email[01] is refused with the form meant, not read as email[1] in silence.
const VALID = /^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*|\[(\*|0|[1-9]\d*)\])*$/
const valid = (path: string) => VALID.test(path)

/**
 * The path meant, for a path written as another tool writes it (jq's `.email`, a JSON Pointer's `/a/b`, `a["b"]`,
 * `email[]`) or two paths in one (`email|phone`, `email,phone`); only said. It was "is not valid: use dots" alone.
 */
function pathFormHint(path: string): string {
  const parts = path.split(/\s*[|,]\s*/)
  if (parts.length > 1 && parts.every(valid)) return ` (${parts.length} paths in one: give each its own rule, ${parts.map((p) => JSON.stringify(p)).join(" and ")})`
  if (/\[-\d+\]/.test(path)) return " (an index counts from 0, with no sign: none counts from the end; [*] names every item)"
  const rewrites: [RegExp, string, string][] = [
    [/^\.(?=[A-Za-z_$])/, "", "jq's leading dot: paths start at the record's root"],
    [/^\/(?=[A-Za-z_$])/, "", "a JSON Pointer"],
    [/\[\s*["']([A-Za-z_$][\w$-]*)["']\s*\]/g, ".$1", "a key in brackets is written after a dot"],
    [/\[\]/g, "[*]", "every item is [*]"],
    [/\.{2,}/g, ".", "one dot between keys"],
    [/\.$/, "", "a path ends with its key"],
    [/\[0+(?=\d+\])/g, "[", "an index is written without leading zeros"],
  ]
  let meant = path
  const why: string[] = []
  for (const [pattern, by, reason] of rewrites) {
    const next = meant.replace(pattern, by)
    if (next !== meant) (meant = next), why.push(reason)
  }
  // A JSON Pointer's other slashes are dots.
  if (why.includes("a JSON Pointer")) meant = meant.replace(/\//g, ".")
  return meant !== path && valid(meant) ? ` (${why.join("; ")}: write ${meant})` : ""
}

/** Parses `customFields[*].value` into segments; rejects anything else with the path named. */
export function parsePath(path: string): Segment[] {
  if (!valid(path)) {
    // "email " (a space copied with it) was "is not valid: use dots and [*]", with no word of the space.
    if (path.trim() !== path && path.trim()) throw new ValidationError("matrix", `field path ${JSON.stringify(path)} starts or ends with white space: give the path without it (${JSON.stringify(path.trim())})`, path)
    throw new ValidationError("matrix", `field path "${path}" is not valid: use dots and [*] or [n], e.g. customFields[*].value${pathFormHint(path)}`, path)
  }
  const segments: Segment[] = []
  for (const m of path.matchAll(TOKEN)) {
    if (m[1] !== undefined && FORBIDDEN_KEYS.has(m[1])) {
      throw new ValidationError("matrix", `field path "${path}" names "${m[1]}", which cxedge never reads or writes: remove it`, path)
    }
    if (m[1] !== undefined) segments.push({ key: m[1] })
    else if (m[2] === "*") segments.push({ wildcard: true })
    else if (Number(m[2]) > MAX_LIST_INDEX) {
      // Read as a rounded number that no list's index is, it matched nothing, in silence.
      throw new ValidationError("matrix", `field path "${path.slice(0, 80)}" has an index beyond any list's (the last index a list can hold is ${MAX_LIST_INDEX}): check the number, or use [*] for every item`, path)
    } else segments.push({ index: Number(m[2]) })
  }
  return segments
}

export interface Match {
  /** Concrete path, e.g. `customFields[1].value`. */
  path: string
  value: unknown
  /** The object holding the value: `when` conditions read siblings from it. */
  parent: Record<string, unknown> | unknown[]
  key: string | number
  /** Containers from the root down to the parent, for copy-on-write. */
  trail: { container: unknown; key: string | number }[]
}

/** Where a record's value is not the container its path goes through: its path so far, its kind and what was expected. */
export type ShapeMismatch = (path: string, found: string, expected: "an object" | "a list") => void

/**
 * Every value a path matches in a record; missing branches (absent, null or an empty string) match nothing. A branch of another kind
 * (a string where the path goes on into an object, an object where it takes a list's items) is told to `onMismatch`:
 * it matched nothing either, so the values under it were left as they were, in silence.
 */
export function matchPath(root: unknown, segments: Segment[], onMismatch?: ShapeMismatch): Match[] {
  const out: Match[] = []
  const walk = (node: unknown, i: number, path: string, trail: Match["trail"]) => {
    const seg = segments[i]!
    const last = i === segments.length - 1
    const visit = (container: any, key: string | number, label: string) => {
      // Own properties only: a path must not reach Object.prototype (toString, ...).
      if (!Object.hasOwn(container, key)) return
      const next = container[key]
      if (last) out.push({ path: label, value: next, parent: container, key, trail })
      else if (next !== null && typeof next === "object") walk(next, i + 1, label, [...trail, { container: next, key }])
      // An empty string holds nothing to transform, as null does (a system that writes "" for an empty list or object).
      else if (next !== null && next !== undefined && next !== "") onMismatch?.(label, kindOf(next), "key" in segments[i + 1]! ? "an object" : "a list")
    }
    if ("key" in seg) {
      if (node && typeof node === "object" && !Array.isArray(node)) visit(node, seg.key, path ? `${path}.${seg.key}` : seg.key)
      else if (Array.isArray(node)) onMismatch?.(path, "array", "an object")
    } else if ("index" in seg) {
      if (Array.isArray(node)) visit(node, seg.index, `${path}[${seg.index}]`)
      else onMismatch?.(path, kindOf(node), "a list")
    } else if (Array.isArray(node)) {
      for (let k = 0; k < node.length; k++) visit(node, k, `${path}[${k}]`)
    } else onMismatch?.(path, kindOf(node), "a list")
  }
  walk(root, 0, "", [])
  return out
}
