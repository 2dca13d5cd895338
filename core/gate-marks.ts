import type { Runtime } from "./plugin.ts"

/**
 * What a plugin's write gate has to judge in a storage: marked there by the plugin (the hold plugin while any legal hold
 * is active), read by every write path whether or not that plugin is loaded. A runtime whose config leaves the plugin
 * out has no gate to ask, and a gate left out judges nothing: the mark is how the storage still says that something in
 * it must be judged before a contact is written. Core reads it without knowing the plugin (`gates:<plugin>`).
 */
export interface GateMark {
  plugin: string
  gate: string
  /** What is there to judge, counted and without a value: "2 active legal holds". */
  what: string
  /** ISO instant after which nothing marked holds any more (the latest end); absent: until the plugin clears the mark. */
  until?: string
}

const keyOf = (plugin: string) => plugin.replace(/[^\w.-]/g, "_")

/**
 * Marks (or with `what` undefined, clears) what `plugin`'s write gate `gate` has to judge in this runtime's storage.
 * A plugin marks before it stores what its gate judges, and clears after it is gone, so a failure in between leaves a
 * mark that refuses too much, never too little.
 */
export async function markGate(rt: Runtime, plugin: string, gate: string, mark: { what: string; until?: string } | undefined): Promise<void> {
  const marks = rt.storage.namespace("gates")
  if (!mark) return marks.removeItem(keyOf(plugin))
  await marks.setItem(keyOf(plugin), { plugin, gate, what: mark.what, ...(mark.until ? { until: mark.until } : {}) } satisfies GateMark)
}

/** The marks in storage whose gate no loaded plugin brings, and whose end (if any) is still ahead. */
export async function unloadedGateMarks(rt: Runtime): Promise<GateMark[]> {
  const marks = rt.storage.namespace("gates")
  const loaded = new Set(rt.plugins.flatMap((p) => (p.gates ?? []).map((g) => `${p.name}\n${g.name}`)))
  const found: GateMark[] = []
  for (const key of await marks.getKeys()) {
    const mark = await marks.getItem<GateMark>(key)
    if (!mark || typeof mark.plugin !== "string" || typeof mark.gate !== "string") continue
    if (loaded.has(`${mark.plugin}\n${mark.gate}`)) continue
    if (mark.until && Date.parse(mark.until) <= rt.clock.now()) continue
    found.push(mark)
  }
  return found
}
