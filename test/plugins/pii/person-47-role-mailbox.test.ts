// Review of holdout46's PERSON false positives: a forwarded mail's header addressed to a desk by its display name before
// a role mailbox. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

const header = (to: string) => `---------- Forwarded message ---------\nSent: Tuesday, 3 March 2026 09:10\nTo: ${to}\nSubject: My account`

test("a desk's display name before a role mailbox is no person", () => {
  expect(people(header("Leeds Gas & Power <service@leeds-gas-power.co.uk>"))).toEqual([])
  expect(people(header("University of Lisbon <info@university-of-lisbon.pt>"))).toEqual([])
  expect(people(header("Vodovod Zagreb <noreply@vodovod-zagreb.hr>"))).toEqual([])
})

test("a person's name before a role mailbox, or before their own address, is still found", () => {
  expect(people(header("Maria Lopez <support@acme.com>"))).toEqual(["Maria Lopez"])
  expect(people(header("Nowak Agnieszka <info@nowak-biuro.pl>"))).toEqual(["Nowak Agnieszka"])
  expect(people(header("Harriet Ogden <harriet.ogden@leeds-gas-power.co.uk>"))).toEqual(["Harriet Ogden"])
  // An agent whose given name no list holds, answering from the desk's mailbox: the domain does not spell the name.
  expect(people("> On 2026-04-02, Bujar Krasniqi <support@drini-energy.al> wrote:\n> Hello")).toEqual(["Bujar Krasniqi"])
})
