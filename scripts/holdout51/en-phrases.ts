// English phrases: shared ones, the seven countries' greetings and sign-offs, and each business's own lines.
import type { Phrases } from "./pack.ts"

export const EN_PHRASES: Phrases = {
  paycard: ["card is {card} exp {expiry}", "card number {card}, expiry {expiry}", "{card} (exp {expiry})", "new card {card}, exp {expiry}"],
  payiban: ["IBAN {iban}", "IBAN: {iban}", "bank details: IBAN {iban}"],
  idother: ["card for the deposit: {card}, exp {expiry}", "card {card} exp {expiry} for the fee"],
  payacct: ["{acct}"],
  badcard: ["card {luhnbad} was declined", "tried {luhnbad} first but it bounced", "the number {luhnbad} failed at checkout"],
  badiban: ["the IBAN {ibanbad} came back as invalid", "IBAN {ibanbad} rejected by the bank (typo?)"],
  idus: ["SSN {ssn} for the {why}", "SSN: {ssn}", "for the {why} my SSN is {ssn}", "SSN on file: {ssn}"],
  idgb: ["NI number {nino} for the {why}", "NI no. {nino}", "National Insurance number {nino}", "for the {why}, NI number is {nino}"],
  sidus: ["[{off}] CALLER: {um} my social is {ssn}", "[{off}] CALLER: social security number {ssn}", "[{off}] CALLER: sure the SSN is {ssn}"],
  sidgb: ["[{off}] CALLER: national insurance number is {nino}", "[{off}] CALLER: {um} NI number {nino}"],
  idusbad: ["(first SSN given, {ssnbad}, was rejected as invalid)", "SSN {ssnbad} failed verification"],
  idgbbad: ["(NI number {ninobad} was rejected by the form)", "NI number {ninobad} not recognised"],
  bye: ["Thanks", "Kind regards", "Many thanks", "Best"],
  hi: ["Hi", "Hello", "Hey"],
  postword: ["postcode"],
  sayok: ["okay", "right", "sure", "yep"],
  um: ["um", "uh", "er", "erm"],
  nw: [
    "[[name-word:May]] I ask you to keep the {ref} handy for next time?", "[[name-word:Will]] do, thanks.", "The [[name-word:bill]] came to {amount}.",
    "Please [[name-word:mark]] the box as fragile.", "Prices [[name-word:rose]] on {date}, sorry about that.", "[[name-word:Hope]] that helps!",
    "To be [[name-word:frank]], it should not have taken {dur}.", "There is a 14-day [[name-word:grace]] period.", "Paid in pounds [[name-word:sterling]].",
  ],
}

export const EN_FLAVOR: Record<string, Phrases> = {
  "en-US": { hi: ["Hi", "Hey", "Hello"], bye: ["Thanks!", "Best,", "Thank you,"], postword: ["ZIP", "zip code"] },
  "en-GB": { hi: ["Hi", "Hiya", "Hello", "Morning"], bye: ["Many thanks", "Kind regards", "Cheers"] },
  "en-IE": { hi: ["Hi", "Hiya", "Morning", "Hello"], bye: ["Thanks a million", "Many thanks", "Kind regards"], postword: ["Eircode"] },
  "en-AU": { hi: ["G'day", "Hi", "Hey"], bye: ["Cheers", "Thanks heaps", "Kind regards"] },
  "en-CA": { hi: ["Hi", "Hello", "Hey there"], bye: ["Thanks so much", "Best regards", "Thanks,"], postword: ["postal code"] },
  "en-IN": { hi: ["Hello", "Good morning", "Hi"], bye: ["Thanks and regards", "Regards", "Kindly revert"], postword: ["PIN code", "pincode"] },
  "en-ZA": { hi: ["Hi", "Howzit", "Morning", "Hello"], bye: ["Thanks", "Kind regards", "Cheers"] },
}

