// `--host` / CXEDGE_HOST: an IPv6 address in brackets, as a URL writes it, is listened on without them.
import { expect, test } from "bun:test"
import { hostFlag } from "../../core/host-flag.ts"

test("an IPv6 address in brackets is read without them; a zone or a half bracket is refused", () => {
  expect(hostFlag("host", "[::1]")).toBe("::1")
  expect(hostFlag("host", "[::]")).toBe("::")
  expect(hostFlag("host", "::1")).toBe("::1")
  expect(() => hostFlag("host", "[::")).toThrow(/is not an address to listen on/)
  expect(() => hostFlag("host", "fe80::1%eth0")).toThrow(/names an IPv6 zone/)
  expect(() => hostFlag("host", "[127.0.0.1]")).toThrow(/is not an address to listen on/)
})
