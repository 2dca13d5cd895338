import type { Runtime } from "../../core/index.ts"
import { outstanding, watermarkOf, type PolicyState } from "./state.ts"

const HELP: Record<string, string> = {
  cxedge_retention_last_run_timestamp_seconds: "When the retention policy last swept (Unix seconds).",
  cxedge_retention_watermark_timestamp_seconds: "Every contact that started before this instant is processed by the policy (Unix seconds).",
  cxedge_retention_oldest_unprocessed_age_seconds: "The oldest contact the policy has not processed is at most this old (seconds since the watermark).",
  cxedge_retention_contacts_done: "Contacts the policy anonymized or found already anonymized, over all runs.",
  cxedge_retention_contacts_held: "Contacts the policy skipped under a legal hold, over all runs.",
  cxedge_retention_contacts_failed: "Contacts whose write failed and which the policy's next run retries.",
}

/** The policy's gauges on /metrics, from its stored state (the age is computed when the metrics are read). */
export function publishGauges(rt: Runtime, policy: string, state: PolicyState): void {
  for (const [name, help] of Object.entries(HELP)) rt.metrics.describe(name, help)
  const g = (name: string) => rt.metrics.gauge(name, { policy })
  const seconds = (iso: string | undefined) => (iso ? Date.parse(iso) / 1000 : Number.NaN)
  const watermark = watermarkOf(state)
  g("cxedge_retention_last_run_timestamp_seconds").set(seconds(state.lastRun?.at))
  g("cxedge_retention_watermark_timestamp_seconds").set(seconds(watermark))
  g("cxedge_retention_oldest_unprocessed_age_seconds").set(() => (watermark ? Math.max(0, Math.round((rt.clock.now() - Date.parse(watermark)) / 1000)) : Number.NaN))
  g("cxedge_retention_contacts_done").set(state.totals.done)
  g("cxedge_retention_contacts_held").set(state.totals.held)
  g("cxedge_retention_contacts_failed").set(outstanding(state))
}
