/**
 * `@cxedge/toolkit`: what a plugin in its own package needs, and nothing
 * else. Each name is listed on purpose (no `export *`), so internals such
 * as the request loop (`createSend`), pagination plumbing or the limiter
 * never become API by accident; core/index.ts stays the in-repo barrel.
 *
 * @example
 * import { definePlugin, defineTransform, ValidationError } from "@cxedge/toolkit"
 */

// Defining plugins, transforms and operations.
export { definePlugin, defineTransform } from "./plugin.ts"
export type { Plugin, Transform, TransformContext, KeyRing } from "./plugin.ts"
export { defineOperation } from "./cxone/operation.ts"
export type { Operation, Paginator, ApiFamily, HttpMethod } from "./cxone/operation.ts"

// A config file (cxedge.config.ts) and what a plugin declares about its environment variables.
export { defineConfig } from "./define-config.ts"
export type { CxedgeConfig } from "./define-config.ts"
export { urlValue, listValue, bearerTokensValue, splitList } from "./env-var.ts"
export type { EnvVar, EmbeddedSandbox } from "./env-var.ts"

// Errors: one base class with stable codes; the CLI and the server map them to exit codes and statuses.
export {
  CxedgeError, ConfigError, ValidationError, CxoneHttpError, CxoneAuthError, CxonePermissionError, CxoneRateLimitError,
  CxoneNetworkError, CircuitOpenError, CancelledError, describeError, isNoRoom,
} from "./errors.ts"

// What a plugin's setup, routes and commands are handed.
export type { Runtime, RuntimeConfig, PluginSpec } from "./plugin.ts"
// Events and tasks are declared by the plugins that emit or handle them: augment these interfaces
// (`declare module "@cxedge/toolkit" { interface CxedgeEvents { "my:event": {...} } }`).
export type { HookBus, Hooks, CxedgeEvents, EventName, EventListener, ListenerOptions } from "./hooks.ts"
export type { Logger } from "./log.ts"
export type { CxedgeStorage } from "./storage.ts"
export type { CxedgeTasks, DrainOptions, TaskPayload, TaskCodec, Task, TaskFollower, TaskHandler, TaskQueue, WorkOptions } from "./tasks.ts"
export type { Clock, Random } from "./clock.ts"
export type { Metrics, Counter, Histogram, Gauge, Labels } from "./metrics.ts"
export type { CxoneClient, CallOptions, CxoneResponse, TenantInfo } from "./cxone/types.ts"
export type { Coordinator } from "./coordination.ts"
// Jobs: another plugin runs an ordinary journaled anonymization job through the plugin that offers a runner.
export { jobRunnerOf } from "./jobs.ts"
export type { JobRunner, RunJobRequest, RunJobOutcome, JobRunState, JobStatus } from "./jobs.ts"


// Recognizers: finding personal data in free text (the pii plugin ships the built-ins).
export { defineRecognizer, resolveOverlaps } from "./recognizer.ts"
export type { Finding, Candidate, Recognizer, RecognizerSpec, RecognizerContext } from "./recognizer.ts"
// The one plugin that finds personal data in free text serves the others through `rt.inspector`.
export { inspectorPlugin, type TextInspector, type InspectorOf } from "./inspector.ts"

// Write gates: a plugin's veto over writes (a legal hold); every write path asks `rt.gates` first.
export { subjectsOfRecord, DEFAULT_SUBJECT_FIELDS } from "./gates.ts"
export type { WriteGate, WriteGates, WriteCandidate, WriteSubject, GateVerdict } from "./gates.ts"

// Sources: records a plugin offers by name to `anonymize --source` and `pii scan --source`.
export { defineSource } from "./plugin.ts"
export type { SourceDefinition } from "./plugin.ts"
export type { Source, SourceRecord, SourceOptions, SourceContext } from "./source.ts"
export { openSource } from "./sources.ts"

// Audit sinks (an AuditSink plugin stores the signed, chained records).
export type { AuditSink, AuditRecord, AuditEntry, AuditHead, AuditCheckpoint } from "./audit.ts"

// Commands: the host a plugin command runs in, and the flag checks every built-in command uses.
export type { CommandHost, OpenedRuntime, PluginCommand, ConfiguredPlugins } from "./plugin.ts"
export type { FileAccess, OpenOptions, ProcessOwner, ConfirmRequest } from "./command.ts"
export { repeatedFlag } from "./command.ts"
export { intFlag, numberFlag, numberHint, choiceFlag, instantFlag, dateWindow, typedAs } from "./flags.ts"
export { hostFlag } from "./host-flag.ts"
export type { FlagRange, DateWindow } from "./flags.ts"

// Routes: body and query checks that answer 400 with the field path, and Standard Webhooks signatures.
export { parseBody, checkQuery } from "./route-input.ts"
export type { RouteRefusal } from "./route-input.ts"
// A plugin route documents itself for /openapi.json from the validators it uses.
export { bodyOnly, documentRoute, jsonInput, noBody, queryInput, RefusalSchema } from "./route-docs.ts"
export type { RouteDocs, RouteAnswer, QuerySchema } from "./route-docs.ts"
export { signWebhook, verifyWebhook } from "./webhooks.ts"
export type { WebhookVerdict } from "./webhooks.ts"

// Data-subject requests: the identifiers linked to a person through shared contacts, resolved once for access and erasure.
export { resolveIdentity, identifierOf, maskIdentifier } from "./identity.ts"
export { createIdentityLookup, recordIdentifiers } from "./identity-lookup.ts"
export type { LookupOperations, LookupWindow } from "./identity-lookup.ts"
export type { Identifier, IdentifierType, IdentityHit, ResolvedIdentifier, ResolveOptions, Resolution } from "./identity.ts"
