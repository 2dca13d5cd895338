// Cloudflare Workers entry (wrangler.toml): the built-in plugins, or those CXEDGE_PLUGINS names.
// A project with its own plugins generates its entry instead: `cxedge build worker`.
import { createWorker } from "./create-worker.ts"

export default createWorker()
