import { ConfigError, didYouMean, jobRunnerOf, ValidationError, type Runtime } from "../../core/index.ts"
import { UNSWEPT_SOURCES, type Policy, type RetentionSettings } from "./settings.ts"

/** The option keys a source's schema reads (an object schema's entries), or undefined when it says nothing. */
const optionKeys = (options: unknown): string[] | undefined =>
  options && typeof options === "object" && "entries" in options ? Object.keys((options as { entries: object }).entries) : options ? undefined : []

/**
 * The checks valibot cannot make alone, made when the runtime opens: each
 * policy's matrix compiles against this runtime's transforms and keys, its
 * source is one the runtime has and reads a date window, its target is one
 * the job runner writes to. Errors name `settings.retention.policies[i].key`.
 */
export function checkPolicies(rt: Runtime, settings: RetentionSettings): void {
  if (!settings.policies.length) return
  const runner = jobRunnerOf(rt)
  const where = (i: number, key: string) => `settings.retention.policies[${i}].${key}`
  if (!runner) throw new ConfigError("retention", `${where(0, "matrix")}: no loaded plugin runs anonymization jobs: load the anonymize plugin (before retention)`)
  const sources = [...rt.sources.keys()].sort()
  // Only the sources that read a date window are offered: a policy on the others could never select by age.
  // The settings' schema refuses messages (a sweep reads no bounded window): it is not offered either.
  const windowed = sources.filter((name) => !UNSWEPT_SOURCES.includes(name) && ["since", "until"].every((k) => optionKeys(rt.sources.get(name)!.options)?.includes(k) ?? true))
  settings.policies.forEach((p, i) => {
    const source = rt.sources.get(p.source)
    if (!source) throw new ConfigError("retention", `${where(i, "source")} "${p.source.slice(0, 40)}" is not a source here${didYouMean(p.source, windowed)}: use ${windowed.join(" or ")}`)
    const keys = optionKeys(source.options)
    if (keys && !(keys.includes("since") && keys.includes("until"))) {
      throw new ConfigError("retention", `${where(i, "source")} "${p.source}" reads no date window, so a policy cannot select contacts by age: use ${windowed.join(" or ")}`)
    }
    if (!runner.targets.includes(p.target)) throw new ConfigError("retention", `${where(i, "target")} "${p.target}" is not a target here: use ${runner.targets.join(", ")}`)
    const issues = runner.checkMatrix(p.matrix)
    if (issues.length) {
      if (typeof p.matrix === "string") throw new ConfigError("retention", `${where(i, "matrix")} "${p.matrix.slice(0, 40)}" ${issues.slice(0, 3).join("; ")}`)
      // An inline matrix's issue is "fields[0].transform: ...": said as the key under the policy's matrix.
      const under = issues.slice(0, 3).map((issue) => (/^[A-Za-z_][^:]*: /.test(issue) ? `${where(i, "matrix")}.${issue}` : `${where(i, "matrix")}: ${issue}`))
      throw new ConfigError("retention", under.join("; "))
    }
  })
}

/** The named policy, or a refusal naming the configured ones (exit 2, before any call). */
export function policyNamed(settings: RetentionSettings, name: string | undefined): Policy[] {
  const names = settings.policies.map((p) => p.name)
  if (name === undefined) {
    if (!names.length) throw new ValidationError("retention", "no retention policies are configured: add settings.retention.policies to cxedge.config.json (see README, Privacy operations)", "policy", "E_USAGE")
    return settings.policies
  }
  const found = settings.policies.find((p) => p.name === name)
  if (found) return [found]
  const list = names.length ? `the policies are ${names.join(", ")}` : "no policies are configured (settings.retention.policies)"
  throw new ValidationError("retention", `--policy "${name.slice(0, 40)}" is not a policy${didYouMean(name, names)}: ${list}`, "policy", "E_USAGE")
}
