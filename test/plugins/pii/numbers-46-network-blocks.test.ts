// An address written with a prefix length: a network block (host bits all zero) names a range of hosts, no one's device;
// an interface's address with its prefix names one host. Texts written for this file.
import { expect, test } from "bun:test"
import { found } from "./spans.ts"

const ips = (text: string) => found(text, "IP_ADDRESS")

test("a firewall rule's or a route's network block is no personal address", () => {
  expect(ips("firewall: permit 83.14.96.0/19 to the portal; deny 0.0.0.0/0")).toEqual([])
  expect(ips("static route 2a01:4f8:c0c::/48 via the backup link")).toEqual([])
})

test("a host's address written with its prefix stays found, and so does a bare one beside a block", () => {
  expect(ips("eth1 address 10.88.4.217/22, allowed from 83.14.96.0/19")).toEqual(["10.88.4.217"])
  expect(ips("the tenant's VPN gave her 2a01:4f8:c0c:12::7/64 yesterday")).toEqual(["2a01:4f8:c0c:12::7"])
  expect(ips("single host rule 83.14.96.0/32 for her laptop")).toEqual(["83.14.96.0"])
})
