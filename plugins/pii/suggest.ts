import { ConfigError } from "../../core/index.ts"
import type { PathTally } from "./scan-tally.ts"

/** A matrix rule as `--suggest` drafts it. */
export interface DraftRule {
  path: string
  transform: string
}

export interface DraftMatrix {
  name: string
  description: string
  target: "patch"
  fields: DraftRule[]
}

const wildcard = (path: string) => path.replace(/\[\d+\]/g, "[*]")

/** What a matrix's rules name (array indices as `[*]`): paths always transformed, and paths only `when` a condition holds. */
export interface Coverage {
  always: string[]
  when: string[]
}

/** The paths a matrix's rules name; refused when it is no matrix. */
export function coveredPaths(matrix: unknown, name: string): Coverage {
  const fields = (matrix as { fields?: unknown } | null)?.fields
  if (!Array.isArray(fields)) throw new ConfigError("pii", `${name} is not a field matrix (no "fields" list): name a matrix file or a shipped matrix`)
  const out: Coverage = { always: [], when: [] }
  for (const rule of fields as { path?: unknown; when?: unknown }[]) {
    if (rule && typeof rule.path === "string") (rule.when === undefined ? out.always : out.when).push(wildcard(rule.path))
  }
  return out
}

/** A rule at `rule` covers `path` itself and everything under it. */
const under = (path: string, rules: readonly string[]) => rules.some((r) => path === r || path.startsWith(`${r}.`) || path.startsWith(`${r}[`))

/** "yes" when a rule always transforms the path, "when" when only a conditional rule names it, else "no". */
export const coverageOf = (path: string, coverage: Coverage): "yes" | "when" | "no" => (under(path, coverage.always) ? "yes" : under(path, coverage.when) ? "when" : "no")

/**
 * A draft matrix with one rule per field where PII was found and no rule of
 * `covered` always applies (a `when` rule may leave items out: those are drafted too): a field that is PII as a whole is emptied (`nullify`);
 * free text gets `scrub` when the runtime has that transform (only the
 * findings replaced), else `redact`. A draft to review, not a policy.
 */
export function suggestMatrix(paths: readonly PathTally[], options: { covered?: Coverage; scrub: boolean }): DraftMatrix {
  const fields: DraftRule[] = []
  for (const t of paths) {
    if (!t.withFindings || !t.path || (options.covered && coverageOf(t.path, options.covered) === "yes")) continue
    const freeText = t.partial > 0
    fields.push({ path: t.path, transform: freeText ? (options.scrub ? "scrub" : "redact") : "nullify" })
  }
  fields.sort((a, b) => a.path.localeCompare(b.path))
  return {
    name: "pii-draft",
    description: "Drafted by cxedge pii scan --suggest: one rule for each field where PII was found. Review it before use.",
    target: "patch",
    fields,
  }
}
