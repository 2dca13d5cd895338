// Review of holdout42's PERSON misses in a transcript's speaker tags, a note's header, a delivery's stop lines, an
// invoice's recipient and a table's given and family columns, by general rules. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

const cues = (...lines: string[]) => ["WEBVTT", "", ...lines.flatMap((l, i) => [`00:00:0${i}.100 --> 00:00:0${i}.900`, l, ""])].join("\n")

test("a bracketed name opening a caption's line is its speaker, in capitals or not, with particles", () => {
  expect(people(cues("[ORLA MAC GIOLLA] booked for two", "[Petra van Dijk] thanks"))).toEqual(["ORLA MAC GIOLLA", "Petra van Dijk"])
  expect(people(cues("[СВЕТЛАНА ПАВЛОВА] да", "[KOVÁCS BENCE] igen"))).toEqual(["СВЕТЛАНА ПАВЛОВА", "KOVÁCS BENCE"])
})

test("a caption's sound, role or note tag is no speaker, and a lone bracket outside captions no name", () => {
  expect(people(cues("[MUSIC] plays on", "[Agent] hello", "[BACKGROUND NOISE]", "[NOTE] dog barks", "[INAUDIBLE]"))).toEqual([])
  expect(people("Parcel left at the back.\n[ORLA BRENNAN] see above")).toEqual([])
})

test("a bracketed name opening several lines of a text without cue timings is a speaker", () => {
  expect(people("[ORLA BRENNAN] parcel at the back\n[ORLA BRENNAN] gate is open")).toEqual(["ORLA BRENNAN", "ORLA BRENNAN"])
})

test("a WebVTT voice tag names its speaker, whatever follows it; a role or a numbered speaker is none", () => {
  expect(people(cues("<v Ravinder Thibodeau>Hey, greenbox.", "<v.loud Maren Fjeld>Hi, kennelyard."))).toEqual(["Ravinder Thibodeau", "Maren Fjeld"])
  expect(people(cues("<v Speaker 2>Hey, there.", "<v Narrator>ok", "<v Customer>fine"))).toEqual([])
})

test("a note's header names its writer by initial and surname after a date and a time", () => {
  expect(people("14 Oct 2026 09.40 B. O'Dowd: gate code changed")).toEqual(["B. O'Dowd"])
  expect(people("2026. okt. 3. 11.00 Tóth B.: kész")).toEqual(["Tóth B."])
  expect(people("04/03/2026 10:00 Л. Петров: готово")).toEqual(["Л. Петров"])
  expect(people("3. 4. 2026 08.15 M. Dvořáková: hotovo")).toEqual(["M. Dvořáková"])
  expect(people("12/05/2026 09h30 C. da Silva: feito")).toEqual(["C. da Silva"])
})

test("a delivery stop's or an invoice's recipient before a comma and a postcode is a name, in any case", () => {
  expect(people("Drop 4: SEÁN Ó BRIAIN, D02 X285 — leave at door")).toEqual(["SEÁN Ó BRIAIN"])
  expect(people("Stop 9: maria luisa reyes, 1104 — no answer")).toEqual(["maria luisa reyes"])
  expect(people("#3: TOMASZ NOWAK, 00-950 — call first")).toEqual(["TOMASZ NOWAK"])
  expect(people("Bill to: MARGUERITE CARON, H2X 1Y4\nthanks")).toEqual(["MARGUERITE CARON"])
})

test("a stop at a street or a depot is no name", () => {
  expect(people("Drop 3: Main Street, 4721 — leave at door")).toEqual([])
  expect(people("Stop 2: bus depot, 1104 — no answer")).toEqual([])
})

test("a table's given and family columns hold a name's parts; a family column alone holds words", () => {
  expect(people("given;family;phone\nWinifred;Quist;555 0100")).toEqual(["Winifred", "Quist"])
  expect(people("plant;family;price\nYew;Taxaceae;3.50\nBox;Buxaceae;2.00")).toEqual([])
})

test("a text message's lower-case full name after its greeting or after the thanks closing it is a name", () => {
  expect(people("howya siobhan doyle 🙂 the bin is full\nring me")).toEqual(["siobhan doyle"])
  expect(people("dear sir/madam anil kulkarni, my parcel is late")).toEqual(["anil kulkarni"])
  expect(people("the bin is full, ring me\nthank you po maricel dela rosa")).toEqual(["maricel dela rosa"])
  expect(people("the bin is full\nmoltes gràcies montserrat puig i serra")).toEqual(["montserrat puig i serra"])
})

test("thanks for a thing, or a greeting to a group, is no name", () => {
  expect(people("got the parcel\nty for the update")).toEqual([])
  expect(people("hello all team members, bins out")).toEqual([])
})

test("a capitalised greeting before a given name is no part of it, nor an Indian English sign-off", () => {
  expect(people("Howya Ciarán, any news?")).toEqual(["Ciarán"])
  expect(people("Kaixo Ander, telefonoa?")).toEqual(["Ander"])
  expect(people("Noted sir. Thanking you, Lakshmi.")).toEqual(["Lakshmi"])
})

test("a JSON record's caller is a person's name, though no list knows the given name; a service is none", () => {
  expect(people(`{"event":"sms.sent","caller":"Tessaly Kromhout","phone":"+352 661 519 181"}`)).toEqual(["Tessaly Kromhout"])
  expect(people(`{"event":"sms.sent","caller":"Billing Service","phone":"+352 661 519 181"}`)).toEqual([])
})

test("a full name in capitals under a table's name column keeps its particles", () => {
  expect(people("nome,telemóvel,email\nRODRIGO DOS REIS,962 012 958,r@example.pt")).toEqual(["RODRIGO DOS REIS"])
  expect(people("nombre\tcelular\tcorreo\nMARISOL DE LA CRUZ\t+52 33 8318 2079\tmdelacruz@example.mx")).toEqual(["MARISOL DE LA CRUZ"])
})

test("a text's last line signed with a firm's handle and its writer in capitals names the writer; a team is none", () => {
  expect(people("Order sent.\nBest wishes, barkhaven · MAGALI VAN ROY")).toEqual(["MAGALI VAN ROY"])
  expect(people("Order sent.\nBest wishes, barkhaven · CUSTOMER SERVICE")).toEqual([])
})

test("a thanks' own second word is no part of the name after it", () => {
  expect(people("sótun bókuð\ntakk kærlega guðrún pálsdóttir")).toEqual(["guðrún pálsdóttir"])
})

// Review 48: a log's tags, repeated on its lines, were taken for speakers.
test("outside captions, a repeated bracketed tag with no given name in it is a log's, not a speaker", () => {
  expect(people("[Main Thread] started\n[Main Thread] stopped\n[Kafka Consumer] lag\n[Kafka Consumer] ok")).toEqual([])
  expect(people("[Google Chrome] x\n[Google Chrome] y\n[ORLA BRENNAN] z\n[ORLA BRENNAN] w")).toEqual(["ORLA BRENNAN", "ORLA BRENNAN"])
})

test("a stop or an issue followed by a count (a number and a word in lower case) names no one", () => {
  expect(people("Stop 2: Bus Depot, 2 boxes\n#2: Login Bug, 14 reports\n#4: Sprint Review, 2 pm")).toEqual([])
  expect(people("#20: SHERENE THOMPSON, Kingston 25 — (876) 228-1109")).toEqual(["SHERENE THOMPSON"])
  expect(people("#31: daan de jong, 8248 pt — 030/829 0425")).toEqual(["daan de jong"])
})
