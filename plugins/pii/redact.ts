import { choiceFlag, type Finding } from "../../core/index.ts"
import type { Analyzer } from "./analyzer.ts"

// The scrub slice (plugins/pii/scrub.ts) brings the four modes (tag, indexed, hmac, mask). Until it
// lands, `pii redact` and POST /v1/deidentify replace findings here, in `tag` mode only; switching to
// its function means replacing `replaceFindings` and `REDACT_MODES` below, nothing else.

/** The modes `pii redact --mode` and `/v1/deidentify` take. */
export const REDACT_MODES = ["tag"] as const
export type RedactMode = (typeof REDACT_MODES)[number]

/** `--mode`, checked before any input is read (default `tag`). */
export const redactModeFlag = (raw: unknown): RedactMode => choiceFlag("mode", raw, REDACT_MODES) ?? "tag"

/**
 * The text with each finding replaced: in `tag` mode by its type in angle
 * brackets (`<EMAIL>`). Findings must not overlap (the analyzer's never do);
 * the text between them is kept as it was.
 * @example replaceFindings("mail a@b.io now", [{ type: "EMAIL", start: 5, end: 11, score: 0.95, recognizer: "email" }], "tag") // "mail <EMAIL> now"
 */
export function replaceFindings(text: string, findings: readonly Finding[], _mode: RedactMode): string {
  let out = ""
  let at = 0
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue
    out += `${text.slice(at, f.start)}<${f.type}>`
    at = f.end
  }
  return out + text.slice(at)
}

/** Text in, scrubbed text and the findings' count out. */
export function redactText(analyzer: Analyzer, text: string, mode: RedactMode): { text: string; findings: Finding[] } {
  const findings = analyzer.analyze(text)
  return { text: replaceFindings(text, findings, mode), findings }
}
