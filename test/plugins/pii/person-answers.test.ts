// Names no first-name list holds, found by where they stand: after the role a booking names (`instructor`, `child`), as
// the whole answer to a question for a name, under a log line's unquoted person key, and a given name found again with
// its surname after it. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a name after a booking's role (instructor, learner, child, parent) is a person, known to a list or not", () => {
  expect(people("Lesson moved. instructor: Nakita Crowchild, can be reached on 514/694 2311.")).toEqual(["Nakita Crowchild"])
  expect(people("Parent: Ravi Grewal, ravi@mailbox.example\nchild: Anirban Chatterjee, anirban@post.example")).toEqual(["Ravi Grewal", "Anirban Chatterjee"])
  // The role word before a thing is no cue: a child seat, a parent company, a guest network.
  expect(people("child seat booked, Guest WiFi code 1234")).toEqual([])
  expect(people("Parent Company Ltd called about the invoice")).toEqual([])
})

test("a word no list holds that is the whole answer to a question for a name is a name", () => {
  expect(people("agent: petal & post, name?\ncaller: kateri, flower delivery bq-2026-4788")).toEqual(["kateri"])
  expect(people("agent: driving school, name?\ncaller: nakita crowchild on 514 694 2311")).toEqual(["nakita crowchild"])
  expect(people("agent: thanks. child?\ncaller: sohini mukhopadhyay")).toEqual(["sohini mukhopadhyay"])
  // Fillers and everyday words answer nothing; a sentence is no name.
  expect(people("agent: name?\ncaller: hmm, let me check")).toEqual([])
  expect(people("agent: your name?\ncaller: erm, one sec")).toEqual([])
  expect(people("agent: name?\ncaller: yes, it is for the booking")).toEqual([])
  expect(people("agent: name?\ncaller: booking for tuesday")).toEqual([])
})

test("a log line's unquoted agent key holds a name, up to the next key", () => {
  expect(people("07:24 XFER tariff=T394 agent=Patience Coetzee callback=07700 900123")).toEqual(["Patience Coetzee"])
  expect(people("ani=63124137 agent=Nur Aisyah binte Ismail dnis=1")).toEqual(["Nur Aisyah binte Ismail"])
  expect(people("msisdn=0063 2 8681 2674 status=ok agent=Bong")).toEqual(["Bong"])
  // A browser or a tool is no agent, and an `=` in prose is no log line.
  expect(people("GET /x agent=Chrome status=200")).toEqual([])
  expect(people("ts=1 user=Jenkins job=nightly")).toEqual([])
})

test("a given name found again takes its surname where the surname follows it", () => {
  expect(people("Summary: Arnab Mukhopadhyay (parent) called about membership. Arnab can be reached on 044 2345 6789.")).toEqual(["Arnab Mukhopadhyay", "Arnab"])
  expect(people("Milagros González Peña wrote. Milagros can be reached on 044 2345 6789.")).toEqual(["Milagros González Peña", "Milagros"])
  // An everyday word after it is no surname.
  expect(people("Arnab Called back later. Arnab can be reached on 044 2345 6789.")).toEqual(["Arnab", "Arnab"])
})

test("a form's numbered name keys hold the parts of one name, and the key's word is no name", () => {
  expect(people("web form\nNavn (1): Troels\nNavn (2): Dalsgaard\nTelefon:26 93 11 22")).toEqual(["Troels", "Dalsgaard"])
  expect(people("Име (1): Јелена\nИме (2): Ђорђевић")).toEqual(["Јелена", "Ђорђевић"])
})

test("given names of Norway, Hungary, Malta, Serbia, Iceland, Malaysia, Zambia and Uganda are known", () => {
  expect(people("Present: Torbjørn Haugen, Ödön Kiss and Pawlu Cassar")).toEqual(["Torbjørn Haugen", "Ödön Kiss", "Pawlu Cassar"])
  expect(people("Callback for Милош, then Guðrún and Syazwani.")).toEqual(["Милош", "Guðrún", "Syazwani"])
})

test("a name key's value is a person's name when the record holds a phone, in brackets or on the object's next line", () => {
  // The phone in brackets, as a British landline is written: no list holds Rumana.
  expect(people('{"customer": {"name": "Rumana Uddin", "phone": "(01248) 220230"}}')).toEqual(["Rumana Uddin"])
  // An object printed over several lines: the phone's key is on a line of its own.
  expect(people('{\n  "customer": {\n    "name": "Mari-Liis Kask",\n    "phone": "607 1160"\n  }\n}')).toEqual(["Mari-Liis Kask"])
  // A product's or a pet's record holds no phone: its name is no person's.
  expect(people('{\n  "product": {\n    "name": "Kestrel Deluxe",\n    "sku": "KD-2201"\n  }\n}')).toEqual([])
  // The phone of the next object is not this one's.
  expect(people('[{"name": "Kestrel Deluxe", "sku": "KD-2201"},\n {"contact": "x", "phone": "(01248) 220230"}]')).toEqual([])
})

test("an emergency contact's name key, a person-only role of a record, and a phone after a sign count as a name's record", () => {
  expect(people('case.note name_sos="Tauri Nukka" phone_sos=+19075550147 note="x"')).toEqual(["Tauri Nukka"])
  expect(people('{"agent": "Tauri Nukka", "note": "charger stopped"}')).toEqual(["Tauri Nukka"])
  expect(people('request name="Tauri Nukka" phone="📞 306.555.0147"')).toEqual(["Tauri Nukka"])
  // A desk or a product is no agent; a form's line is not a record (`Agent: Billing Desk`).
  expect(people('{"agent": "Billing Desk", "note": "x"}')).toEqual([])
  expect(people('{"agent": "Auto Router", "note": "x"}')).toEqual([])
})
