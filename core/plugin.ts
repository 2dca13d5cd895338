import type { ArgsDef, CommandDef } from "citty"
import type { Hono } from "hono"
import type { GenericSchema } from "valibot"
import type { AuditKey } from "./audit-key.ts"
import type { Clock, Random } from "./clock.ts"
import type { ConfirmRequest, FileAccess, OpenOptions, ProcessOwner } from "./command.ts"
import type { Coordinator } from "./coordination.ts"
import type { BreakerOptions } from "./cxone/breaker.ts"
import type { CxoneClient } from "./cxone/types.ts"
import type { TenantConfigInput } from "./cxone/config.ts"
import type { LimiterOptions } from "./cxone/limiter.ts"
import type { Operation } from "./cxone/operation.ts"
import type { RetryPolicy } from "./cxone/retry.ts"
import type { HookBus, Hooks } from "./hooks.ts"
import type { InspectorOf, TextInspector } from "./inspector.ts"
import type { KeyRing } from "./keys.ts"
import type { Logger } from "./log.ts"
import type { Metrics } from "./metrics.ts"
import type { CxedgeStorage } from "./storage.ts"
import type { TaskQueue } from "./tasks.ts"
import type { EnvVar } from "./env-var.ts"
import type { Source, SourceContext, SourceOptions } from "./source.ts"

// The contracts that refer to each other (a plugin is set up with a runtime, a runtime lists its
// plugins, a plugin's command opens a runtime) live in this one file, so no import cycle joins them.

export type { KeyRing } from "./keys.ts"

export interface TransformContext {
  /** Concrete path of the value, e.g. `customFields[2].value`. */
  path: string
  record: Readonly<Record<string, unknown>>
  keys: KeyRing
}

// Method syntax keeps params bivariant, so transforms with different params still share one array type.
type KeyedWhen<P> = { when(params: P): boolean }["when"]

/** A transform turns one field value into its anonymized form. */
export interface Transform<P = unknown> {
  name: string
  description?: string
  /** Validated (and defaulted) when a matrix loads; `apply` receives the output. */
  params: GenericSchema<any, P>
  /** False for every built-in except an explicit `encrypt`. */
  reversible: boolean
  /** Keyed transforms fail to load without a key ring entry; a function decides from the rule's params (one mode of several is keyed). */
  needsKey?: boolean | KeyedWhen<P>
  apply(value: unknown, params: P, ctx: TransformContext): unknown | Promise<unknown>
  /** True when the value already is this transform's output (a token, a digest, a masked string): left alone, never transformed twice. */
  recognizes?(value: unknown, params: P): boolean
  /** Deterministic test vectors, run by the transform contract suite. */
  vectors?: { in: unknown; params: P; out: unknown; path?: string }[]
}

// The write gate (core/gates.ts builds `rt.gates` from the plugins' `gates`).

/** A data subject a write would touch, normalized: E.164 for a phone number, a lower-case address for an email. */
export interface WriteSubject {
  type: "EMAIL" | "PHONENO"
  value: string
}

/** What a write path knows about what it is about to change: the contact, the subjects, or both. */
export interface WriteCandidate {
  contactId?: string
  /** May be a getter that reads the record only when a gate asks (a gate holding no subject never does). */
  subjects?: readonly WriteSubject[]
  /**
   * The subjects as keyed tokens (`subjectToken` under `keyId`), for a candidate whose values were
   * not kept (a stored plan): a gate that stores tokens under the same key id compares them.
   */
  subjectTokens?: { readonly keyId: string; readonly tokens: readonly { type: WriteSubject["type"]; token: string }[] }
}

/** Why a write may not happen: the gate that vetoed it and its own id for the reason (a hold id). Never a value. */
export interface GateVerdict {
  gate: string
  heldBy: string
}

/**
 * A plugin's veto over writes (`gates: [...]` on a plugin). `check` gets a batch of candidates (a page of contacts)
 * and answers, per candidate, the id of what blocks it (a hold id) or undefined. It must not throw for a candidate it
 * knows nothing about; a throw fails the whole batch's writes (retried by a resume), never lets them through.
 *
 * @example
 * gates: [{ name: "freeze", check: async (rt, cs) => cs.map((c) => (c.contactId === "42" ? "freeze-42" : undefined)) }]
 */
export interface WriteGate {
  name: string
  description?: string
  check(rt: Runtime, candidates: readonly WriteCandidate[]): Promise<readonly (string | undefined)[]>
}

/**
 * The runtime's write gates (`rt.gates`): every path that writes to a
 * tenant asks before it writes. `active` is false when no loaded plugin has
 * a gate, so a job of a million contacts asks nothing and makes no promise.
 */
