// Talk written down: speech-to-text call logs (timestamps, speaker labels, lower case, little punctuation), SMS
// with abbreviations, web and WhatsApp chats, and voicemail transcriptions with the number said in words.
import { flat, mapText, type Bit, type Piece } from "./draft.ts"
import { extras, lines, nameWord, sentences } from "./kit.ts"
import { date, time } from "./numbers.ts"
import type { Scene } from "./scene.ts"

/** A transcript line's words: lower case, the sentence marks dropped from plain text only. */
function spoken(b: Bit): Piece[] {
  const lowered = mapText(b, (t) => t.toLowerCase())
  return lowered.map((p) => (p.type || p.kind ? p : { text: p.text.replace(/[.,!?;:¿¡]/g, "") }))
}

export function stt(s: Scene): void {
  const r = s.r
  const mode = r.pick([0, 0, 1, 2, 2])
  const [agentWord, custWord] = [s.W.agentWord, s.W.custWord]
  const labels: [Bit, Bit] = mode === 0 ? ["SPEAKER_1", "SPEAKER_2"] : mode === 1 ? [agentWord, custWord] : [s.name("agent", "full"), s.name("cust", "full")]
  let t = 1 + r.int(4)
  const row = (who: 0 | 1, words: Bit): Bit => {
    t += 3 + r.int(14)
    const stamp = `[00:${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}]`
    return [stamp, " ", labels[who], ": ", spoken(words)]
  }
  s.style = "lower"
  const phone = r.chance(0.6) ? s.v("said") : s.phoneP("cust")
  const out = lines(
    row(0, s.line("sttHello")),
    row(1, sentences(s.line("biz.issue"), r.chance(0.3) && nameWord(s))),
    row(0, s.line("sttName")),
    row(1, s.name("cust", "lower")),
    row(0, s.line("sttAsk")),
    row(1, phone),
    r.chance(0.4) && row(1, s.line("mailMe")),
    row(0, s.line("biz.reply")),
    row(0, s.line("sttBye")),
  )
  s.style = undefined
  s.d.put(out)
}

export function sms(s: Scene): void {
  const r = s.r
  const from = s.phoneP("custm", "mobile")
  const stamp = () => [date(r, s.loc), " ", time(r, s.loc)]
  const brandMsg = s.fill(`{brand}: ${s.pick("biz.notice")}`)
  s.sloppy = true
  const style = r.int(3)
  if (style === 0) s.d.put(lines(s.line("smsCall"), r.chance(0.5) && s.line("smsOk")))
  else if (style === 1) s.d.put(lines(["SMS ", from, " – ", stamp()], s.line("smsCall"), "", ["SMS ", s.brand(), " – ", stamp()], brandMsg, "", ["SMS ", { text: from.text, type: "PHONE" }, " – ", stamp()], s.line("smsOk")))
  else s.d.put(lines([s.W.custWord, " (", from, "): ", s.line("smsCall")], [s.brand(), ": ", s.line("biz.reply")], r.chance(0.5) && [s.W.custWord, ": ", s.line("smsOk")], ...extras(s, 1).map((x) => [s.W.custWord, ": ", x])))
}

export function chat(s: Scene): void {
  const r = s.r
  s.sloppy = r.chance(0.5)
  const whatsapp = r.chance(0.4)
  const stamp = () => {
    const at = s.tick(90)
    const hm = at.toISOString().slice(11, 16)
    return whatsapp ? `[${at.toISOString().slice(8, 10)}/${at.toISOString().slice(5, 7)}/2026, ${hm}]` : `(${hm})`
  }
  const agent = (b: Bit): Bit => (whatsapp ? [stamp(), " ", s.brand(), ": ", b] : [s.name("agent", "given"), " ", stamp(), ": ", b])
  const cust = (b: Bit): Bit => (whatsapp ? [stamp(), " ", s.name("cust", r.pick(["full", "given"] as const)), ": ", b] : [s.name("cust", r.pick(["full", "given"] as const)), " ", stamp(), ": ", b])
  s.d.put(lines(
    agent(s.line("chatOpen")),
    cust(sentences(s.line("biz.issue"), r.chance(0.35) && nameWord(s))),
    agent(s.line("chatAsk")),
    cust(r.chance(0.5) ? [s.phoneP("custm", "mobile"), r.chance(0.4) ? [" ", s.W.or, " ", s.email("cust")] : []] : s.email("cust")),
    s.iban && (s.biz === "water" || s.biz === "uni") && r.chance(0.6) && cust(s.line("ibanPay")),
    ...extras(s, 2).map((x) => cust(x)),
    agent(s.line("biz.reply")),
    agent(s.line("chatBye")),
  ))
}

export function voicemail(s: Scene): void {
  const r = s.r
  const caller = r.chance(0.7) ? { text: s.phone("cust").e164, type: "PHONE" } : r.pick(["Unknown", "Private", "Withheld"])
  const head = ["Voicemail ", caller, " – ", date(r, s.loc), " ", time(r, s.loc), ` – 0:${String(20 + r.int(39))}`]
  const said = s.v("said")
  const body = sentences(s.line("vmOpen"), s.line("biz.issue"), r.chance(0.3) && nameWord(s), s.fill(s.pick("vmNum"), { said }), r.chance(0.3) && s.line("mailMe"), s.pick("vmBye"))
  s.d.put(lines(head, flat(['"', body, '"'])))
}
