// Bun entry: `bun server/bun.ts` (or `cxedge serve --runtime bun`).
import { getConnInfo } from "hono/bun"
import { prepareServer, startupFailed } from "./prepare.ts"

const s = await prepareServer(process.env, { peerAddress: (c) => getConnInfo(c).remote.address }).catch((error) => startupFailed(error))
let server: ReturnType<typeof Bun.serve>
try {
  server = Bun.serve({ hostname: s.hostname, port: s.port, fetch: s.app.fetch })
} catch (error) {
  await s.shutdown()
  startupFailed(error, s.port, s.hostname)
}
console.log(`cxedge listening on http://${s.hostname}:${server.port} (bun ${Bun.version})`)
const stop = async () => {
  await server.stop()
  await s.shutdown()
  process.exit(0)
}
process.once("SIGINT", stop)
process.once("SIGTERM", stop)
