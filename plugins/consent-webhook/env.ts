import { checkUrl, listValue, urlValue, type EnvVar } from "../../core/index.ts"

/** The consent platform's endpoint and secrets; against the embedded sandbox, its consent receiver. */
export const consentEnv: EnvVar[] = [
  {
    name: "CXEDGE_WEBHOOK_URL", description: "the consent platform's webhook endpoint (unset: no events are kept or sent)", setting: "url", schema: urlValue("CXEDGE_WEBHOOK_URL"),
    fromFile: (url, where) => (typeof url === "string" && checkUrl(url, where), url),
    // Secrets with nowhere to send: every event was dropped behind one info line, and the job ended 0 as if consent were told.
    requiredWhen: (settings) => (Array.isArray(settings.secrets) && settings.secrets.length ? "CXEDGE_WEBHOOK_SECRETS is set, so consent events are meant to be sent, but there is no URL to send them to: set CXEDGE_WEBHOOK_URL (or settings.consent-webhook.url), or unset CXEDGE_WEBHOOK_SECRETS" : undefined),
    sandbox: (sandbox) => `${sandbox.origin}/_consent/webhooks`,
  },
  {
    name: "CXEDGE_WEBHOOK_SECRETS", description: "whsec_ secrets outbound events are signed with, comma-separated (each signs, so the receiver can rotate)", secret: true, setting: "secrets", schema: listValue("CXEDGE_WEBHOOK_SECRETS"),
    requiredWhen: (settings) => (settings.url ? "a consent webhook URL is set, and every event sent to it is signed: set CXEDGE_WEBHOOK_SECRETS (whsec_...), or unset CXEDGE_WEBHOOK_URL" : undefined),
    sandbox: (sandbox) => sandbox.consentSecrets.join(","),
  },
  { name: "CXEDGE_CONSENT_SECRETS", description: "whsec_ secrets inbound erasure requests are verified with, comma-separated", secret: true, setting: "inboundSecrets", schema: listValue("CXEDGE_CONSENT_SECRETS") },
]
