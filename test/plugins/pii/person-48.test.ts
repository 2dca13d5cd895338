// Review of holdout48's PERSON findings: a person key's value and a sheet's name cell written surname first, found as two
// names or the given name alone; a desk's display name before its role mailbox greeted as a person; Irish and Scottish
// surnames in a header's display name; a call handed on in a transcript. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a person key's value written surname first is one name: a log's quoted value, a form's line", () => {
  expect(people('2026-04-28T18:36:48Z actor="Campbell, Tyler" action=contact.create')).toEqual(["Campbell, Tyler"])
  expect(people("Agent: BANERJEE Aditya\nCaller: Nair, Arjun\nANI: +918123306707")).toContain("Nair, Arjun")
  // A surname's particle written with a capital, as Flemish names are (`De Smet`).
  expect(people('2026-04-03T23:31:13Z actor="De Smet, Pieter" action=contact.create')).toEqual(["De Smet, Pieter"])
  // A speaker's line is written so as often: a greeting, a desk's name and who speaks are no surname and given name.
  expect(people("[12:49] Customer: Hi, Colton Broussard\n[12:52] Agent: thanks")).toEqual(["Colton Broussard"])
  expect(people("Agent: Lanternfield Hall, Wade Speaking\nCustomer: hello")).not.toContain("Lanternfield Hall, Wade Speaking")
  // Another key's value is a place or a thing as often.
  expect(people("Location: Paris, France\nCity: Dublin, Ireland")).toEqual([])
})

test("a tab-separated cell written surname first is one name under a header naming a person's column", () => {
  expect(people("name\tphone\temail\nWilson, Chloe\t+1-604-711-4277\twilsonc@sympatico.ca")).toEqual(["Wilson, Chloe"])
  expect(people("customer\tamount\nPetrauskas, Vytautas\t380,06 €\nStankevičius, Lukas\t268,31 €")).toEqual(["Petrauskas, Vytautas", "Stankevičius, Lukas"])
  expect(people("city\tphone\nParis, France\t+33 1 23 45 67 89")).toEqual([])
})

test("a desk's name before its role mailbox is the desk wherever it stands, a greeting too", () => {
  const mail = "From: Kelly, Aoife <aoife.kelly@eir.ie>\nTo: Lotline Auctions <desk@lotline-auctions.example>\n\nHi Lotline Auctions,\nI'm asking about lot L0309-4."
  expect(people(mail)).toEqual(["Kelly, Aoife"])
})

test("an Irish or Scottish surname in a header's display name keeps the whole name", () => {
  expect(people("From: O'Sullivan, Oisín <osullivano@gmail.com>\nHello")).toEqual(["O'Sullivan, Oisín"])
  expect(people("From: McDonald, Sarah <s.mcd@example.ie>\nHello")).toEqual(["McDonald, Sarah"])
})

test("a transcript's agent handing the call on names whom, in lower case too", () => {
  expect(people("spk_1 thanks\nspk_0 handed over to róisín murphy")).toEqual(["róisín murphy"])
  expect(people("spk_1 merci\nspk_0 transmis à élodie roy")).toEqual(["élodie roy"])
  expect(people("spk_1 dank je\nspk_0 doorgezet naar lotte van den berg")).toEqual(["lotte van den berg"])
  expect(people("spk_1 ok\nspk_0 predano sodelavcu gregor kovačič")).toEqual(["gregor kovačič"])
})

test("a vCard's formatted name is one name, in any script; an organisation's card names no one", () => {
  expect(people("BEGIN:VCARD\nVERSION:3.0\nN:Gagnon;Josée;;;\nFN:Josée Gagnon\nEND:VCARD")).toEqual(["Gagnon", "Josée", "Josée Gagnon"])
  expect(people("BEGIN:VCARD\nN:Колев;Веселин;;;\nFN:Веселин Колев\nEND:VCARD")).toContain("Веселин Колев")
  expect(people("BEGIN:VCARD\nFN:Acme Logistics Ltd\nORG:Acme\nEND:VCARD")).toEqual([])
})
