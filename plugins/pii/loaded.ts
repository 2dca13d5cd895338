// The recognizers load when an analyzer is first needed, not when the plugin is imported: their word lists and
// patterns are some 8 MB of heap (20 MB resident) that a runtime without the pii plugin, a `--help`, or a job whose
// collector marks the heap on every pass, would otherwise carry. The plugin's `setup` loads them; scrub and the
// routes run only after it.

type AnalyzerModule = typeof import("./analyzer.ts")

let loaded: AnalyzerModule | undefined
let loading: Promise<AnalyzerModule> | undefined

/** The analyzer module, loaded once. */
export function loadAnalyzer(): Promise<AnalyzerModule> {
  if (loaded) return Promise.resolve(loaded)
  return (loading ??= import("./analyzer.ts").then((m) => (loaded = m)))
}

/** The analyzer module if it has loaded, else undefined. */
export const loadedAnalyzer = (): AnalyzerModule | undefined => loaded
