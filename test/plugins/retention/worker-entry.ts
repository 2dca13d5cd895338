import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { workerEntry } from "../../../cli/commands/build.ts"
import { defaultPlugins } from "../../../plugins/manifest.ts"
import { ROOT } from "../../helpers.ts"

/**
 * The Worker entry `cxedge build worker` writes for a config (its settings copied in, every default plugin),
 * importing this checkout's createWorker instead of the published package: a Worker has no config file.
 */
export function retentionWorkerEntry(config: object): string {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-retention-worker-"))
  const source = workerEntry(defaultPlugins, dir, "cxedge.config.json", config).replace('"@cxedge/toolkit/worker"', JSON.stringify(`${ROOT}server/create-worker.ts`))
  writeFileSync(join(dir, "worker.ts"), source)
  return join(dir, "worker.ts")
}
