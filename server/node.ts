// Node entry: built to JavaScript by `cxedge serve --runtime node` (bun build --target=node), run with node.
import { serve } from "@hono/node-server"
import { getConnInfo } from "@hono/node-server/conninfo"
import { prepareServer, startupFailed } from "./prepare.ts"

const s = await prepareServer(process.env, { peerAddress: (c) => getConnInfo(c).remote.address }).catch((error) => startupFailed(error))
const server = serve({ fetch: s.app.fetch, hostname: s.hostname, port: s.port }, (info) => {
  console.log(`cxedge listening on http://${s.hostname}:${info.port} (node ${process.version})`)
})
// Node reports a port in use as an event, after serve() returned.
server.on("error", (error) => startupFailed(error, s.port, s.hostname))
const stop = () =>
  server.close(async () => {
    await s.shutdown()
    process.exit(0)
  })
process.once("SIGINT", stop)
process.once("SIGTERM", stop)
