import { hello } from "./app.ts"

const server = Bun.serve({ hostname: "127.0.0.1", port: Number(process.env.CXEDGE_PORT ?? 0), fetch: hello.fetch })
console.log(`hello listening on http://127.0.0.1:${server.port}`)
