// A gambling and lottery operator's desks (holdout78): a chat's player named by role and a desk's name as a chat
// speaker or a mail's sender are no people; the people beside them still are. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a player by role and a desk as speaker or sender are no person", () => {
  expect(people("[21:10] Player: pls close my account\n[21:11] Agent Carys: done, Gethin Pryce?\n[21:12] Punter: yes thats me")).toEqual(["Carys", "Gethin Pryce"])
  expect(people("[08:02] Tuki: Hei! Kuka puhuu?\n[08:03] Asiakas: Veera Lindqvist täällä")).toEqual(["Veera Lindqvist"])
  expect(people("From: Compliance <compliance@example.org>\nTo: Marek Dvořák <m.dvorak@example.cz>\nSubject: source of funds")).toEqual(["Marek Dvořák"])
  expect(people("Van: Klachtenafhandeling <klachten@example.nl>\nAan: Sanne de Wit")).toEqual(["Sanne de Wit"])
  expect(people("Od: Pritužbe <prituzbe@example.hr>\nZa: Ivana Šimić")).toEqual(["Ivana Šimić"])
  expect(people("Chargeback — Amex ending 1009, cardholder Odile Marchetti disputes the deposit")).toEqual(["Odile Marchetti"])
})

test("a reply's heading, a letter's placeholder and a lottery game are no person", () => {
  expect(people("Tisztelt Cím!\n\nEgy irodai közösségben játszunk.")).toEqual([])
  expect(people("> Svar från kundtjänst 12 nov: Hej Lennart")).toEqual(["Lennart"])
  expect(people("Balance $4,507.15 incl. a Keno win after the date of death")).toEqual([])
})

test("Hungarian's Úr (Sir) in a salutation is no name; a name before úr still is", () => {
  expect(people("Tisztelt Doktor Úr! A fiókot felfüggesztettük.")).toEqual([])
  expect(people("Értem, Tóth Bence úr. A bankban")).toEqual(["Tóth Bence"])
})
