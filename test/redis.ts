import Redis from "ioredis"

/** A real redis-server on a free loopback port for one test file (.ci/run installs Debian's redis-server). */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const probe = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response() })
  const port = probe.port!
  probe.stop(true)
  let proc: ReturnType<typeof Bun.spawn>
  try {
    proc = Bun.spawn(["redis-server", "--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdout: "ignore", stderr: "pipe" })
  } catch {
    throw new Error("redis-server is not installed: apt-get install redis-server (.ci/run does this)")
  }
  const url = `redis://127.0.0.1:${port}`
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  for (let i = 0; ; i++) {
    try {
      await client.connect()
      await client.ping()
      break
    } catch {
      if (i > 50) throw new Error(`redis-server did not start on ${port}`)
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
