/** English: verification, onboarding, security and signatures; names that are also words. */
import { neg, t } from "../builder.ts";
import type { Template } from "../ctx.ts";

export const EN_C: Template[] = [
  { kind: "call", region: "US", make: (c) => {
    const p = c.person();
    return t`[stt] agent: to release the customs hold on a shipment over ${c.n.amount()} i need the last part of verification your social\ncaller: ok yeah\ncaller: it's ${c.ssn()}\nagent: thank you ${c.P(p.first.toLowerCase())} and the tracking ${c.n.tracking()} is correct\ncaller: yes my wife ${c.P(c.person().first.toLowerCase())} ordered it on ${c.n.date()}`;
  } },
  { kind: "address-form", region: "GB", make: (c) => {
    const p = c.person();
    return t`COURIER ONBOARDING (self-employed)\nFull name: ${c.P(p.full)}\nNational Insurance no.: ${c.nino()}\nMobile: ${c.phone("GB")}\nEmail: ${c.email(p)}\nBank (IBAN): ${c.iban("GB")}\nVehicle: van, max load ${c.n.weight()}\nDepot postcode: ${c.n.postcode()}`;
  } },
  { kind: "chat", make: (c) => {
    const rider = c.pick(["Will", "Grace", "Jordan", "Chase", "Rose", "Mark"]);
    return t`Rider ${c.P(rider)}: I'm outside, buzzer ${c.n.house()} doesn't work 🛎️\nCustomer: coming down! ${c.n.word("will")} you wait 2 min?\nRider ${c.P(rider)}: sure. order ${c.n.order()}, ${c.n.amount()} paid by card\nSupport note: rider ${c.P(`${rider} ${c.person().last}`)} rated 5★`;
  } },
  { kind: "payout", make: (c) => {
    const p = c.person();
    return t`SECURITY – seller ${c.n.seller()} account takeover suspected.\nPayout IBAN changed on ${c.n.date()} at ${c.n.time()} from ${c.ip()} (usual: ${c.ip()}). New contact email ${c.email(c.person())}; owner ${c.P(p.full)} confirms only ${c.email(p)} and ${c.phone()} are theirs. Froze payout of ${c.n.amount()}.`;
  } },
  { kind: "customs", make: (c) => t`Commercial invoice check: ${c.n.order()}, EORI ${c.n.eori()}, VAT ${c.n.vat()}, commodity code ${c.n.tariff()}, ${c.n.weight()} net, ${c.n.dims()}, value ${c.n.amount()}, shipped ${c.n.date()}. Origin: ${c.n.place()}. Incoterm DAP. Card ref ${c.n.luhn()} is an internal lot number.` },
  { kind: "review-reply", make: (c) => {
    const first = c.pick(["May", "June", "April", "Summer", "Rose"]);
    return t`App Store review, 3★, ${c.n.date()}: "Driver was lovely but late" – ${c.P(`${first} ${c.person().last}`)}\nReply: Thanks ${c.P(first)}! We've passed this on to the depot in ${c.n.place()}. Next time you can pick a ${c.n.window()} slot.`;
  } },
  { kind: "refund-email", region: "US", make: (c) => {
    const p = c.person();
    return t`Hi ${c.P(p.first)},\n\nyour refund for ${c.n.order()} (${c.n.amount()}) was sent to the card on file.\n\nBest,\n${c.P(c.person().full)}\nEscalations Lead | HungryHub\nT: ${c.phone("US")} ext. ${String(c.rng.int(10, 99))} | ${c.shopEmail("escalations", "help.hungryhub.app")}`;
  } },
  { kind: "sms", make: (c) => t`DPD: ${c.n.word("Mark")} your parcel as safe-placed? ${c.n.tracking()} delivered ${c.n.time()}, photo taken. Parcel ${c.n.dims()}. Collect from ${c.n.locker()} with ${c.n.pin()} before ${c.n.date()}.` },
];
