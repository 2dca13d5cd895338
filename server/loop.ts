import type { Runtime } from "../core/index.ts"

/**
 * The in-process worker of a Bun or Node server: drains the task queue and
 * emits `runtime:tick` (outbox retries) every `intervalMs`. Requests only
 * enqueue; this, or the drain a request kicks off after answering, does
 * the work.
 */
export function startWorkerLoop(rt: Runtime, intervalMs = 1000) {
  let busy = false
  const timer = setInterval(async () => {
    if (busy) return
    busy = true
    try {
      await rt.hooks.emit("runtime:tick", { at: rt.clock.now() })
      await rt.tasks.drain()
    } catch (error) {
      rt.log.error(`worker loop: ${(error as Error).message}`)
    } finally {
      busy = false
    }
  }, intervalMs)
  return {
    async stop() {
      clearInterval(timer)
      while (busy) await new Promise((r) => setTimeout(r, 20))
    },
  }
}
