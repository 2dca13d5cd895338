import { definePlugin, type Runtime } from "../../core/index.ts"
import "./events.ts"
import { expireExports, handleAccessRequests, openExportStore, type ExportStore } from "./inbound.ts"
import { subjectOperations } from "./operations.ts"
import { exportRoutes } from "./routes.ts"
import { SubjectConfig, type SubjectSettings } from "./settings.ts"

export { SubjectConfig, type SubjectSettings } from "./settings.ts"

export interface SubjectState {
  settings: SubjectSettings
  store: ExportStore
}

/**
 * Subject access (GDPR Art. 15/20): `cxedge subject export` gathers what the
 * tenant holds about one person into a file, after resolving the
 * identifiers linked to them; an inbound `access.requested` (consent
 * plugin) is queued as a task, its export sealed under the key ring and
 * collected once at `GET /v1/subjects/exports/:id`.
 */
const subject = definePlugin({
  name: "subject",
  version: "0.1.0",
  description: "Subject access exports, with linked identifiers resolved first",
  config: SubjectConfig,
  namespaces: ["subject-exports"],
  events: ["subject:access-ready"],
  operations: subjectOperations,
  setup(rt: Runtime, settings): SubjectState {
    const store = openExportStore(rt)
    handleAccessRequests(rt, settings, store)
    rt.hooks.on("runtime:tick", () => expireExports(rt, store))
    return { settings, store }
  },
  routes: (app, rt, state) => exportRoutes(app, rt, state.store),
})

export default subject
