// Review of holdout45's PERSON misses on names in a script with no capitals (Arabic, Hebrew, Persian, Urdu) where the place
// says a name stands, not a word: a chat's speaker tag, a sign-off's line, a table's name column, a markdown or HTML key;
// the same name again elsewhere, and its transliteration in brackets. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a chat's speaker tag after its stamp, and the same name again in the chat", () => {
  const chat = "10:02 Megan: Hello, how can I help?\n10:03 مریم صالحی: my parcel is late\n10:05 Megan: Your name please?\n10:06 مریم: مریم صالحی"
  expect(people(chat)).toEqual(["Megan", "مریم صالحی", "Megan", "مریم", "مریم صالحی"])
  expect(people("[3/9/2026, 08:15:02] דנה שמיר (Dana Shamir): the meter reads 4412")).toEqual(["דנה שמיר", "Dana Shamir"])
})

test("a sign-off's line, a table's name column and a markup key hold a name", () => {
  expect(people("Merci pour votre aide.\n\nBien cordialement,<br>\nسارا رحیمی<br>")).toEqual(["سارا رحیمی"])
  expect(people('"Name";"Phone"\n"خالد منصور";"0161 496 0000"')).toEqual(["خالد منصور"])
  expect(people("**Name:** נועה ברק  \n**Email:** n@example.com")).toEqual(["נועה ברק"])
  expect(people("<tr><td><b>Name</b></td><td>خالد منصور (Khaled Mansour)</td></tr>")).toEqual(["خالد منصور", "Khaled Mansour"])
})

test("script text in another column, after a stamp but with no speaker's colon, or in a sentence, is no name", () => {
  expect(people('"Name";"Note"\n"Ravi Shah";"تم الدفع"')).toEqual(["Ravi Shah"])
  expect(people("10:04 شكرا جزيلا على المساعدة")).toEqual([])
  expect(people("The sign said مرحبا بكم and nothing else.")).toEqual([])
})
