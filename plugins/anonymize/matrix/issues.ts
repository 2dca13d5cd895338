import * as v from "valibot"
import { didYouMean } from "../../../core/config-check.ts"
import { issueRule } from "../../../core/route-input.ts"
import type { MatrixIssue } from "./types.ts"
import { CONDITION_OPERATORS, MatrixSchema, RuleSchema, SubjectSchema } from "./schema.ts"

type Issue = v.BaseIssue<unknown>

// The keys each object of a matrix may hold, to name them when a key is unknown.
const KEYS: Record<string, string[]> = {
  "": Object.keys(MatrixSchema.entries),
  fields: Object.keys(RuleSchema.entries),
  when: ["field", ...CONDITION_OPERATORS],
  subjects: Object.keys(SubjectSchema.entries),
}

// A union reports "expected Object | Array" with the real problem nested
// (its path relative to the union): keep the nested one, made absolute.
function flatten(issue: Issue): Issue[] {
  if (issue.type !== "union" || !issue.issues?.length) return [issue]
  const branch = Array.isArray(issue.input) ? "array" : "object"
  const inner = issue.issues
    .filter((i) => (i.path?.length ? i.path[0]!.type === branch : i.kind === "validation" && branch === "object"))
    .map((i) => ({ ...i, path: [...(issue.path ?? []), ...(i.path ?? [])] }) as Issue)
  return inner.length ? inner.flatMap(flatten) : [issue]
}

/** `fields[3] (email) when[0]`: array positions in brackets, a rule named by its path. */
function whereOf(keys: unknown[], json: unknown): string {
  let out = ""
  let node: any = json
  keys.forEach((key, i) => {
    node = node && typeof node === "object" ? node[key as string] : undefined
    out += typeof key === "number" ? `[${key}]` : `${out ? (typeof keys[i - 1] === "number" && keys[i - 2] === "fields" && i === 2 ? " " : ".") : ""}${String(key)}`
    if (i === 1 && keys[0] === "fields" && typeof node?.path === "string") out += ` (${node.path})`
  })
  return out || "(root)"
}

// A rule's keys by the words other tools use for them: `options` (a transform's settings) was "unknown key" with
// the list alone, no word that params is the key meant.
const RULE_WORDS: Record<string, string> = { options: "params", opts: "params", args: "params", arguments: "params", parameters: "params", settings: "params", config: "params", condition: "when", if: "when", where: "when", field: "path", type: "transform", action: "transform", method: "transform" }

/** ` (did you mean "params"?)` for an unknown key one slip from a known one, or a rule's key by another tool's word. */
function keyHint(key: string, known: readonly string[], rule: boolean): string {
  const near = didYouMean(key, known)
  if (near) return near
  const meant = rule ? RULE_WORDS[key.toLowerCase()] : undefined
  return meant && known.includes(meant) ? ` (did you mean "${meant}"?)` : ""
}

/** Valibot issues of a matrix file as `where: message`, naming the rule and the key. */
export function describeIssues(issues: Issue[], json: unknown): MatrixIssue[] {
  return issues.flatMap(flatten).map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key)
    if (issue.type === "strict_object" && issue.expected === "never") {
      const parent = keys.slice(0, -1)
      const kind = [...parent].reverse().find((k) => typeof k === "string") as string | undefined
      const known = KEYS[kind ?? ""]
      const key = String(keys.at(-1) ?? "")
      const hint = known ? keyHint(key, known, kind === "fields") : ""
      return { where: whereOf(parent, json), message: `unknown key ${issue.received}${hint}${known ? `: use one of ${known.join(", ")}` : ""}` }
    }
    return { where: whereOf(keys, json), message: issueRule(issue) }
  })
}
