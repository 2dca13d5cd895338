// Kinds that people speak or type at each other: chat exports, SMS, voicemail transcripts, speech-to-text.
import { story } from "./domains.ts"
import type { Piece } from "./draft.ts"
import type { Scene } from "./scene.ts"
import { contact, kv, spoken, unpunctuated } from "./util.ts"

/** Chat exports: Telegram `[12.03.26 14:02] Name:`, iMessage-style blocks, Messenger with the name on its own line. */
export function chat(s: Scene): void {
  const { r, w, d } = s
  const st = story(s)
  const ph = s.phone("mobile")
  const who = [st.cust, st.staff]
  const style = r.int(3)
  const msgs: Array<[number, Piece[]]> = [
    [0, [`${w.hi} ${r.pick(["👋", "🙂", ""])}`.trimEnd()]],
    [1, [`${w.hi} `, s.P(st.cust, "given"), r.pick(["! ", ", "]), ...st.event]],
    [0, r.chance(0.4) ? [r.pick(["📞 ", "📱 ", "☎️ "]), s.tel(ph)] : s.say("myNum", contact(s, ph))],
    ...st.facts.slice(0, 3).map((f) => [r.int(2), kv(f)] as [number, Piece[]]),
    ...st.extra.map((x) => [0, x] as [number, Piece[]]),
    [1, [`${w.thanks} `, s.P(st.cust, "given"), r.pick([" 🙏", " ✅", "!"])]],
  ]
  const stamp = (i: number) => `${String(9 + Math.floor(i / 3)).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")}`
  const day = s.dateText("dots").replace(/2026$/, "26")
  msgs.forEach(([who_, text], i) => {
    const p = who[who_]!
    if (style === 0) d.put(`[${day} ${stamp(i)}] `, s.P(p, who_ ? "given" : "full"), ": ", text, "\n")
    else if (style === 1) d.put(who_ ? "" : [s.P(p, "given"), "\n"], text, "\n", i % 2 ? `${r.pick(["Delivered", "Read"])} ${stamp(i)}\n\n` : "\n")
    else d.put(s.P(p, "full"), "\n", text, "\n", stamp(i), "\n\n")
  })
}

/** An SMS from the business or from the customer. */
export function sms(s: Scene): void {
  const { r, w, d } = s
  const st = story(s)
  if (r.chance(0.5)) {
    d.put(`${st.brand}: ${w.hi} `, s.P(st.cust, "given"), ", ", st.event, " ", ...kv(r.pick(st.facts)), ". ")
    if (r.chance(0.5)) d.put(s.say("callMe", [s.tel(s.phone("fixed"))]), ".")
  } else {
    d.put(r.pick(["", "😊 "]), `${w.hi}, `, s.P(st.cust, r.pick(["full", "given"])), " ", r.pick(["—", "-", "here:"]), " ", ...kv(r.pick(st.facts)), ". ")
    const ph = s.phone("mobile")
    d.put(r.chance(0.25) ? [w.mobile, s.tel(ph)] : s.say("myNum", contact(s, ph)), " ", st.extra[0] ?? [])
  }
}

/** A voicemail transcript: the number read out in words or paused groups. */
export function voicemail(s: Scene): void {
  const { r, w, d } = s
  const st = story(s)
  const ph = s.phone()
  d.put(`${r.pick(["Voicemail", "VM", "📩"])} · `, s.date(), " · ", s.time(), ` · 0:${20 + r.int(39)}\n`)
  d.put(`"`, s.say("vmHi", [s.P(st.cust, "full")]), ` ${st.brand} `)
  d.put(kv(r.pick(st.facts), " "), " ")
  const slip = r.chance(0.25) && s.loc.english ? `${r.pick(["oh eight", "oh two one", "nine one"])}, sorry, ` : ""
  d.put(s.say("myNum", [slip, spoken(s, ph)]), " ")
  if (r.chance(0.4)) d.put(s.say("myNum", [spoken(s, ph)]), " ")
  d.put(`${w.vmBye}"`)
}

/** Speech-to-text without punctuation, lower case, with speaker labels. */
export function stt(s: Scene): void {
  const { r, w, d } = s
  const st = story(s)
  const ph = s.phone("mobile")
  const [a, c] = r.pick([[w.agent, w.customer], ["spk_0", "spk_1"], ["A", "B"]]).map((x) => x.toLowerCase())
  d.put(`${a}: `, unpunctuated([`${w.hello} ${st.brand} `, s.P(st.staff, "lower")]), "\n")
  d.put(`${c}: `, unpunctuated(s.say("vmHi", [s.P(st.cust, "lower")])), " ", unpunctuated(kv(r.pick(st.facts), " ")), "\n")
  d.put(`${a}: `, unpunctuated(st.event), "\n")
  d.put(`${c}: `, unpunctuated(s.say("myNum", [r.chance(0.6) ? spoken(s, ph, " ") : s.tel(ph, "compact")])), "\n")
  if (st.extra.length) d.put(`${a}: `, unpunctuated(st.extra[0]!), "\n")
  d.put(`${c}: ${w.vmBye}`)
}
