// settings.consent-webhook values that were taken and then did harm: retrySchedule [] dead-lettered every event after
// one attempt; tenantId " acme" was trimmed in silence, where CXEDGE_TENANT_ID " acme" is refused; a webhook URL with
// white space around it was taken as typed. Each is now refused when the configuration loads (exit 2).
import { refusalRound } from "./refusal-harness.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
const config = (settings: Record<string, unknown>) => ({ "cxedge.config.json": `{\n  "settings": {\n    "consent-webhook": ${JSON.stringify(settings)}\n  }\n}\n` })
const at = /^\[cxedge\] \[consent-webhook\] cxedge\.config\.json line 3: invalid setting settings\.consent-webhook\./

refusalRound("consent-webhook settings", "cxedge-consent-settings-", [
  {
    name: "retrySchedule [] (every event dead-lettered on its first failure)",
    args: ["webhooks", "list"],
    files: config({ retrySchedule: [] }),
    says: new RegExp(`${at.source}retrySchedule: is empty, which would dead-letter every event on its first failed attempt, with no retry: leave retrySchedule out for the default \\(5 s up to 24 h\\), give the delays in milliseconds \\(\\[60000, 600000\\]\\), or write "none" to have no retries$`),
  },
  {
    name: 'retrySchedule "None" (not the word "none")',
    args: ["webhooks", "list"],
    files: config({ retrySchedule: "None" }),
    says: new RegExp(`${at.source}retrySchedule: must be a list of delays in milliseconds \\(\\[5000, 300000\\]\\), or "none" for no retries`),
  },
  { name: 'tenantId " acme"', args: ["webhooks", "list"], files: config({ tenantId: " acme" }), says: new RegExp(`${at.source}tenantId: starts with white space: write "acme", without it$`) },
  { name: 'tenantId "acme\\t"', args: ["webhooks", "list"], files: config({ tenantId: "acme\t" }), says: new RegExp(`${at.source}tenantId: ends with white space: write "acme", without it$`) },
  { name: "tenantId with a line break", args: ["webhooks", "list"], files: config({ tenantId: "acme\n" }), says: new RegExp(`${at.source}tenantId: holds a line break`) },
  {
    name: "url with a space before it, in the file",
    args: ["webhooks", "list"],
    env: { CXEDGE_WEBHOOK_SECRETS: SECRET },
    files: config({ url: " http://127.0.0.1:9/hooks" }),
    says: new RegExp(`${at.source}url: starts with white space: write the value without it$`),
  },
  {
    name: "CXEDGE_WEBHOOK_URL with a space after it",
    args: ["webhooks", "list"],
    env: { CXEDGE_WEBHOOK_URL: "http://127.0.0.1:9/hooks ", CXEDGE_WEBHOOK_SECRETS: SECRET },
    says: /^\[cxedge\] \[consent-webhook\] CXEDGE_WEBHOOK_URL ends with white space: write the value without it/,
  },
])
