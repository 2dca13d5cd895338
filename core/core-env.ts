/**
 * The environment variables core and the entries (CLI, servers) read
 * themselves, as `cxedge plugins` lists them beside the plugins' own: name,
 * whether it is a secret (never printed) and one line. Plugins declare theirs
 * on the plugin (`env`); the README's "Environment" table explains each.
 */
export interface CoreVariable {
  name: string
  secret: boolean
  description: string
}

const v = (name: string, description: string, secret = false): CoreVariable => ({ name, secret, description })

export const CORE_VARIABLES: readonly CoreVariable[] = [
  v("CXEDGE_ISSUER", "the global auth host serving the discovery documents (unset: https://cxone.niceincontact.com when the access key or a config file configures a tenant; the embedded sandbox when nothing does)"),
  v("CXEDGE_TENANT_ID", "the tenant id (unset: read from the token's claims)"),
  v("CXEDGE_ACCESS_KEY_ID", "the access key's id (password grant)"),
  v("CXEDGE_ACCESS_KEY_SECRET", "the access key's secret", true),
  v("CXEDGE_CLIENT_ID", "the registered application's client id"),
  v("CXEDGE_CLIENT_SECRET", "the registered application's client secret", true),
  v("CXEDGE_CLIENT_AUTH", "how the client authenticates: basic (HTTP Basic) or post (form fields); unset, what the tenant's discovery lists (basic first)"),
  v("CXEDGE_GRANT", "password (default) or client_credentials"),
  v("CXEDGE_ACD_VERSION", "the pinned ACD API version (default v34.0)"),
  v("CXEDGE_API_URL", "the API host, where discovery cannot tell"),
  v("CXEDGE_DFO_URL", "the digital (DFO) host, where discovery cannot tell"),
  v("CXEDGE_PRIVACY_URL", "the data-privacy host, where discovery cannot tell"),
  v("CXEDGE_TOKEN_URL", "the token endpoint, where discovery cannot tell"),
  v("CXEDGE_RECORDS_URL", "the records API's base URL"),
  v("CXEDGE_RECORDS_CLIENT_ID", "the records API's client id"),
  v("CXEDGE_RECORDS_CLIENT_SECRET", "the records API's client secret", true),
  v("CXEDGE_RECORDS_SCOPE", "the records API's token scope"),
  v("CXEDGE_HMAC_KEYS", "pseudonymization keys, id:base64,...", true),
  v("CXEDGE_HMAC_KEY_ID", "the current pseudonymization key's id"),
  v("CXEDGE_AUDIT_KEY", "the audit key (base64, or id:base64,... to rotate)", true),
  v("CXEDGE_RPS", "the request rate ceiling per second (unset: found from the tenant's answers)"),
  v("CXEDGE_BURST", "the limiter's burst"),
  v("CXEDGE_CONCURRENCY", "the most requests in flight"),
  v("CXEDGE_STORAGE", "memory, fs, redis or kv"),
  v("CXEDGE_STORAGE_DIR", "the fs storage directory (default .cxedge)"),
  v("CXEDGE_REDIS_URL", "redis for CXEDGE_STORAGE=redis and the BullMQ task queue", true),
  v("CXEDGE_TASK_LOCK_SECONDS", "how long a BullMQ worker holds a task before another may take it"),
  v("CXEDGE_PORT", "the server's port (default 8080)"),
  v("CXEDGE_HOST", "the server's address (default 127.0.0.1)"),
  v("CXEDGE_ADMIN_TOKEN", "the bearer token of the server's /v1/* admin routes", true),
  v("CXEDGE_PLUGINS", "the plugins to load, comma-separated, replacing the config file's"),
  v("CXEDGE_CONFIG", "the config file's path"),
  v("CXEDGE_SECRETS_FILE", "a file of KEY=VALUE secret lines"),
  v("CXEDGE_LOG_LEVEL", "error, warn, info (default) or debug"),
  v("CXEDGE_SANDBOX_CONTACTS", "the embedded sandbox's number of contacts"),
  v("CXEDGE_SANDBOX_SEED", "the embedded sandbox's seed"),
]