export interface WriteGates {
  readonly active: boolean
  /** The first gate's verdict on one candidate, or undefined: write. */
  check(candidate: WriteCandidate): Promise<GateVerdict | undefined>
  /** A verdict per candidate, in order: one call per gate for the batch. */
  checkMany(candidates: readonly WriteCandidate[]): Promise<(GateVerdict | undefined)[]>
}

/**
 * A lazy CLI command. `stateOf` gives the plugin's state (what its `setup`
 * returned) in the runtime the command opens, or undefined when that
 * runtime does not load the plugin.
 */
export type PluginCommand<S = any> = (host: CommandHost, stateOf: (rt: Runtime) => S | undefined) => Promise<CommandDef<any>>

/**
 * A plugin declares what it brings; the runtime validates and orders it.
 * `C` is its settings (the output of `config`), `S` what `setup` returns:
 * the plugin's own state for this runtime, handed back to its routes,
 * commands and `dispose` (instead of a module-level map keyed by runtime).
 */
export interface Plugin<C = any, S = any> {
  name: string
  version: string
  description?: string
  config?: GenericSchema<any, C>
  /** The environment variables it reads into its settings (core/env-var.ts); `cxedge plugins` lists them. */
  env?: EnvVar[]
  /** The storage namespaces it keeps state under (`rt.storage.namespace(name)`); two plugins cannot claim one. */
  namespaces?: string[]
  requires?: string[]
  transforms?: Transform<any>[]
  operations?: Operation<any, any>[]
  /** Record sources by name (`anonymize --source <name>`, `pii scan --source <name>`); two plugins cannot declare one name. */
  sources?: Record<string, SourceDefinition<any>>
  /** Listeners by event name (core's events and those plugins declare on `CxedgeEvents`). */
  hooks?: Hooks
  /** The events it emits (declared on `CxedgeEvents`), by name: a listener on a near miss of one (`job:finshed`) is refused. */
  events?: string[]
  /** Vetoes over writes (a legal hold): every write path asks `rt.gates` before it writes (core/gates.ts). */
  gates?: WriteGate[]
  /** Lazy CLI commands by name; each receives the host that opens the runtime. */
  commands?: Record<string, PluginCommand<S>>
  /** Finds personal data in free text for every other plugin (`rt.inspector`, core/inspector.ts); one plugin may. */
  inspector?: InspectorOf<S>
  /** HTTP routes, with this runtime's state; each is documented in /openapi.json by its `documentRoute` and input middlewares (core/route-docs.ts). */
  routes?(app: Hono<any>, rt: Runtime, state: S): void
  setup?(rt: Runtime, config: C): S | Promise<S>
  dispose?(rt: Runtime, state: S): void | Promise<void>
}

/** A plugin as named in a config: a built-in name, a module specifier, the object, or `[name, settings]`. */
export type PluginSpec = string | Plugin | [string | Plugin, unknown] | false | null | undefined

export interface RuntimeConfig {
  tenant?: TenantConfigInput
  plugins?: PluginSpec[]
  /** Settings per plugin name. */
  settings?: Record<string, unknown>
  limits?: Partial<LimiterOptions>
  retry?: Partial<RetryPolicy>
  breaker?: Partial<BreakerOptions>
}

export interface Runtime {
  readonly config: RuntimeConfig
  /** The tenant's client; throws a ConfigError when no tenant is configured. */
  readonly client: CxoneClient
  readonly hasTenant: boolean
  readonly storage: CxedgeStorage
  readonly hooks: HookBus
  readonly metrics: Metrics
  readonly log: Logger
  readonly clock: Clock
  readonly random: Random
  readonly keys: KeyRing
  /** The audit key, when the entry has one (core/audit-key.ts). */
  readonly auditKey?: AuditKey
  /** This process where the entry has pids (not a Worker): a job a queued task runs holds its lease with it. */
  readonly owner?: ProcessOwner
  /** The fetch every outbound call uses (the in-process sandbox's in tests and the embedded mode). */
  readonly fetch: typeof fetch
  readonly tasks: TaskQueue
  readonly coordinator: Coordinator
  readonly plugins: readonly Plugin[]
  readonly transforms: ReadonlyMap<string, Transform<any>>
  readonly operations: ReadonlyMap<string, Operation>
  /** Every loaded plugin's sources by name (core/sources.ts opens one by name, options checked). */
  readonly sources: ReadonlyMap<string, SourceDefinition<any>>
  /** What every write path asks before it writes: a loaded plugin's veto (a legal hold), by id. */
  readonly gates: WriteGates
  /** The loaded plugin's finder of personal data in free text, once set up; undefined when none is loaded. */
  readonly inspector?: TextInspector
  settings<C = unknown>(plugin: string): C
  /** What a loaded plugin's `setup` returned; undefined when the plugin is not loaded here. */
  state<S>(plugin: Plugin<any, S>): S | undefined
  state<S = unknown>(name: string): S | undefined
  dispose(): Promise<void>
}

