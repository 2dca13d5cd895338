import type { Finding } from "../../core/index.ts"
import type { Analyzer } from "./analyzer.ts"

// A job's scrub rule re-scans the note it wrote, and validation's residual check then reads that same note with the
// plugin's analyzer: when both analyzers have the same options (the usual case) the second scan is the first one again,
// a third of a scrubbed note's work. The scrub transform hands over what its last scans found; the residual check takes
// them when the text and the options are the same. The few last texts are kept (a record may scrub several fields
// before it is validated), nothing else: a text scanned again later is scanned again.
const KEPT = 8
const handed = new Map<string, { key: string; findings: readonly Finding[] }>()

/** Keeps what `analyzer` found in `text`, for the next `findingsOf` of the same text under the same options. */
export function handOver(analyzer: Analyzer, text: string, findings: readonly Finding[]): void {
  if (analyzer.key === undefined) return
  handed.delete(text)
  if (handed.size >= KEPT) handed.delete(handed.keys().next().value!)
  handed.set(text, { key: analyzer.key, findings })
}

/** What `analyzer` finds in `text`: handed over by a scan with the same options, or scanned now. */
export function findingsOf(analyzer: Analyzer, text: string): Finding[] {
  const kept = analyzer.key === undefined ? undefined : handed.get(text)
  return kept && kept.key === analyzer.key ? [...kept.findings] : analyzer.analyze(text)
}
