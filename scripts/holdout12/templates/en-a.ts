/** English (UK and US): calls, chats, payouts, driver notes, refunds. */
import { neg, t } from "../builder.ts";
import type { Template } from "../ctx.ts";

const lc = (s: string): string => s.toLowerCase();

export const EN_A: Template[] = [
  { kind: "call", make: (c) => {
    const p = c.person();
    const a = c.person();
    return t`[stt] agent ${c.P(lc(a.first))}: thanks for calling swift parcel this is ${c.P(lc(a.first))} how can i help\ncaller: yeah hi um my name is ${c.P(lc(p.full))} the driver left a card saying delivery exception on ${c.n.date()} tracking ${c.n.tracking()}\nagent: may i have a contact number\ncaller: it's ${c.phone()} and uh the parcel weighs like ${c.n.weight()}`;
  } },
  { kind: "chat", make: (c) => {
    const p = c.person();
    return t`${c.emoji()} Customer: where is my parcel?? it said out for delivery ${c.n.window()} and nothing\nBot: Please share your tracking number.\nCustomer: ${c.n.tracking()}\nAgent ${c.P(c.person().first)}: Thanks ${c.P(p.first)}! It's at the pickup point, postcode ${c.n.postcode()}. ${c.n.word("Will")} text you at ${c.phone()} once it's ready.`;
  } },
  { kind: "payout", make: (c) => {
    const p = c.person();
    return t`Subject: Payout not received – seller ${c.n.seller()}\n\nHello,\nmy payout of ${c.n.amount()} scheduled for ${c.n.date()} never arrived. The bank account on file is ${c.iban("GB")}; your dashboard shows ${c.n.iban()} which is not mine. Order ${c.n.order()} was refunded twice.\n\nRegards,\n${c.P(p.full)}\n${c.email(p)}`;
  } },
  { kind: "driver-note", make: (c) => {
    const p = c.person();
    return t`drv note ${c.n.time()}: no answer @ ${c.n.house()} ${neg("name-word", c.pick(["Rose", "Grace", "Florence"]))} Rd, left w/ neighb ${c.P(p.first)} at no. ${c.n.house()}. ${c.n.dims()} box, dmg corner. cust tel ${c.phone()} vm full`;
  } },
  { kind: "refund-email", make: (c) => {
    const p = c.person();
    return t`Dear ${c.pick(["Mr.", "Ms.", "Mrs.", "Dr."])} ${c.P(p.last)},\n\nyour refund has been issued.\n\n| Order | Item | Amount |\n|---|---|---|\n| ${c.n.order()} | ${c.n.word("Rose")} gold phone case | ${c.n.amount()} |\n| ${c.n.order()} | ${neg("place", "Amazon")} rainforest puzzle 1000pc | ${c.n.amount()} |\n\nIt goes back to the card ending 4417, not to ${c.n.luhn()} as shown in your ticket. Questions? ${c.shopEmail("refunds", "swiftparcel-support.com")}\n\n${c.P(c.person().first)}, Customer Care`;
  } },
  { kind: "sms", make: (c) => t`SwiftParcel: your parcel ${c.n.tracking()} arrives ${c.n.date()} ${c.n.window()}. Locker ${c.n.locker()}, PIN ${c.n.pin()}. Reply STOP to opt out. Questions: ${c.phone()}` },
  { kind: "call", region: "US", make: (c) => {
    const p = c.person();
    return t`[speech-to-text] caller: hi this is ${c.P(lc(p.first))} ${c.accented()} um the food order from ${neg("company", "wendy's")} never came order ${c.n.order()}\nagent: sorry about that can i verify the last four of the card\ncaller: you know what just take the whole thing ${c.card()} expires ${c.n.date()}\nagent: ma'am please don't read card numbers out. i'll mark it for a refund of ${c.n.amount()}`;
  } },
  { kind: "payout", region: "US", make: (c) => {
    const p = c.person();
    return t`Seller verification (store ${c.n.seller()}):\nLegal name: ${c.P(p.full)}\nSSN: ${c.ssn()}\nPhone: ${c.phone()} ext. ${c.rng.int(10, 499).toString()}\nTax form on file dated ${c.n.date()}. Payout held: ${c.n.amount()}. ${neg("company", "Chase")} account ending 2231.`;
  } },
  { kind: "customs", region: "GB", make: (c) => {
    const p = c.person();
    return t`Hi ${c.P(p.first)},\nyour parcel from the EU is held by customs. Import VAT ${c.n.amount()}, tariff code ${c.n.tariff()}, sender EORI ${c.n.eori()}, VAT no. ${c.n.vat()}. Please pay at the link or call ${c.phone("GB")}. If you're self-employed we may need your NI number — you sent ${c.nino()}, thanks.\n— ${c.P(c.person().full)}, Import Desk`;
  } },
  { kind: "review-reply", make: (c) => {
    const p = c.person();
    return t`★☆☆☆☆ "Driver threw it over the fence" – ${c.P(p.first)} from ${c.n.place()}\n\nReply from SwiftParcel: Hi ${c.P(p.first)}, we're sorry! ${c.n.word("May")} we ask you to DM us the tracking number (it looks like ${c.n.tracking()})? No need to post your phone here. – ${c.P(c.person().first)}`;
  } },
  { kind: "address-form", make: (c) => {
    const p = c.person();
    return t`ADDRESS CHANGE REQUEST\nName: ${c.P(p.full)}\nOld: ${c.n.house()} Victoria Street, London ${c.n.postcode()}\nNew: Flat ${c.n.house()}, ${c.n.place()} Court\nContact email: ${c.email(p)}\nContact phone: ${c.phone()}\nParcel: ${c.n.tracking()}  Window: ${c.n.window()}`;
  } },
  { kind: "restaurant", make: (c) => {
    const p = c.person();
    return t`ESCALATION – restaurant partner ${c.n.restaurant()} ("${c.n.word("Grace")}'s Kitchen")\nOwner ${c.P(p.full)} says payouts for week ${c.n.date()} short by ${c.n.amount()}. Rider ${c.P(c.person().first)} reported 14 orders, tablet shows 11. Owner mobile ${c.phone()}. Admin panel logged in from ${c.ip()}.`;
  } },
];
