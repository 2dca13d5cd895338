import { defineCommand } from "citty"
import { serve } from "@hono/node-server"
import { ConfigError, didYouMean, hostFlag, startOf, intFlag, repeatedKey } from "../../core/index.ts"
import { createSandbox, DROP_HEADER } from "../../sandbox/app.ts"
import { FAULT_KEYS, faultProblem } from "../../sandbox/fault-check.ts"

/** `cxedge sandbox --port 8787`: the emulated tenant on a loopback port until interrupted. */
export default defineCommand({
  meta: { name: "sandbox", description: "Serve the emulated CXone tenant (and consent receiver) on a port", examples: ["cxedge sandbox --port 8787", "cxedge sandbox --port 0 --contacts 1000 --faults '{\"errorRatio\":0.05}'  # a free port; 5% of requests fail"] },
  args: {
    port: { type: "string", default: "8787", description: "port to listen on, 0 to 65535 (0 picks a free one)" },
    host: { type: "string", default: "127.0.0.1", description: "address to bind" },
    contacts: { type: "string", default: "250", description: "contacts per tenant, 1 to 100000" },
    seed: { type: "string", default: "42", description: "seed of the fake data, 0 to 4294967295" },
    faults: { type: "string", description: "JSON of fault knobs for every tenant, e.g. '{\"errorRatio\":0.05}'" },
  },
  async run({ args }) {
    const port = intFlag("port", args.port, { min: 0, max: 65_535 })!
    const contacts = intFlag("contacts", args.contacts, { min: 1, max: 100_000 })!
    const seed = intFlag("seed", args.seed, { min: 0, max: 0xffff_ffff })!
    const host = hostFlag("host", args.host)!
    let faults: Record<string, unknown> = {}
    if (args.faults !== undefined) {
      try {
        faults = JSON.parse(args.faults)
      } catch {
        throw new ConfigError("sandbox", "--faults is not valid JSON: pass an object such as '{\"errorRatio\":0.05}'")
      }
      if (!faults || typeof faults !== "object" || Array.isArray(faults)) throw new ConfigError("sandbox", "--faults must be a JSON object such as '{\"errorRatio\":0.05}'")
      // Two values for one knob: JSON.parse keeps the last, and the tester may have meant the first.
      const repeated = repeatedKey(args.faults)
      if (repeated) throw new ConfigError("sandbox", `--faults ${JSON.stringify(repeated.slice(0, 40))} is given twice: give each knob once`)
      // A typo'd knob or a ratio of 5 would serve a sandbox that fails otherwise than the tester believes.
      const bad = faultProblem(faults)
      if (bad) {
        const name = JSON.stringify(bad.key.slice(0, 40))
        if (!bad.unknown) throw new ConfigError("sandbox", `--faults ${name} ${bad.problem}`)
        throw new ConfigError("sandbox", `--faults ${name} is not a fault knob${didYouMean(bad.key, FAULT_KEYS) || startOf(bad.key, FAULT_KEYS)}: use ${FAULT_KEYS.join(", ")}`)
      }
    }
    const sandbox = await createSandbox({ contacts, seed, faults })
    await new Promise<void>((resolveListening, fail) => {
      const server = serve(
        {
          hostname: host,
          port,
          fetch: async (request: Request, env: any) => {
            const response = await sandbox.handle(request)
            if (response.headers.get(DROP_HEADER)) env?.incoming?.socket?.destroy()
            return response
          },
        },
        (info) => {
          const origin = `http://${host.includes(":") ? `[${host}]` : host}:${info.port}`
          process.stdout.write(`sandbox listening on ${origin}\n`)
          process.stdout.write(`tenants: ${sandbox.core.tenants.map((t) => `${t.name} (${t.id})`).join(", ")}\n`)
          process.stdout.write(`point cxedge at it with CXEDGE_ISSUER=${origin} and the sandbox credentials from the README\n`)
          resolveListening()
        },
      )
      // A port in use is reported as an event after serve() returned.
      server.on("error", (error: NodeJS.ErrnoException) =>
        fail(
          // Port 0 is never in use: Bun reports a host name it cannot bind as EADDRINUSE.
          error.code === "EADDRINUSE" && port !== 0
            ? new ConfigError("sandbox", `port ${port} is in use: pick another with --port (0 picks a free one)`)
            : /^(EADDRINUSE|EINVAL|EADDRNOTAVAIL|ENOTFOUND|EAI_\w+)$/.test(error.code ?? "")
              ? new ConfigError("sandbox", `cannot listen on ${host}: use an address of this machine (127.0.0.1, 0.0.0.0, ::) with --host`)
              : error,
        ),
      )
      const stop = () => server.close(() => process.exit(0))
      process.once("SIGINT", stop)
      process.once("SIGTERM", stop)
    })
  },
})
