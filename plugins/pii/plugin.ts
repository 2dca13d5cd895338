import { definePlugin, type Finding } from "../../core/index.ts"
import { allowList } from "./allow.ts"
import type { Analyzer } from "./analyzer.ts"
import { DEFAULT_REGIONS } from "./entity-types.ts"
import { findingsOf } from "./handed-findings.ts"
import { loadAnalyzer } from "./loaded.ts"
import { piiRoutes } from "./routes.ts"
import { scrub } from "./scrub.ts"
import { isPlaceholder, normalizedValue, outsidePlaceholders, OWN_PREFIXES } from "./scrub-output.ts"
import { PiiSettings } from "./settings.ts"

/** The plugin's state: the analyzer built from `settings.pii`, and the residual check validation runs on every transformed value. */
export interface PiiState extends Analyzer {
  /**
   * Findings in a transformed value, leaving out scrub's own output and keyed tokens. When `rule` is a
   * `scrub` rule with its own `allow`, the values it allows are left out too (compared as scrub compares
   * them, in the rule's `regions`): what the rule deliberately kept is not a residue, for the value that
   * rule wrote only. Detection itself stays the settings' own.
   */
  residual(text: string, rule?: { transform: string; params?: unknown }): Finding[]
}

const MAY_HOLD_PII = /[0-9@:]|\p{Lu}/u

type RuleAllow = { forms: Set<string>; regions: readonly string[]; allows: (f: { type: string }, value: string) => boolean }

/**
 * A scrub rule's own `allow` (its params are parsed once per matrix), each value in every canonical
 * form a finding could take (a phone in E.164 read in the rule's regions, an email lower-cased, a
 * number without spaces and dashes), or undefined for any other rule.
 */
function ruleAllows(settings: PiiSettings): (rule?: { transform: string; params?: unknown }) => RuleAllow | undefined {
  const cache = new WeakMap<object, RuleAllow>()
  return (rule) => {
    const p = rule?.params as { allow?: string[]; regions?: string[] } | undefined
    if (rule?.transform !== "scrub" || !p?.allow?.length) return undefined
    let allow = cache.get(p)
    if (!allow) {
      const regions = p.regions ?? settings.regions ?? DEFAULT_REGIONS
      const forms = new Set(p.allow.flatMap((value) => ["PHONE", "EMAIL", "CARD", "IP_ADDRESS", "PERSON"].map((type) => normalizedValue(type, value, regions))))
      cache.set(p, (allow = { forms, regions, allows: allowList(p.allow, regions) }))
    }
    return allow
  }
}

/**
 * Free-text PII: the recognizers, the `scrub` transform, and (what `setup`
 * returns) an analyzer built from `settings.pii` whose `residual` check the
 * anonymize plugin runs on every transformed value; the server's
 * `POST /v1/inspect` and `/v1/deidentify` (routes.ts).
 */
export default definePlugin({
  name: "pii",
  version: "0.1.0",
  description: "Find personal data in free text (emails, phones, cards, IBANs, SSNs, NINOs, IPs, names)",
  config: PiiSettings,
  transforms: [scrub],
  async setup(_rt, settings): Promise<PiiState> {
    const analyzer = (await loadAnalyzer()).createAnalyzer(settings)
    // Every built-in recognizer needs a digit, an @, a colon (IPv6) or a capital letter (a name); a deny
    // list can name anything. Most transformed values (empty, generalized, masked) have none of these.
    const needsScan = settings.deny?.length ? () => true : (text: string) => MAY_HOLD_PII.test(text)
    const allowsOf = ruleAllows(settings)
    const residual = (text: string, rule?: { transform: string; params?: unknown }): Finding[] => {
      // A rule's own token prefix (an hmac or encrypt rule's `prefix`) marks its output as cxedge's own ones do.
      const own = (rule?.params as { prefix?: unknown } | undefined)?.prefix
      const prefixes = typeof own === "string" ? [...OWN_PREFIXES, own] : OWN_PREFIXES
      if (!needsScan(text) || isPlaceholder(text, "*", prefixes)) return []
      const left = outsidePlaceholders(text, findingsOf(analyzer, text), "*", prefixes)
      // What the rule that wrote this value deliberately kept is no residue; a deny-listed value always is.
      const allow = left.length ? allowsOf(rule) : undefined
      return allow ? left.filter((f) => f.type === "DENY" || !(allow.forms.has(normalizedValue(f.type, text.slice(f.start, f.end), allow.regions)) || allow.allows(f, text.slice(f.start, f.end)))) : left
    }
    return { ...analyzer, residual }
  },
  routes: piiRoutes,
  // The findings every other plugin asks for (validation's residual check, a hold's reason, a subject's `--by`).
  inspector: (state: PiiState) => state,
})
