// The English pack: its templates (en-a … en-d), its nameless templates and its words for the businesses.
import { EN_CHAT, EN_SMS } from "./en-a.ts"
import { EN_CALLBACK, EN_NOTE, EN_SUMMARY } from "./en-b.ts"
import { EN_BIZ } from "./en-biz.ts"
import { EN_EMAIL } from "./en-c.ts"
import { EN_TRANSCRIPT, EN_VOICEMAIL } from "./en-d.ts"
import type { Pack } from "./pack.ts"

export const EN: Pack = {
  lang: "en",
  templates: { chat: EN_CHAT, sms: EN_SMS, note: EN_NOTE, callback: EN_CALLBACK, email: EN_EMAIL, summary: EN_SUMMARY, transcript: EN_TRANSCRIPT, voicemail: EN_VOICEMAIL },
  bare: {
    chat: [
      `[{clock}] Bot: Our team is here {|Monday to Friday|on weekdays} from {time} to {time2}. Current wait: about {dur}.
[{clock}] Visitor: ok, is {what} still {amount}?
[{clock}] Bot: Prices start at {amount2}. See {web} for details.`,
      `[{clock}] Visitor: do you cover postcode {post}?
[{clock}] Agent: We do! Next free slot is {date}. [[name-word:Will]] that work?`,
    ],
    sms: [`{!jewel}{biz}: we're on the way and should arrive around {time}. Ref {n1}. We'll text again if running late.`, `{biz}: payment of {amount} received for {n1}, card {masked}. Thank you.`],
    note: [`Ops note {date}: van 3 off the road, jobs {n1} and {n3} moved to {date2}. Parts {track} due by {time}. App {ver} pushed to the tablets.`],
    callback: [`CB queue {date} {time}: 14 waiting, oldest {dur}. Priority: {r1}, {r2}. Queue sheet only, no customer details here.`],
    email: [`Thank you for contacting {biz}. Our office is closed until {date}. Orders placed after {time} are handled the next working day. Please quote {r1} in any reply.`],
    summary: [`Daily summary {date}: 212 calls, average handling {mins}, refunds {amount}. Case {case} escalated. Area surcharge for postcode {post} confirmed. Invalid card {luhnbad} seen three times.{@IN| Refund batch sent through {ifsc}.}`],
    transcript: [`ivr: thank you for calling {~biz}. our lines are open from {time} to {time2}. calls [[name-word:may]] be recorded. press one for {~what}, press two for payments.`],
    voicemail: [`Voicemail (number withheld) · {date} {time} · {dur}
"...hello? is anyone there... it's about {n1}... i'll try again later"`],
  },
  biz: EN_BIZ,
  words: { ext: ["ext.", "ext", "extension", "x"], routing: "routing", account: "account", branch: "branch code" },
}
