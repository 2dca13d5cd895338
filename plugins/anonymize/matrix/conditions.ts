import { unsafeRegexReason } from "../../../core/regex-safety.ts"
import { FORBIDDEN_KEYS } from "./path.ts"
import type { Condition } from "./schema.ts"

/** A `when` condition ready to test: its field split once, its pattern compiled. */
export interface CompiledCondition {
  condition: Condition
  /** Read from the record's root (`$.a.b`) rather than from the matched value's parent. */
  fromRoot: boolean
  parts: string[]
  pattern?: RegExp
}

/** Splits a condition's field (`name`, `$.channel`, `meta.kind`); an error message when it cannot be read safely. */
export function compileCondition(condition: Condition): CompiledCondition | string {
  const fromRoot = condition.field.startsWith("$.")
  const parts = (fromRoot ? condition.field.slice(2) : condition.field).split(".")
  if (parts.some((p) => !p)) return `field "${condition.field}" is not a dot path (e.g. name, $.channel)`
  const forbidden = parts.find((p) => FORBIDDEN_KEYS.has(p))
  if (forbidden) return `field "${condition.field}" names "${forbidden}", which cxedge never reads: remove it`
  let pattern: RegExp | undefined
  if (condition.matches !== undefined) {
    // Written as a JavaScript literal, the slashes and flags would be matched as characters, and the rule never hold.
    if (/^\/.+\/[a-z]*$/s.test(condition.matches)) return "matches is written between slashes, which would be matched as characters and the rule never hold: write the pattern alone, without slashes or flags (for any case, list both: [Aa]ccount; to match a slash, escape it: \\/)"
    try {
      pattern = new RegExp(condition.matches)
    } catch {
      return "matches is not a valid regular expression"
    }
    // Run on every record's value: a pattern that can backtrack for seconds hangs a job (Node), or gives up and reads
    // "no match" (Bun), leaving the value the rule was for.
    const unsafe = unsafeRegexReason(condition.matches)
    if (unsafe) return `matches can take exponential time on a value that almost matches (${unsafe}): rewrite it without a repeated group that holds a repeated part`
  }
  return { condition, fromRoot, parts, pattern }
}

function read(root: unknown, parts: string[]): unknown {
  let node: any = root
  for (const part of parts) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return undefined
    node = node[part]
  }
  return node
}

/** Does the condition's one operator accept this value? (A condition has exactly one.) */
function accepts(c: Condition, pattern: RegExp | undefined, value: unknown): boolean {
  if (c.exists !== undefined) return (value !== undefined && value !== null) === c.exists
  if ("equals" in c) return value === c.equals
  if (c.in) return (c.in as unknown[]).includes(value)
  if (c.notIn) return !(c.notIn as unknown[]).includes(value)
  if (pattern) return typeof value === "string" && pattern.test(value)
  return false
}

/** Every condition holds for a value whose parent object is `parent`, in `record`. */
export function conditionsHold(conditions: CompiledCondition[], parent: unknown, record: unknown): boolean {
  for (const c of conditions) if (!accepts(c.condition, c.pattern, read(c.fromRoot ? record : parent, c.parts))) return false
  return true
}

/** The values a condition admits when they are finitely many (equals, in, exists:false); else undefined. */
function finite(c: Condition): unknown[] | undefined {
  if ("equals" in c) return [c.equals]
  if (c.in) return c.in
  if (c.exists === false) return [null, undefined]
  return undefined
}

/** No value can satisfy both: one admits finitely many values and the other accepts none of them. */
function disjoint(a: CompiledCondition, b: CompiledCondition): boolean {
  const fa = finite(a.condition)
  if (fa) return fa.every((v) => !accepts(b.condition, b.pattern, v))
  const fb = finite(b.condition)
  if (fb) return fb.every((v) => !accepts(a.condition, a.pattern, v))
  // exists:true against exists:false is handled above (false is finite); notIn/matches/exists:true overlap.
  return false
}

/**
 * True when two rules' condition lists can never both hold for one value,
 * so the rules never apply to the same value. Only provable cases count:
 * some pair of conditions reads the same field (a sibling field only when
 * both rules match values of the same parent, `sameParent`) and admits
 * disjoint values (`equals` "a" vs `equals` "b", `equals` vs a `notIn`
 * holding it, `in` lists without a common value, `exists` true vs false).
 */
export function exclusive(a: CompiledCondition[], b: CompiledCondition[], sameParent: boolean): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.fromRoot !== y.fromRoot || (!x.fromRoot && !sameParent)) continue
      if (x.parts.join(".") !== y.parts.join(".")) continue
      if (disjoint(x, y)) return true
    }
  }
  return false
}
