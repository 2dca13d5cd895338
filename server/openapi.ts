import type { Hono } from "hono"
import { describeRoute, generateSpecs, resolver } from "hono-openapi"
import * as v from "valibot"
import { documentedResponses, documentRoute, RefusalSchema, SECURITY_SCHEMES } from "../core/index.ts"

const Readiness = v.object({ status: v.picklist(["ready", "not_ready"]), checks: v.record(v.string(), v.string()) })

/** The app's own routes, documented by the same middleware as plugin routes. */
export const ownDocs = {
  healthz: documentRoute({
    summary: "Liveness: the process answers",
    responses: { 200: { description: "ok, with the loaded plugins", schema: v.object({ status: v.literal("ok"), plugins: v.array(v.string()) }) } },
  }),
  readyz: documentRoute({
    summary: "Readiness: storage answers and the tenant is reachable",
    responses: { 200: { description: "ready", schema: Readiness }, 503: { description: "not ready, with the failing part", schema: Readiness }, 504: "the tenant took too long" },
  }),
  metrics: documentRoute({
    summary: "Prometheus text: request counts and latency histograms",
    responses: { 200: { description: "text/plain; version=0.0.4", schema: v.string(), media: "text/plain" } },
  }),
  openapi: documentRoute({
    summary: "This document",
    responses: { 200: { description: "OpenAPI 3.1", schema: v.looseObject({ openapi: v.string(), info: v.looseObject({}), paths: v.record(v.string(), v.unknown()) }) } },
  }),
}

/**
 * What the admin guard adds to every route under `/v1/`: mounted with the
 * guard, so a route is documented as admin exactly when it is guarded.
 */
export const adminDocs = describeRoute({
  security: [{ adminToken: [] }],
  responses: documentedResponses({
    401: "no valid admin bearer token",
    503: "admin routes are off: CXEDGE_ADMIN_TOKEN is not set",
    504: "the tenant took too long",
  }),
})

/** The document for /openapi.json, generated from the routes' middlewares once, when first asked for. */
export function openApiDocument(app: Hono, version: string): () => Promise<Record<string, unknown>> {
  let document: Promise<Record<string, unknown>> | undefined
  return () =>
    (document ??= (async () => {
      const refusal = await resolver(RefusalSchema).toOpenAPISchema()
      const spec = await generateSpecs(app, {
        documentation: {
          info: { title: "cxedge", version, description: "Privacy and integration operations against NICE CXone tenants. Errors are JSON: {error, message}." },
          components: { securitySchemes: SECURITY_SCHEMES },
        },
        excludeMethods: ["OPTIONS", "HEAD"],
        // /openapi.json is a route, not a static file.
        excludeStaticFile: false,
        // hono-openapi's default 400 has its own validator's shape; ours answer {error, message}.
        defaultValidationErrorResponse: { description: "invalid input", content: { "application/json": { schema: refusal.schema } } },
      })
      return withMediaRefusal(withUniqueSecurity(spec), refusal.schema)
    })().catch((error) => {
      // Not kept: the next request tries again.
      document = undefined
      throw error
    }))
}

/**
 * hono-openapi merges the guard's documentation into each of a route's
 * middlewares in turn, repeating `security` once per middleware; one
 * requirement is meant once.
 */
function withUniqueSecurity<D extends { paths: Record<string, Record<string, unknown>> }>(spec: D): D {
  for (const operations of Object.values(spec.paths)) {
    for (const operation of Object.values(operations) as { security?: unknown[] }[]) {
      if (operation?.security) operation.security = [...new Map(operation.security.map((s) => [JSON.stringify(s), s])).values()]
    }
  }
  return spec
}

/** Every admin route reading a JSON body (`jsonInput`) answers 415 to a body declared as another type: documented once here. */
function withMediaRefusal<D extends { paths: Record<string, Record<string, unknown>> }>(spec: D, schema: unknown): D {
  for (const [path, operations] of Object.entries(spec.paths)) {
    if (!path.startsWith("/v1/")) continue
    for (const operation of Object.values(operations) as { requestBody?: { content?: Record<string, unknown> }; responses?: Record<string, unknown> }[]) {
      if (!operation?.requestBody?.content?.["application/json"] || !operation.responses || operation.responses["415"]) continue
      operation.responses["415"] = { description: "a body not sent as application/json", content: { "application/json": { schema } } }
    }
  }
  return spec
}
