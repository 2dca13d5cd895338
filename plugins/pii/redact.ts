import * as v from "valibot"
import { ValidationError, type Finding, type Runtime } from "../../core/index.ts"
import type { AnalyzeOptions, Analyzer } from "./analyzer.ts"

/** The modes `pii redact --mode` and `/v1/deidentify` take (the scrub transform's). */
export const REDACT_MODES = ["tag", "indexed", "hmac", "mask"] as const
export type RedactMode = (typeof REDACT_MODES)[number]

/**
 * The text with each finding replaced by its type in angle brackets
 * (`<EMAIL>`), the text between kept: `tag` mode, for a runtime without the
 * scrub transform. Findings must not overlap (the analyzer's never do).
 * @example replaceFindings("mail a@b.io now", [{ type: "EMAIL", start: 5, end: 11, score: 0.95, recognizer: "email" }], "tag") // "mail <EMAIL> now"
 */
export function replaceFindings(text: string, findings: readonly Finding[], _mode: "tag"): string {
  let out = ""
  let at = 0
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue
    out += `${text.slice(at, f.start)}<${f.type}>`
    at = f.end
  }
  return out + text.slice(at)
}

/** What a redactor needs of a runtime: its transforms, its key ring (mode hmac) and `settings.pii`; `pii redact` builds one from the config alone. */
export type RedactHost = Pick<Runtime, "transforms" | "keys" | "settings">

/** Scrubs one text; `record` groups texts whose equal values share an index (`indexed` mode). */
export type Redactor = (text: string, record?: object) => Promise<{ text: string; findings: Finding[] }>

/**
 * How `pii redact` and `/v1/deidentify` replace findings. With the scrub
 * transform registered (rt.transforms, by whichever plugin brings it), every
 * mode is its: the same replacement a matrix's `scrub` rule writes, with
 * `settings.pii` and the narrowing as its params. Without it only `tag` is
 * there, done here; another mode is refused before any text is read.
 */
export function createRedactor(rt: RedactHost | undefined, analyzer: Analyzer, mode: RedactMode, narrowed: Pick<AnalyzeOptions, "entities" | "minScore"> = {}): Redactor {
  const scrub = rt?.transforms.get("scrub")
  if (!scrub) {
    if (mode !== "tag") throw new ValidationError("pii", `mode ${mode} needs the scrub transform, which no loaded plugin registers: use mode tag, or load the plugin that brings scrub`, "mode", "E_USAGE")
    return async (text) => {
      const findings = analyzer.analyze(text)
      return { text: replaceFindings(text, findings, "tag"), findings }
    }
  }
  if (mode === "hmac" && !rt!.keys.get(rt!.keys.current)) {
    throw new ValidationError("pii", "mode hmac needs a pseudonymization key, and none is configured: set CXEDGE_HMAC_KEYS (and CXEDGE_HMAC_KEY_ID), or use mode tag, indexed or mask", "mode", "E_USAGE")
  }
  const settings = rt!.settings<Record<string, unknown> | undefined>("pii") ?? {}
  const parsed = v.safeParse(scrub.params, { ...settings, ...narrowed, mode })
  if (!parsed.success) throw new ValidationError("pii", `the scrub transform refuses mode ${mode}: ${parsed.issues[0].message}`, "mode", "E_USAGE")
  return async (text, record = {}) => {
    const findings = analyzer.analyze(text)
    const out = findings.length ? await scrub.apply(text, parsed.output, { path: "text", record: record as Record<string, unknown>, keys: rt!.keys }) : text
    return { text: String(out), findings }
  }
}
