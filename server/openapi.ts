import { toJsonSchema } from "@valibot/to-json-schema"
import type { RouteDoc, Runtime } from "../core/index.ts"

/** OpenAPI 3.1 from the routes' docs; request bodies are the valibot schemas the routes validate with. */
export function openApi(rt: Runtime, own: RouteDoc[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const doc of [...own, ...rt.plugins.flatMap((p) => p.routeDocs ?? [])]) {
    paths[doc.path] ??= {}
    paths[doc.path]![doc.method] = {
      summary: doc.summary,
      ...(doc.auth === "admin" ? { security: [{ adminToken: [] }] } : {}),
      ...(doc.auth === "webhook" ? { description: "Signed per Standard Webhooks: webhook-id, webhook-timestamp (5 minutes tolerance) and webhook-signature headers." } : {}),
      ...(doc.body ? { requestBody: { required: true, content: { "application/json": { schema: toJsonSchema(doc.body, { errorMode: "ignore" }) } } } } : {}),
      responses: Object.fromEntries(Object.entries(doc.responses).map(([status, description]) => [status, { description }])),
    }
  }
  return {
    openapi: "3.1.0",
    info: { title: "cxedge", version, description: "Privacy and integration operations against NICE CXone tenants. Errors are JSON: {error, message}." },
    paths,
    components: { securitySchemes: { adminToken: { type: "http", scheme: "bearer", description: "CXEDGE_ADMIN_TOKEN" } } },
  }
}