export const EN_BIZ: Record<string, Phrases> = {
  sleep: {
    longline: ["Finance agreement {long}"],
    ops: ["van 3 off the road, deliveries from {ts} moved; {n.mattress-sku} out of stock until {date2}"],
    item: ["mattress", "bed frame", "ottoman bed", "memory foam topper", "divan base"],
    issue: [
      "my {item} was meant to arrive on {date} and nobody showed up, order {ref}", "the {item} from order {ref} came with a tear in the cover",
      "I want to send the mattress back under the 100-night trial, order {ref}", "the drivers left the old mattress on my driveway, order {ref}",
      "you've charged me twice for order {ref}, {amount} both times", "my finance agreement {long} shows the wrong balance",
    ],
    nissue: ["order {ref} missed delivery {date}", "trial return req, {ref}, collection pending", "cover torn on arrival, sku {n.mattress-sku}", "dbl charge {amount} on {ref}", "finance agmt {long} balance query", "wrong size delivered ({n.mattress-sku}) on {ref}"],
    sissue: ["the mattress never came it was supposed to be {dsaid}", "i wanna return the mattress it's killing my back", "there's a rip in the cover of the new mattress", "the finance thing is showing the wrong amount"],
    fix: ["I've rebooked the delivery for {date2} between {time} and {time2}", "I've raised return {n.trial-return} and the collection team will call", "a replacement cover ({n.mattress-sku}) goes out by courier, tracking {track}", "the duplicate payment of {amount} will be refunded within {dur}"],
    visit: ["delivery", "collection", "return collection"],
    why: ["0% finance application", "finance credit check"],
    nw: ["The headboard also comes in [[name-word:Rose]] velvet.", "[[name-word:Will]] the new one fit a {n.mattress-sku} base?"],
  },
  physio: {
    longline: ["Insurer authorisation {long}"],
    ops: ["room 2 closed {date2}, sessions moved; plan {n.exercise-plan} PDF updated"],
    item: ["appointment", "assessment", "follow-up session", "sports massage", "shockwave session"],
    issue: [
      "I need to move my {item} on {date}, ref {ref}", "I was charged {amount} for a session I cancelled", "my insurer needs the authorisation number {long} on the invoice",
      "my knee is worse since the last session, can I see someone sooner", "the link for exercise sheet {n.exercise-plan} doesn't open",
    ],
    nissue: ["resched {ref} from {date}", "late cxl fee {amount} disputed", "ins auth {long}, add to {n.physio-invoice}", "pain flare post-session, triaged", "HEP {n.exercise-plan} resent"],
    sissue: ["i need to move my appointment on {dsaid}", "my shoulder's actually worse since last week", "my insurance needs some authorisation number on the invoice", "i got charged for a session i cancelled"],
    fix: ["moved to {date2} at {time} with {t.first}", "waived the late cancellation fee", "reissued invoice {n.physio-invoice} with the auth number", "booked a review ({mins}) with {t.full}"],
    visit: ["appointment", "session", "assessment"],
    why: ["insurance claim", "employer health plan claim"],
    nw: ["Please [[name-word:mark]] where it hurts on the body chart.", "[[name-word:Hope]] the new exercises help."],
  },
  windows: {
    longline: ["Guarantee certificate {long}"],
    ops: ["glass supplier delay of {dur}, units {n.frame-size} affected from {ts}"],
    item: ["bay window", "patio door", "composite front door", "sash window", "bifold doors", "uPVC casement"],
    issue: [
      "the fitters left a gap around the {item}, quote {ref}", "there's condensation between the panes of the {item}", "I need to rebook the survey {n.survey-ref}",
      "the {item} handle snapped, guarantee {long}", "my deposit of {amount} hasn't shown on quote {ref}",
    ],
    nissue: ["failed seal on {item}, guar. {long}", "survey {n.survey-ref} resched", "draught after install, {ref}", "dep {amount} not applied to {ref}", "size {n.frame-size} wrong on order {ref}"],
    sissue: ["there's like fog inside the glass on the new window", "the fitters left a big gap by the patio door", "i need to move the survey to {dsaid}", "the handle on the front door just snapped off"],
    fix: ["booked a service visit on {date2} between {time} and {time2}", "ordered a new sealed unit, {n.frame-size}, lead time {dur}", "the surveyor {t.first} will come on {date2}", "applied the {amount} deposit to quote {ref}"],
    visit: ["survey", "installation", "service visit", "remedial visit"],
    why: ["finance application", "home improvement loan"],
    nw: ["The handles come in [[name-word:rose]] gold or chrome.", "[[name-word:May]] we remind you the lead time is {dur}."],
  },
  dry: {
    longline: ["Loyalty card {long}"],
    ops: ["press 2 down since {ts}, rack {n.rack-slot} full, collections moved to {date2}"],
    item: ["wool suit", "wedding dress", "silk blouse", "duvet", "leather jacket", "curtains"],
    issue: [
      "my {item} came back with the stain still on it, ticket {ref}", "I can't find my ticket for the {item}", "you've lost a button off my {item}, ticket {ref}",
      "the hem on my trousers is 2cm too short", "I need the {item} back before {date}",
    ],
    nissue: ["loyalty card {long} not stamped", "stain remains on {item}, {ref}", "lost ticket, item on rack {n.rack-slot}", "missing button, {ref}", "hem too short, redo", "rush req for {date}, acct {n.corporate-account}"],
    sissue: ["the stain's still there on the {item}", "i lost the little ticket for my {item}", "you lost a button off my jacket", "i need the dress back before {dsaid}"],
    fix: ["it's being re-cleaned free of charge, ready {date2}", "it's on rack {n.rack-slot} ready to collect", "{t.first} will redo the hem by {date2}", "we'll credit {amount} to account {n.corporate-account}"],
    visit: ["collection", "pickup", "fitting"],
    why: ["damage claim form", "corporate account form"],
    nw: ["The [[name-word:Sterling]] silver cufflinks were still in the pocket.", "[[name-word:Bill]] to the account as usual?"],
  },
}
