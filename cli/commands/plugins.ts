import { defineCommand } from "citty"
import { CORE_VARIABLES, pluginVariables } from "../../core/index.ts"
import { withSecretsFile } from "../../node/config.ts"
import { cliBuiltins } from "../../plugins/manifest-cli.ts"
import { commonArgs, createHost } from "../host.ts"

const yesNo = (value: boolean) => (value ? "yes" : "no")

/** `cxedge plugins`: what the runtime loaded, in setup order, with the variables each reads and the storage it keeps. */
export default defineCommand({
  meta: {
    name: "plugins",
    description: "List the loaded plugins: transforms, operations, commands, storage namespaces and the environment variables each reads (set or not, never the value)",
    examples: ["cxedge plugins", "cxedge plugins --config cxedge.config.ts --json  # what a config file loads, for scripts"],
  },
  args: { ...commonArgs, json: { type: "boolean", description: "print the plugins as JSON, each with its variables and namespaces" } },
  async run({ args }) {
    const host = createHost()
    await host.withRuntime(args, async (opened) => {
      // Whether a variable is set counts CXEDGE_SECRETS_FILE too, as the runtime read it.
      const env = await withSecretsFile(process.env)
      const variables = pluginVariables(opened.rt.plugins, env)
      const rows = opened.rt.plugins.map((p) => ({
        name: p.name,
        version: p.version,
        requires: (p.requires ?? []).join(","),
        transforms: (p.transforms ?? []).map((t) => t.name).join(","),
        operations: (p.operations ?? []).length,
        // A built-in's commands are kept apart from its plugin object (plugins/<name>/cli.ts), out of Worker bundles.
        commands: Object.keys(p.commands ?? cliBuiltins[p.name]?.commands ?? {}).join(","),
        routes: p.routes ? "yes" : "",
        namespaces: (p.namespaces ?? []).join(","),
      }))
      if (args.json) {
        const declared = (name: string) => variables.filter((v) => v.plugin === name).map(({ plugin: _, ...v }) => v)
        host.print(rows.map((row, i) => ({ ...row, namespaces: opened.rt.plugins[i]!.namespaces ?? [], variables: declared(row.name) })), { json: true })
        return
      }
      host.print(rows)
      // Core's own variables first (the tenant, keys, storage, limits), then each plugin's.
      const core = CORE_VARIABLES.map((v) => ({ plugin: "core", name: v.name, secret: v.secret, set: !!env[v.name], description: v.description }))
      host.print("")
      host.print([...core, ...variables].map((v) => ({ plugin: v.plugin, variable: v.name, secret: yesNo(v.secret), set: yesNo(v.set), description: v.description })))
    }, { readOnly: true })
  },
})