/** What a plugin's CLI command gets from the host (the citty CLI): plugins never import the CLI. */
export interface CommandHost {
  /** Flags every runtime-opening command accepts (config, storage, rate). */
  readonly commonArgs: ArgsDef
  /** Builds the runtime from flags, environment and config (or the embedded sandbox). */
  open(args: Record<string, unknown>, options?: OpenOptions): Promise<OpenedRuntime>
  /** Opens the runtime, runs `fn`, and always closes it (queued work drained, plugins disposed). */
  withRuntime<T>(args: Record<string, unknown>, fn: (opened: OpenedRuntime) => Promise<T>, options?: OpenOptions): Promise<T>
  /** Writes data to stdout: JSON when `json`, otherwise a table or lines. */
  print(data: unknown, options?: { json?: boolean; columns?: string[] }): void
  /** A human message on stderr. */
  info(message: string): void
  warn(message: string): void
  /** Sets the process exit code without exiting (no process.exit in library code). */
  setExitCode(code: number): void
  readonly isTTY: boolean
  /** Writes a live status line on a TTY (no-op elsewhere); `done` ends it. */
  status(line: string, done?: boolean): void
  /** Asks a question on a TTY; undefined elsewhere. A cancel (Ctrl-C, or Ctrl-D at the end of input) rejects with a CancelledError. */
  prompt?(message: string, options?: { default?: string }): Promise<string | undefined>
  /**
   * Asks before a step that changes a real tenant's data or deletes state.
   * With `yes` (the `--yes` flag) it goes on at once. On a terminal it shows
   * `summary` and resolves true only if the user types `yes`. Without a
   * terminal it throws a usage error (exit 2) naming `--yes`, so nothing is
   * written by a script that did not say so.
   */
  confirm(request: ConfirmRequest): Promise<boolean>
  /**
   * Aborted on the first SIGINT/SIGTERM (a second one ends the process with
   * 130). A command that reads it takes over interruption: it should stop
   * starting new work, finish what is in flight, and exit 130.
   */
  readonly signal: AbortSignal
  /**
   * The configuration without a runtime: the plugins it loads and their
   * settings, validated, but no tenant, storage or sandbox opened and nothing
   * said on stderr. For commands that only compute (`pii scan --file`).
   * Absent on hosts that cannot read a config without opening a runtime.
   */
  configure?(args: Record<string, unknown>): Promise<ConfiguredPlugins>
}

/** What `CommandHost.configure` gives: the loaded plugins, each one's validated settings, the host's files. */
export interface ConfiguredPlugins {
  readonly plugins: readonly Plugin[]
  /** Every loaded plugin's transforms by name, registered as the runtime registers them (two with one name are refused). */
  readonly transforms: ReadonlyMap<string, Transform<any>>
  /** A loaded plugin's settings as its `config` schema outputs them; undefined when it is not loaded. */
  settings<C = unknown>(plugin: string): C | undefined
  readonly files: FileAccess
}

export interface OpenedRuntime {
  rt: Runtime
  /** True when no tenant was configured and the embedded sandbox is in use. */
  sandbox: boolean
  files: FileAccess
  /** This process, for leases a job holds (supplied by a host that has pids; plugins cannot ask node). */
  owner?: ProcessOwner
  close(): Promise<void>
}

/**
 * A named source a plugin declares (`sources: { name: defineSource(...) }`):
 * `anonymize --source <name>` and `pii scan --source <name>` read it.
 * `options` validates what the command passes (flags by name, see
 * `SourceOptions`); `open` gets the output. Reading must not start before
 * `pages()` is iterated, so a plan can be made without reading the tenant.
 */
export interface SourceDefinition<O = SourceOptions> {
  /** One line for `--help` and the list of sources. */
  description: string
  /** A valibot object schema over `SourceOptions`' keys; absent: the source takes none. */
  options?: GenericSchema<any, O>
  open(rt: Runtime, options: O, context: SourceContext): Source | Promise<Source>
}

/**
 * Typed identity helper.
 *
 * @example
 * export const tickets = defineSource({
 *   description: "the helpdesk's tickets",
 *   options: v.object({ since: v.optional(v.string()) }),
 *   open: (rt, { since }) => ({ name: "tickets", async *pages() { yield [{ id: "T-1", data: { body: "..." } }] } }),
 * })
 */
export const defineSource = <O>(source: SourceDefinition<O>): SourceDefinition<O> => source

/**
 * Typed identity helper: it only helps the compiler (settings from `config`,
 * state from what `setup` returns).
 *
 * @example
 * export default definePlugin({ name: "hello", version: "1.0.0", setup: (rt) => ({ greeted: 0 }), routes(app, rt, state) {} })
 */
export const definePlugin = <C, S = void>(plugin: Plugin<C, S>): Plugin<C, S> => plugin
export const defineTransform = <P>(transform: Transform<P>): Transform<P> => transform
