// Equality as two values' JSON text would have it, for the checks that compare planned values with others.

const isPlain = (x: object) => Array.isArray(x) || Object.getPrototypeOf(x) === Object.prototype || Object.getPrototypeOf(x) === null
/** What JSON.stringify leaves out of an object, and writes as null in an array. */
const unwritten = (x: unknown) => x === undefined || typeof x === "function" || typeof x === "symbol"

/**
 * `JSON.stringify(a) === JSON.stringify(b)`, walked instead of written out: every PATCH's answer is compared with its
 * plan (targets/patch.ts), whose custom fields (an array of objects) were serialized twice per contact, and a plan's
 * changed objects with what they were (matrix/validate.ts). Anything but plain objects, arrays and strings (a number,
 * a Date) is compared by its JSON text.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a === "string" && typeof b === "string") return false
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || !isPlain(a) || !isPlain(b)) return JSON.stringify(a) === JSON.stringify(b)
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    if (a.length !== other.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(unwritten(a[i]) ? null : a[i], unwritten(other[i]) ? null : other[i])) return false
    return true
  }
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  // Key order counts, as in the JSON text: the written keys of each, in order.
  const keys = Object.keys(x).filter((k) => !unwritten(x[k]))
  const others = Object.keys(y).filter((k) => !unwritten(y[k]))
  if (keys.length !== others.length) return false
  for (let i = 0; i < keys.length; i++) if (keys[i] !== others[i] || !sameJson(x[keys[i]!], y[keys[i]!])) return false
  return true
}
