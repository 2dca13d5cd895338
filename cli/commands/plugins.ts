import { defineCommand } from "citty"
import { commonArgs, createHost } from "../host.ts"

/** `cxedge plugins`: what the runtime loaded, in setup order. */
export default defineCommand({
  meta: { name: "plugins", description: "List the loaded plugins with their transforms, operations and commands", examples: ["cxedge plugins", "cxedge plugins --config cxedge.config.json --json  # what a config file loads, for scripts"] },
  args: { ...commonArgs, json: { type: "boolean", description: "print the plugins as JSON" } },
  async run({ args }) {
    const host = createHost()
    await host.withRuntime(args, async (opened) => {
      const rows = opened.rt.plugins.map((p) => ({
        name: p.name,
        version: p.version,
        requires: (p.requires ?? []).join(","),
        transforms: (p.transforms ?? []).map((t) => t.name).join(","),
        operations: (p.operations ?? []).length,
        commands: Object.keys(p.commands ?? {}).join(","),
        routes: p.routes ? "yes" : "",
      }))
      host.print(rows, { json: !!args.json })
    }, { readOnly: true })
  },
})
