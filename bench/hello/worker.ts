import { hello } from "./app.ts"

export default { fetch: hello.fetch }
