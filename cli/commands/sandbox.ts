import { defineCommand } from "citty"
import { serve } from "@hono/node-server"
import { ConfigError } from "../../core/index.ts"
import { createSandbox, DROP_HEADER } from "../../sandbox/app.ts"

/** `cxedge sandbox --port 8787`: the emulated tenant on a loopback port until interrupted. */
export default defineCommand({
  meta: { name: "sandbox", description: "Serve the emulated CXone tenant (and consent receiver) on a port" },
  args: {
    port: { type: "string", default: "8787", description: "port to listen on (0 picks a free one)" },
    host: { type: "string", default: "127.0.0.1", description: "address to bind" },
    contacts: { type: "string", default: "250", description: "contacts per tenant" },
    seed: { type: "string", default: "42", description: "seed of the fake data" },
    faults: { type: "string", description: "JSON of fault knobs for every tenant, e.g. '{\"errorRatio\":0.05}'" },
  },
  async run({ args }) {
    let faults = {}
    if (args.faults) {
      try {
        faults = JSON.parse(args.faults)
      } catch {
        throw new ConfigError("sandbox", "--faults is not valid JSON: pass an object such as '{\"errorRatio\":0.05}'")
      }
    }
    const sandbox = await createSandbox({ contacts: Number(args.contacts), seed: Number(args.seed), faults })
    await new Promise<void>((resolveListening) => {
      const server = serve(
        {
          hostname: args.host,
          port: Number(args.port),
          fetch: async (request: Request, env: any) => {
            const response = await sandbox.handle(request)
            if (response.headers.get(DROP_HEADER)) env?.incoming?.socket?.destroy()
            return response
          },
        },
        (info) => {
          const origin = `http://${args.host}:${info.port}`
          process.stdout.write(`sandbox listening on ${origin}\n`)
          process.stdout.write(`tenants: ${sandbox.core.tenants.map((t) => `${t.name} (${t.id})`).join(", ")}\n`)
          process.stdout.write(`point cxedge at it with CXEDGE_ISSUER=${origin} and the sandbox credentials from the README\n`)
          resolveListening()
        },
      )
      const stop = () => server.close(() => process.exit(0))
      process.once("SIGINT", stop)
      process.once("SIGTERM", stop)
    })
  },
})
