import { checkUrl, listValue, urlValue, type EnvVar } from "../../core/index.ts"

/** The consent platform's endpoint and secrets; against the embedded sandbox, its consent receiver. */
export const consentEnv: EnvVar[] = [
  {
    name: "CXEDGE_WEBHOOK_URL", description: "the consent platform's webhook endpoint (unset: no events are kept or sent)", setting: "url", schema: urlValue("CXEDGE_WEBHOOK_URL"),
    fromFile: (url, where) => (typeof url === "string" && checkUrl(url, where), url),
    sandbox: (sandbox) => `${sandbox.origin}/_consent/webhooks`,
  },
  {
    name: "CXEDGE_WEBHOOK_SECRETS", description: "whsec_ secrets outbound events are signed with, comma-separated (each signs, so the receiver can rotate)", secret: true, setting: "secrets", schema: listValue("CXEDGE_WEBHOOK_SECRETS"),
    requiredWhen: (settings) => (settings.url ? "a consent webhook URL is set, and every event sent to it is signed: set CXEDGE_WEBHOOK_SECRETS (whsec_...), or unset CXEDGE_WEBHOOK_URL" : undefined),
    sandbox: (sandbox) => sandbox.consentSecrets.join(","),
  },
  { name: "CXEDGE_CONSENT_SECRETS", description: "whsec_ secrets inbound erasure requests are verified with, comma-separated", secret: true, setting: "inboundSecrets", schema: listValue("CXEDGE_CONSENT_SECRETS") },
]
