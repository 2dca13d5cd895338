// cxedge's CXone client (core) pointed at the second stand-in, for tests that count what one call costs.
import * as v from "valibot"
import { createCxedgeStorage, createCxoneClient, createMetrics, TenantConfigSchema, type TenantConfigInput } from "../../core/index.ts"
import type { Standin } from "./server"

export function standinClient(s: Standin, tenant: Partial<TenantConfigInput> = {}) {
  return createCxoneClient({
    tenant: v.parse(TenantConfigSchema, {
      issuer: s.issuer,
      accessKeyId: s.env.CXEDGE_ACCESS_KEY_ID,
      accessKeySecret: s.env.CXEDGE_ACCESS_KEY_SECRET,
      clientId: s.env.CXEDGE_CLIENT_ID,
      clientSecret: s.env.CXEDGE_CLIENT_SECRET,
      endpoints: { dfo: s.dfo, privacy: s.privacy },
      ...tenant,
    }),
    storage: createCxedgeStorage(),
    metrics: createMetrics(),
  })
}
