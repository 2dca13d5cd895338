import type { GenericSchema } from "valibot"
import type { Hono } from "hono"
import type { Hooks } from "./hooks.ts"
import type { Runtime } from "./runtime.ts"
import type { PluginCommand } from "./command.ts"
import type { Operation } from "./cxone/operation.ts"
import type { EnvVar } from "./env-var.ts"

/** Secret keys for keyed transforms, by key id. The current id is used for new tokens. */
export interface KeyRing {
  current: string
  get(keyId: string): Uint8Array | undefined
  ids(): string[]
}

export interface TransformContext {
  /** Concrete path of the value, e.g. `customFields[2].value`. */
  path: string
  record: Readonly<Record<string, unknown>>
  keys: KeyRing
}

/** A transform turns one field value into its anonymized form. */
export interface Transform<P = unknown> {
  name: string
  description?: string
  /** Validated (and defaulted) when a matrix loads; `apply` receives the output. */
  params: GenericSchema<any, P>
  /** False for every built-in except an explicit `encrypt`. */
  reversible: boolean
  /** Keyed transforms fail to load without a key ring entry. */
  needsKey?: boolean
  apply(value: unknown, params: P, ctx: TransformContext): unknown | Promise<unknown>
  /**
   * True when the value already is this transform's output (a token, a
   * digest, a masked string). Such a value is left alone, so re-running a
   * matrix never transforms anything twice.
   */
  recognizes?(value: unknown, params: P): boolean
  /** Deterministic test vectors, run by the transform contract suite. */
  vectors?: { in: unknown; params: P; out: unknown; path?: string }[]
}

/** A plugin declares what it brings; the registry validates and orders it. */
export interface Plugin<C = any> {
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
  hooks?: Partial<Hooks>
  /** Lazy CLI commands by name; each receives the host that opens the runtime. */
  commands?: Record<string, PluginCommand>
  /** HTTP routes; each is documented in /openapi.json by its `documentRoute` and input middlewares (core/route-docs.ts). */
  routes?(app: Hono<any>, rt: Runtime): void
  setup?(rt: Runtime, config: C): void | Promise<void>
  dispose?(rt: Runtime): void | Promise<void>
}

/** Typed identity helpers: they only help the compiler. */
export const definePlugin = <C>(plugin: Plugin<C>): Plugin<C> => plugin
export const defineTransform = <P>(transform: Transform<P>): Transform<P> => transform
