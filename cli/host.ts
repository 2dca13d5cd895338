import { createConsola, type ConsolaInstance } from "consola"
import fsDriver from "unstorage/drivers/fs"
import {
  createCxedgeStorage, createKeyRing, createRuntime, type CommandHost, type Logger, type OpenedRuntime,
} from "../core/index.ts"
import { defaultPlugins } from "../plugins/manifest.ts"
import { nodeBuiltins } from "../plugins/manifest-node.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../sandbox/app.ts"
import { importPlugin, loadSettings, type Env } from "./config.ts"
import { nodeFiles } from "./files.ts"
import { render } from "./output.ts"

/** Flags every command that opens a runtime accepts. */
export const commonArgs = {
  config: { type: "string", description: "path to cxedge.config.(json|ts)" },
  sandbox: { type: "boolean", description: "use the embedded sandbox tenant even if one is configured" },
  storage: { type: "string", description: "storage driver: memory or fs (default fs, memory with the sandbox)" },
  "storage-dir": { type: "string", description: "directory of the fs storage (default .cxedge)" },
  rps: { type: "string", description: "most requests a second sent to the tenant" },
  verbose: { type: "boolean", description: "debug logging" },
} as const

function loggerFrom(consola: ConsolaInstance): Logger {
  return {
    debug: (m, ...a) => consola.debug(m, ...a),
    info: (m, ...a) => consola.info(m, ...a),
    warn: (m, ...a) => consola.warn(m, ...a),
    error: (m, ...a) => consola.error(m, ...a),
  }
}

const randomKey = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))

/** The CLI's CommandHost: logs on stderr, data on stdout, runtime built from settings. */
export function createHost(env: Env = process.env): CommandHost {
  const consola = createConsola({ stdout: process.stderr, stderr: process.stderr, level: env.CXEDGE_LOG_LEVEL ? Number(env.CXEDGE_LOG_LEVEL) : 3 })
  const isTTY = !!process.stderr.isTTY
  let statusShown = false
  return {
    commonArgs,
    isTTY,
    info: (m) => consola.info(m),
    warn: (m) => consola.warn(m),
    print: (data, options) => void process.stdout.write(render(data, options)),
    setExitCode: (code) => void (process.exitCode = code),
    status(line, done) {
      if (!isTTY) return
      process.stderr.write(`\r\x1b[2K${line}${done ? "\n" : ""}`)
      statusShown = !done
    },
    async prompt(message, options) {
      if (!process.stdin.isTTY || !isTTY) return undefined
      const answer = await consola.prompt(message, { type: "text", default: options?.default, cancel: "undefined" })
      return typeof answer === "string" ? answer : undefined
    },
    async open(args): Promise<OpenedRuntime> {
      if (args.verbose) consola.level = 4
      const settings = await loadSettings(args, env)
      const log = loggerFrom(consola)
      let fetchImpl: typeof fetch | undefined
      let keys = settings.keys
      let config = settings.config
      if (!settings.tenantConfigured) {
        // The sandbox's consent receiver stands in for the consent platform, with a throwaway signing secret.
        const consent = config.settings?.["consent-webhook"] as { url?: string; secrets?: string[] } | undefined
        const secret = `whsec_${randomKey()}`
        const sandbox = await createSandbox({ contacts: Number(env.CXEDGE_SANDBOX_CONTACTS ?? 250), seed: Number(env.CXEDGE_SANDBOX_SEED ?? 42), consentSecrets: [secret] })
        if (!consent?.url) {
          config = { ...config, settings: { ...config.settings, "consent-webhook": { ...consent, url: `${SANDBOX_ORIGIN}/_consent/webhooks`, secrets: [secret] } } }
        }
        const c = sandbox.credentials("acme")
        consola.info("no tenant configured (set CXEDGE_ISSUER and the access key variables): using the embedded sandbox tenant \"acme\"")
        fetchImpl = sandbox.fetch
        config = {
          ...config,
          // The embedded sandbox has no rate limit unless told to; a real tenant's default stays conservative.
          limits: { rps: 500, burst: 100, maxConcurrency: 32, ...config.limits },
          tenant: {
            issuer: SANDBOX_ORIGIN,
            accessKeyId: c.accessKeyId,
            accessKeySecret: c.accessKeySecret,
            clientId: c.clientId,
            clientSecret: c.clientSecret,
            records: { baseUrl: SANDBOX_ORIGIN, clientId: c.recordsClientId, clientSecret: c.recordsClientSecret },
          },
        }
        if (!keys) keys = `sbx:${randomKey()}`
      }
      const storage = createCxedgeStorage(settings.storage.driver === "fs" ? fsDriver({ base: settings.storage.dir }) : undefined)
      const rt = await createRuntime(
        { ...config, plugins: config.plugins ?? defaultPlugins },
        {
          storage,
          log,
          fetch: fetchImpl,
          keys: createKeyRing(keys, settings.keyId),
          builtins: nodeBuiltins,
          importer: importPlugin,
        },
      )
      return {
        rt,
        sandbox: !settings.tenantConfigured,
        files: nodeFiles,
        async close() {
          if (statusShown) process.stderr.write("\n")
          try {
            // Work a command queued (an erasure request) runs before the process ends.
            await rt.tasks.drain()
          } finally {
            await rt.dispose()
          }
        },
      }
    },
  }
}
