// An agent answers a call with a greeting and the firm's name, and nothing more: the firm, not a person. Texts written
// for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("an agent's greeting followed only by a firm's name names the desk, in several languages", () => {
  expect(people("Agent Noor Haddad: Hi, Lakeside Animal Hospital.\nCustomer: Priya Raman. My cat is off her food.")).toEqual(["Noor Haddad", "Priya Raman"])
  expect(people("Agent: Good morning, BrightPath Tutoring.\nCustomer: hello")).toEqual([])
  expect(people("Konsultant Ewa Zielińska: Dzień dobry, Szkoła Językowa Lingua.\nKlient: Marek Nowak.")).toEqual(["Ewa Zielińska", "Marek Nowak"])
  expect(people("Υπάλληλος: Καλημέρα, Pets & Paws Clinic.\nΠελάτης: Νίκος Παππάς.")).toEqual(["Νίκος Παππάς"])
})

test("an agent greeting a customer by name, and a customer greeting the agent, keep the name", () => {
  expect(people("Agent Mia Torres: Hi, Sarah.\nCustomer: thanks")).toEqual(["Mia Torres", "Sarah"])
  expect(people("Customer: Hi, Anouk Brandsma.\nAgent: hello")).toEqual(["Anouk Brandsma"])
  expect(people("Agent: Hi, Marek Wiśniewski. How can I help?")).toEqual(["Marek Wiśniewski"])
  // A thanks closes the call on the customer's name.
  expect(people("Customer: Bye.\nAgent: Thanks, Chase.")).toEqual(["Chase"])
})

test("an agent's tag, the firm, then the agent's given name alone: the firm is no person; a customer's name and town stay", () => {
  expect(people("Operator: Kaffi Brennslan, Ingrid\nCustomer: hi")).toEqual(["Ingrid"])
  expect(people("Customer: Peter Hansen, Oslo\nAgent: ok")).toEqual(["Peter Hansen"])
})
