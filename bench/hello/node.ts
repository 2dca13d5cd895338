import { serve } from "@hono/node-server"
import { hello } from "./app.ts"

serve({ fetch: hello.fetch, hostname: "127.0.0.1", port: Number(process.env.CXEDGE_PORT ?? 0) }, (info) => console.log(`hello listening on http://127.0.0.1:${info.port}`))
