/**
 * A misspelt settings key was refused with every built-in listed as "the plugins", though the config loaded two: the
 * list read as if all of them were loaded. It now lists the plugins this config loads, and a near name that is a
 * built-in the config does not load is said to be missing from plugins.
 */
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"

const config = (settings: Record<string, unknown>) => ({ "cxedge.config.json": json({ plugins: ["tenant", "skill-activity"], settings }) })

const rows: RefusalRow[] = [
  {
    name: "settings.skill-activty, a loaded plugin misspelt",
    args: ["plugins"],
    files: config({ "skill-activty": { thresholds: { maxQueue: 5 } } }),
    says: /^\[cxedge\] \[config\] cxedge\.config\.json: settings\.skill-activty names no plugin \(did you mean skill-activity\?\): the plugins this config loads are tenant, skill-activity$/,
  },
  {
    name: "settings.anonymise, near a built-in the config does not load",
    args: ["plugins"],
    files: config({ anonymise: { concurrency: 4 } }),
    says: /^\[cxedge\] \[config\] cxedge\.config\.json: settings\.anonymise names no plugin \(did you mean anonymize\? it is not in plugins: add "anonymize" there to use it\): the plugins this config loads are tenant, skill-activity$/,
  },
]

refusalRound("a settings key that names no plugin", "cxedge-settings-key-", rows)
