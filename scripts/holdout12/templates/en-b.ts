/** English (UK and US): more genres, names in odd positions, IPs and IDs. */
import { neg, t } from "../builder.ts";
import type { Template } from "../ctx.ts";

export const EN_B: Template[] = [
  { kind: "chat", make: (c) => {
    const p = c.person();
    return t`[${c.n.time()}] ${c.P(p.first)}: hiya, the app says delivered but nothing here ${c.emoji()}\n[${c.n.time()}] Agent ${c.P(c.person().first)}: Sorry ${c.P(p.first)}! Driver photo shows a green door at ${c.n.house()}. Is that yours?\n[${c.n.time()}] ${c.P(p.first)}: no mine is ${c.n.house()}. my partner ${c.P(c.person().full)} was home all day`;
  } },
  { kind: "sms", make: (c) => {
    const p = c.person();
    return t`hi ${c.P(p.first.toLowerCase())} its ur driver ${c.P(c.person().first.toLowerCase())} 🚚 running late, eta ${c.n.time()}. call ${c.phone()} if u want it left w/ neighbour`;
  } },
  { kind: "payout", make: (c) => {
    const p = c.person();
    return t`Case note (seller support): ${c.P(p.full)} (store ${c.n.seller()}, VAT ${c.n.vat()}) disputes fee of ${c.n.amount()} on settlement ${c.n.date()}. Asked to confirm payout IBAN; seller typed ${c.n.iban()} first (fails check), then ${c.iban()}. Login IPs: ${c.ip()}, ${c.ip()}. Will call back ${c.n.date()}.`;
  } },
  { kind: "refund-email", make: (c) => {
    const p = c.person();
    return t`From: ${c.email(p)}\nTo: ${c.shopEmail("help", "marktplaza.eu")}\nSubject: Re: Refund for order ${c.n.order()}\n\nHi there,\nI was charged twice (${c.n.amount()} on ${c.n.date()}). Card used: ${c.card()}. The other charge shows a reference ${c.n.luhn()}, which is not a card of mine.\n\nThanks,\n${c.P(p.first)}\n\nSent from my iPhone`;
  } },
  { kind: "call", region: "GB", make: (c) => {
    const p = c.person();
    return t`Call summary: customer ${c.P(p.full)} rang from ${c.phone("GB")} about a missed delivery (${c.n.tracking()}). Verified with NINO ${c.nino()} for the benefits-letter parcel. Rebooked for ${c.n.date()}, ${c.n.window()}. Redelivery fee: ${c.n.word("Bill")} to store, not customer.`;
  } },
  { kind: "customs", region: "US", make: (c) => {
    const p = c.person();
    return t`Customs hold — inbound from ${neg("place", "Florence")}, Italy. Recipient ${c.P(p.full)}, ${c.n.house()} ${neg("place", "Jordan")} Ave, zip ${c.n.postcode()}. Broker requires SSN or EIN for formal entry over ${c.n.amount()}; customer gave ${c.ssn()}. HS ${c.n.tariff()}, gross ${c.n.weight()}, ${c.n.dims()}. Foreign shipper contact ${c.foreignPhone()}.`;
  } },
  { kind: "driver-note", make: (c) => t`RTS ${c.n.tracking()} - addr not found, ${c.n.house()} vs ${c.n.house()}?? tried ${c.phone()} x2. cust name on label ${c.P(c.person().full.toUpperCase())}. ${c.n.weight()}` },
  { kind: "review-reply", make: (c) => {
    const p = c.person();
    return t`Review (Play Store, 2★): "Food came cold again. ${c.n.word("Mark")} my words I'm deleting this app" — ${c.P(p.full)}\n\nDeveloper response: Hi ${c.P(p.first)}, we're sorry to hear that. We've refunded ${c.n.amount()} to your original payment method. Please contact ${c.shopEmail("care", "hungryhub.app")} with order ${c.n.order()}. – ${c.P(c.person().first)}`;
  } },
  { kind: "address-form", region: "US", make: (c) => {
    const p = c.person();
    const q = c.person();
    return t`Redirect form\nRecipient | Phone | Email\n${c.P(p.full)} | ${c.phone("US")} | ${c.email(p)}\n${c.P(q.full)} | ${c.phone("CA")} | ${c.email(q)}\nNew address: ${c.n.house()} ${neg("place", "Georgia")} Ave, Apt ${c.n.house()}, ${c.n.postcode()}. Deliver ${c.n.window()}.`;
  } },
  { kind: "chat", make: (c) => t`Customer: hi, parcel ${c.n.tracking()} stuck in ${neg("place", "Paris")} since ${c.n.date()} 😤\nAgent: Hi! ${c.n.word("May")} I ask whether it was sent by the seller with GLS or DPD? The reference ${c.n.order()} is an order number, not tracking.\nCustomer: no idea, the seller id is ${c.n.seller()}\nAgent: Thanks, I'll chase it. ${c.n.word("Grace")} period for refunds is 30 days.` },
  { kind: "restaurant", make: (c) => {
    const p = c.person();
    return t`Partner email\nHi team, this is ${c.P(p.full)} from ${c.accented()} (partner ${c.n.restaurant()}). Your rider ${c.P(c.person().first)} keeps arriving ${c.n.time()} for ${c.n.window()} orders. Please call me on ${c.phone()} or my manager ${c.P(c.person().full)} on ${c.phone()}. Payout account ${c.iban()}.`;
  } },
  { kind: "sms", make: (c) => t`Your HungryHub order ${c.n.order()} is on its way 🛵 Total ${c.n.amount()}. Courier: ${c.P(c.person().first)}. Track: hhub.app/t/${c.n.order()}` },
];

export const EN_NEG: Template[] = [
  { kind: "chat", make: (c) => t`Customer: ${c.n.word("Will")} the parcel come before ${c.n.date()}?\nAgent: Yes, it's with UPS ${c.n.tracking()}, ${c.n.weight()}, window ${c.n.window()}. ${neg("name-word", "Bill")} from ${c.n.place()} is the sender company name, not a person.` },
  { kind: "driver-note", make: (c) => t`parcel ${c.n.tracking()} ${c.n.dims()} ${c.n.weight()} - locker ${c.n.locker()} pin ${c.n.pin()}, code ${c.n.luhn()} on label looks like a card no but isnt. del ${c.n.date()} ${c.n.time()}` },
];
