import Redis from "ioredis"

const INSTALL = "apt-get install redis-server"

/** Says a suite kind is skipped, once per `bun test` run however many files ask (the flag lives on globalThis, which every file shares). */
export function sayOnce(key: string, line: string) {
  const said = ((globalThis as { __cxedgeSkipped?: Set<string> }).__cxedgeSkipped ??= new Set())
  if (said.has(key)) return
  said.add(key)
  process.stderr.write(`${line}\n`)
}

/**
 * True when the redis suites cannot run here (no redis-server on PATH):
 * they are skipped with one line. With CI=true they are required: false is
 * returned and startRedis fails with what to install.
 */
export function redisSkipped(): boolean {
  if (Bun.which("redis-server")) return false
  if (process.env.CI === "true") return false
  sayOnce("redis", `skipped: redis suites (redis-server not on PATH; ${INSTALL})`)
  return true
}

/** A real redis-server on a free loopback port for one test file (.ci/run installs Debian's redis-server). */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  if (!Bun.which("redis-server")) throw new Error(`redis-server is not on PATH and CI=true requires the redis suites: ${INSTALL} (.ci/run does this)`)
  // The port is free when probed but another process can take it before redis-server binds it: redis-server then
  // exits ("Address already in use"), and it is started again on another port.
  for (let attempt = 1; ; attempt++) {
    const started = await startRedisOnce()
    if ("url" in started) return started
    if (attempt >= 3 || !started.exited) throw new Error(started.error)
  }
}

async function startRedisOnce(): Promise<{ url: string; stop(): Promise<void> } | { error: string; exited: boolean }> {
  const probe = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response() })
  const port = probe.port!
  probe.stop(true)
  const proc = Bun.spawn(["redis-server", "--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning"], { stdout: "pipe", stderr: "pipe" })
  const url = `redis://127.0.0.1:${port}`
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  // Refused connections while the server starts are expected: without a listener ioredis prints them as "Unhandled error event".
  client.on("error", () => {})
  for (let i = 0; ; i++) {
    try {
      await client.connect()
      await client.ping()
      break
    } catch {
      if (i > 50 || proc.exitCode !== null) {
        client.disconnect()
        proc.kill()
        const said = `${await new Response(proc.stdout).text()}${await new Response(proc.stderr).text()}`
        return { error: `redis-server did not start on ${port}: ${said.slice(-1000)}`, exited: i <= 50 }
      }
      client.disconnect()
      await Bun.sleep(100)
    }
  }
  client.disconnect()
  return {
    url,
    async stop() {
      proc.kill()
      await proc.exited
    },
  }
}
