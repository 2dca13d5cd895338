import { exclusive, type CompiledCondition } from "./conditions.ts"
import type { MatrixIssue } from "./types.ts"
import type { Segment } from "./path.ts"

/** What the overlap check needs of a rule. */
export interface RuleShape {
  index: number
  path: string
  segments: Segment[]
  when: CompiledCondition[]
}

// An object key never matches an array position; an index matches itself or [*].
function compatible(a: Segment, b: Segment): boolean {
  if ("key" in a || "key" in b) return "key" in a && "key" in b && a.key === b.key
  if ("index" in a && "index" in b) return a.index === b.index
  return true
}

/** The shorter path can match a value that is, or contains, a value the longer one matches. */
function overlaps(a: Segment[], b: Segment[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (!compatible(a[i]!, b[i]!)) return false
  return true
}

/**
 * Two rules that can reach the same value make the result depend on their
 * order (a redact, then an hmac of the emptied value, leaves a linkable
 * token), so they are refused, naming both. This covers the same path,
 * `[*]` against `[n]`, and a parent against its child (`a` replaces the
 * whole value `a.b` lives in). Rules may share a path only when their
 * `when` conditions provably never hold together (see `exclusive`).
 */
export function overlapIssues(rules: RuleShape[]): MatrixIssue[] {
  const issues: MatrixIssue[] = []
  rules.forEach((b, j) => {
    for (const a of rules.slice(0, j)) {
      if (!overlaps(a.segments, b.segments)) continue
      const same = a.segments.length === b.segments.length
      if (exclusive(a.when, b.when, same)) continue
      const other = `fields[${a.index}] (${a.path})`
      const [outer, inner] = a.segments.length < b.segments.length ? [other, `fields[${b.index}] (${b.path})`] : [`fields[${b.index}] (${b.path})`, other]
      issues.push({
        where: `fields[${b.index}] (${b.path})`,
        message: same
          ? `overlaps ${other}: both can change the same value and the result would depend on their order: keep one rule, or give both a "when" on the same field that cannot hold together (e.g. different "equals")`
          : `overlaps ${other}: ${outer} replaces the whole value that ${inner} changes part of: keep one of them, or give both a "when" on the same $. field that cannot hold together`,
      })
    }
  })
  return issues
}

/**
 * A `keep` path that is, or lies within, a value a rule with no `when` changes: "copied unchanged" cannot hold
 * there (an export writes what the rule made of it), so it is refused, naming the rule. Under a rule with a
 * `when`, keep is what copies the value where the condition does not hold, as the README says: taken.
 */
export function keepIssue(keep: Segment[], rules: RuleShape[]): string | undefined {
  const rule = rules.find((r) => r.when.length === 0 && r.segments.length <= keep.length && overlaps(r.segments, keep))
  if (!rule) return undefined
  return `is a value fields[${rule.index}] (${rule.path}) anonymizes on every record: an export writes what the rule made of it, never the value as it came: remove it from keep (keep names values no rule changes, or those where a rule's "when" does not hold)`
}
