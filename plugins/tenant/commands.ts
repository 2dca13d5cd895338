import { defineCommand } from "citty"
import { didYouMean, ValidationError, type CommandHost, type Runtime } from "../../core/index.ts"
import { ENV_KEYS, environmentValues } from "./values.ts"

const json = { json: { type: "boolean", description: "print JSON for scripts" } } as const

/** `cxedge tenant discover|whoami|env`. */
export function tenantCommand(host: CommandHost) {
  const withRuntime = <T>(args: Record<string, unknown>, fn: (rt: Runtime) => Promise<T>) => host.withRuntime(args, (opened) => fn(opened.rt), { readOnly: true })
  return defineCommand({
    meta: { name: "tenant", description: "Tenant discovery, token claims and environment values", examples: ["cxedge tenant discover", "cxedge tenant env api_endpoint"] },
    subCommands: {
      discover: defineCommand({
        meta: { description: "Discover the token endpoint and the tenant's area and hosts", examples: ["cxedge tenant discover", "cxedge tenant discover --json"] },
        args: { ...host.commonArgs, ...json },
        run: ({ args }) =>
          withRuntime(args, async (rt) => {
            const values = environmentValues(await rt.client.discover())
            host.print(args.json ? values : Object.entries(values).map(([key, value]) => ({ key, value })), { json: !!args.json })
          }),
      }),
      whoami: defineCommand({
        meta: { description: "Show the identifying claims of the current token (never the token)", examples: ["cxedge tenant whoami", "cxedge tenant whoami --json"] },
        args: { ...host.commonArgs, ...json },
        run: ({ args }) =>
          withRuntime(args, async (rt) => {
            const claims = await rt.client.whoami()
            const shown = { ...claims, expiresAt: typeof claims.exp === "number" ? new Date(claims.exp * 1000).toISOString() : undefined }
            host.print(args.json ? shown : Object.entries(shown).filter(([, v]) => v !== undefined).map(([key, value]) => ({ key, value: typeof value === "object" ? JSON.stringify(value) : String(value) })), { json: !!args.json })
          }),
      }),
      env: defineCommand({
        meta: { description: "Print the tenant's environment values, or one of them", examples: ["cxedge tenant env", "cxedge tenant env api_endpoint  # one value, for a script"] },
        args: { ...host.commonArgs, ...json, key: { type: "positional", required: false, description: "one value to print, e.g. api_endpoint" } },
        run: ({ args }) => {
          // A name no tenant has is refused before the token is fetched (and stored): "__proto__" or "toString" is none either.
          const key = args.key as string | undefined
          if (key && !(ENV_KEYS as readonly string[]).includes(key)) {
            const shown = key.length > 40 ? `${JSON.stringify(key.slice(0, 40))}...` : JSON.stringify(key)
            // A variable's name (CXEDGE_ISSUER): KEY is a value the tenant's discovery gives, and the variable's own value may be a secret.
            const variable = /^cxedge_/i.test(key)
            const meant = didYouMean(variable ? key.slice(7) : key, ENV_KEYS)
            if (variable) throw new ValidationError("tenant", `unknown key ${shown}: KEY names a value of the tenant's discovery, not an environment variable${meant}: use one of ${ENV_KEYS.join(", ")} (cxedge plugins lists the variables each plugin reads)`, "key", "E_USAGE")
            throw new ValidationError("tenant", `unknown key ${shown}${meant}: use one of ${ENV_KEYS.join(", ")}`, "key", "E_USAGE")
          }
          return withRuntime(args, async (rt) => {
            const values = environmentValues(await rt.client.discover())
            if (key) {
              const value = Object.hasOwn(values, key) ? values[key] : undefined
              // A known name this tenant's discovery does not give: said so, not called unknown.
              if (value === undefined) throw new ValidationError("tenant", `this tenant's discovery gives no ${key}: cxedge tenant env lists the values it gives`, "key")
              host.print(args.json ? { [key]: value } : value, { json: !!args.json })
              return
            }
            host.print(args.json ? values : Object.entries(values).map(([key, value]) => ({ key, value })), { json: !!args.json })
          })
        },
      }),
    },
  })
}
