/**
 * `@cxedge/toolkit/testing`: the contract suites every implementation of a
 * contract passes (as unstorage runs one suite against every driver), and an
 * in-process sandbox harness.
 *
 * Under `bun test` the suites register with `bun:test`. Under vitest or jest,
 * hand them your runner's functions first with `useTestApi` (or run with
 * globals on): the package imports `bun:test` only when it runs on Bun.
 *
 * @example
 * import { testTransform } from "@cxedge/toolkit/testing"
 * import { initials } from "../src/index.ts"
 * testTransform(initials, { wrongType: "number" })
 */
export { useTestApi } from "./runner.ts"
export type { TestApi } from "./runner.ts"
export { testTransform, TEST_KEYS } from "./transform.ts"
export type { WrongKind } from "./transform.ts"
// The anonymize pipeline's contracts, which testSource and testTarget check.
export type { Source, SourceRecord, Target, WriteContext, WriteResult } from "../plugins/anonymize/pipeline.ts"
export { testSource } from "./source.ts"
export type { SourceCase, SourceContractOptions } from "./source.ts"
export { testTarget } from "./target.ts"
export type { TargetCase, TargetContractOptions } from "./target.ts"
export { testAuditSink, CONTRACT_KEY } from "./audit-sink.ts"
export type { SinkUnderTest, Tamper } from "./audit-sink.ts"
export { testStorage } from "./storage.ts"
export type { StorageUnderTest } from "./storage.ts"
export { testRuntime, startListening } from "./runtime.ts"
export type { Started, Listening } from "./runtime.ts"
export { withSandbox, sandboxEnv, serveSandbox, stopProcess, TEST_AUDIT_KEY } from "./sandbox.ts"
export type { SandboxHarness, WithSandboxOptions } from "./sandbox.ts"
export { positive, testRecognizer } from "./recognizer.ts"
export type { RecognizerCases, RecognizerPositive } from "./recognizer.ts"
