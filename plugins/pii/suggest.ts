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

/** The field paths a matrix's rules name (array indices as `[*]`); refused when it is no matrix. */
export function coveredPaths(matrix: unknown, name: string): string[] {
  const fields = (matrix as { fields?: unknown } | null)?.fields
  if (!Array.isArray(fields)) throw new ConfigError("pii", `${name} is not a field matrix (no "fields" list): name a matrix file or a shipped matrix`)
  return fields.flatMap((rule) => (rule && typeof (rule as { path?: unknown }).path === "string" ? [wildcard((rule as { path: string }).path)] : []))
}

/** A rule at `rule` covers `path` itself and everything under it. */
export const isCovered = (path: string, rules: readonly string[]) => rules.some((r) => path === r || path.startsWith(`${r}.`) || path.startsWith(`${r}[`))

/**
 * A draft matrix with one rule per field where PII was found and no rule of
 * `covered` applies: a field that is PII as a whole is emptied (`nullify`);
 * free text gets `scrub` when the runtime has that transform (only the
 * findings replaced), else `redact`. A draft to review, not a policy.
 */
export function suggestMatrix(paths: readonly PathTally[], options: { covered?: readonly string[]; scrub: boolean }): DraftMatrix {
  const fields: DraftRule[] = []
  for (const t of paths) {
    if (!t.withFindings || !t.path || isCovered(t.path, options.covered ?? [])) continue
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
