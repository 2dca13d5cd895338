import type { GenericSchema } from "valibot"

type Node = { type?: string; entries?: Record<string, Node>; wrapped?: Node; pipe?: Node[]; item?: Node; options?: Node[] }

const isPlain = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

/** The schema under optional/nullable/pipe wrappers. */
function unwrap(schema: Node | undefined): Node | undefined {
  let s = schema
  for (let i = 0; s && i < 8; i++) {
    if (s.wrapped) s = s.wrapped
    else if (s.pipe && s.pipe[0] && s.pipe[0] !== s) s = s.pipe[0]
    else break
  }
  return s
}

/**
 * Where a key one level too high belongs (`maxQueue` beside `thresholds`, which holds it): `{under: "thresholds.maxQueue"}`,
 * the path from the same object; nothing when no object under it declares the key (in any case), or more than one does.
 */
function underOf(entries: Record<string, Node>, key: string, path: string): { under: string; holder: string } | {} {
  const holders = Object.entries(entries).flatMap(([name, child]) => {
    const outer = unwrap(child)
    // A list of objects (retention's policies): the key belongs in each item.
    const list = outer?.type === "array"
    const raw = list ? outer!.item : outer
    // A loose object checked first and typed later in its pipe (a retention policy) declares its keys there.
    const declared = [unwrap(raw), ...(raw?.pipe ?? [])].find((n) => n?.entries && Object.keys(n.entries).length)?.entries
    const found = declared && Object.keys(declared).find((k) => k.toLowerCase() === key.toLowerCase())
    return found ? [{ under: `${path ? `${path}.` : ""}${name}${list ? "[]" : ""}.${found}`, holder: list ? `each item of ${name}` : name }] : []
  })
  return holders.length === 1 ? holders[0]! : {}
}

/**
 * The first key in `value` that an object schema does not declare, as a
 * dotted path. valibot's `object` drops unknown keys silently, so a typo'd
 * setting (`dfoHistroy`) would run with the defaults; a privacy tool refuses
 * it instead. Loose objects and records accept any key; unions are not
 * searched (the parse already chose a branch).
 */
export function unknownSettingKey(schema: GenericSchema, value: unknown, path = ""): { path: string; known: string[]; under?: string; holder?: string } | undefined {
  const s = unwrap(schema as unknown as Node)
  if (!s) return undefined
  if ((s.type === "object" || s.type === "strict_object") && s.entries && isPlain(value)) {
    for (const [key, child] of Object.entries(value)) {
      const entry = s.entries[key]
      if (!entry) return { path: path ? `${path}.${key}` : key, known: Object.keys(s.entries), ...underOf(s.entries, key, path) }
      const deeper = unknownSettingKey(entry as unknown as GenericSchema, child, path ? `${path}.${key}` : key)
      if (deeper) return deeper
    }
  }
  if (s.type === "array" && s.item && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const deeper = unknownSettingKey(s.item as unknown as GenericSchema, value[i], `${path}[${i}]`)
      if (deeper) return deeper
    }
  }
  return undefined
}

/**
 * The path (as unknownSettingKey writes it; "" for the value itself) of the first list where an object schema
 * is: valibot's object schemas take an array (typeof [] is "object"), so `settings.pii: []` or `approval: []`
 * passed the parse and ran on the defaults. Undefined when there is none. Unions and records are not searched.
 */
export function listForObject(schema: GenericSchema, value: unknown, path = ""): string | undefined {
  const s = unwrap(schema as unknown as Node)
  if (!s) return undefined
  if (s.type === "object" || s.type === "strict_object" || s.type === "loose_object") {
    if (Array.isArray(value)) return path
    if (!isPlain(value) || !s.entries) return undefined
    for (const [key, child] of Object.entries(value)) {
      const entry = s.entries[key]
      const deeper = entry ? listForObject(entry as unknown as GenericSchema, child, path ? `${path}.${key}` : key) : undefined
      if (deeper !== undefined) return deeper
    }
  }
  if (s.type === "array" && s.item && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const deeper = listForObject(s.item as unknown as GenericSchema, value[i], `${path}[${i}]`)
      if (deeper !== undefined) return deeper
    }
  }
  return undefined
}

/**
 * Whether a schema issue is about a value the user did not write: the schema's own default (`v.optional(v.number(),
 * "5")`), parsed like a given value. Such a refusal blamed the user's settings or matrix for the plugin's mistake.
 */
export function fromDefault(issue: { input?: unknown; path?: readonly { key?: unknown }[] }, given: unknown): boolean {
  let at: unknown = given
  const keys = (issue.path ?? []).map((item) => item.key)
  for (const [i, key] of keys.entries()) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key as PropertyKey)) return i < keys.length - 1 || issue.input !== undefined
    at = (at as Record<PropertyKey, unknown>)[key as PropertyKey]
  }
  return false
}
