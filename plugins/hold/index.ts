import * as v from "valibot"
import { definePlugin, type Runtime } from "../../core/index.ts"
import { holdOperations } from "./contact.ts"
import { holdRoutes } from "./routes.ts"
import { createHoldStore, type HoldStore } from "./store.ts"

export type { Hold, HoldKind, HoldStore } from "./store.ts"

/**
 * Legal hold. A hold names a subject (an email or phone number, stored only
 * as its keyed token) or one contact, with the operator's reason and an
 * optional end. Its meaning reaches every write path through core's write
 * gate (`rt.gates`, core/gates.ts): anonymize jobs of every target, retention
 * sweeps, Studio callouts and inbound erasure requests skip a held contact
 * and count it as held, by hold id. A contact hold reads the contact first
 * and holds its subjects too (as tokens): CXone's Privacy erasure reaches
 * every contact of a subject, so erasing another contact of the same person
 * would defeat it. The reason stays in this plugin's
 * storage: the audit log records hold ids, never the reason or a value.
 */
const hold = definePlugin({
  name: "hold",
  version: "0.1.0",
  description: "Legal holds on subjects and contacts: every write path skips them",
  // No settings: a `settings.hold` key (a typo for another plugin's, say) is refused rather than ignored.
  config: v.strictObject({}, "the hold plugin has no settings: remove settings.hold"),
  namespaces: ["holds"],
  operations: holdOperations,
  gates: [
    {
      name: "hold",
      description: "an active legal hold on the contact or on one of its subjects",
      check: (rt, candidates) => storeOf(rt).verdicts(candidates),
    },
  ],
  setup: (rt): HoldStore => createHoldStore(rt),
  routes: (app, rt, store) => holdRoutes(app, rt, store),
})

export default hold

/** The runtime's hold store (the gate runs only where the plugin is loaded, so it is there). */
const storeOf = (rt: Runtime): HoldStore => rt.state(hold) ?? createHoldStore(rt)
