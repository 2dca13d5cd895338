// English sentences every English locale starts from; each locale adds its own voice on top.
import type { Keys, Words } from "./types.ts"

export const EN_KEYS: Keys = {
  name: "Name", first: "First name", last: "Surname", phone: "Phone", email: "Email", ref: "Ref", date: "Date", note: "Notes",
  subject: "Subject", customer: "Customer", agent: "Agent", fwd: "---------- Forwarded message ---------", from: "From", to: "To", sent: "Date", amount: "Amount", post: "Postcode",
}

export const EN: Words = {
  hi: ["Hi {given},", "Hello {given},", "Dear {given},", "Morning {given},", "Good afternoon {given},"],
  bye: ["Kind regards,\n{name}", "Thanks,\n{name}", "Best wishes,\n{name}", "Cheers, {name}", "Warm regards,\n{name}"],
  me: ["my name is {name}", "this is {name} speaking", "I'm {name}", "it's {name} here", "name's {name}"],
  call: ["you can reach me on {phone}", "please ring me back on {phone}", "best number is {phone}", "call me at {phone} after work", "my mobile is {phone}"],
  call2: ["try {phone} or else {phone2}", "mobile {phone}, home {phone2}", "{phone} during the day or {phone2} in the evening"],
  mail: ["my email is {email}", "send it to {email} please", "reply to {email}", "email address: {email}"],
  card: ["card number {card}, expiry 09/28", "paid by card {card}", "the card ending up on file is {card}"],
  iban: ["refund to IBAN {iban}", "my account is {iban}", "please pay the deposit back to {iban}"],
  topic: {
    optician: [
      "Eye test booked for {date} at {time}; new script reads {lens} for the right eye.",
      "Frame {sku} sent off for a hinge repair, job {repair}, quoted {amount}.",
      "Contact-lens subscription {plan} renews on {date}, {amount} a month.",
      "Left eye {lens}, pupil distance 63, collected frame {sku} today.",
      "Repair {repair} ready, took {dur} at the bench, no charge.",
    ],
    staffing: [
      "Candidate {cand} submitted timesheet {ts} for week ending {date}, {dur} overtime.",
      "Payroll reference {payref} shows {amount} paid on {date}.",
      "Tax reference {taxref} needs updating before the next pay run at {time}.",
      "Timesheet {ts} approved by the site manager at {time}, candidate {cand}.",
      "Holiday pay of {amount} queried against payroll ref {payref}.",
    ],
    funeral: [
      "Funeral plan {fplan} covers the service on {date} at {time}.",
      "Cremation register entry {reg} confirmed; ashes ready after {date}.",
      "Burial in plot {plot}, service length about {dur}, balance {amount}.",
      "Plan {fplan} paid up, plot {plot} reserved, register {reg}.",
    ],
    caravan: [
      "Seasonal tourer on pitch {pitch} from {date}, hook-up meter read {meter}.",
      "Caravan VIN {vin}, towed by {vreg}, arriving {date} around {time}.",
      "Pitch {pitch} electric reading {meter} at check-out, {amount} owed.",
      "Car {vreg} parked by pitch {pitch}; caravan serial {vin} noted for insurance.",
      "Booked {dur} on pitch {pitch}, deposit {amount} taken {date}.",
    ],
  },
  third: {
    optician: ["The optometrist, {third}, wants a recheck in six months.", "Seen by {third} (optometrist) who signed off the script.", "Dispensing optician {third} fitted the new frames."],
    staffing: ["Reference came back from {third}, her old line manager.", "Recruiter {third} is handling the placement.", "Candidate {third} started at the warehouse on Monday.", "Referee {third} confirmed dates of employment."],
    funeral: ["The deceased, {third}, will rest in the chapel until Friday.", "Next of kin is {third}, the eldest son.", "Arrangements were made by {third} on behalf of the family.", "In loving memory of {third}."],
    caravan: ["Warden {third} checked the hook-up point.", "The site warden, {third}, has the spare key.", "Seasonal pitch held for {third} as every year."],
  },
  words: [
    "We [will] confirm by text.", "Opening hours change in [May].", "The [Bill] of sale is attached.", "Our frames come in [Rose] gold and gunmetal.",
    "[Grace] period on the subscription is seven days.", "We [Hope] to have it back by Thursday.", "Booked into the [Sunny] Meadows field.",
    "[Dawn] chorus is loud near the river pitches.", "[Crystal] clear lenses are an extra.", "Be [Frank] with the referee questions.",
    "[Earnest] thanks from the whole team.", "The [Warden] office shuts at six.", "[Faith] Lane chapel is booked.", "Thanks for your [Patience] today.",
    "[Joy] Road entrance is closed for works.", "[Mercy] Hospital sent the certificate.",
  ],
  agent: ["You're speaking with {agent}.", "{agent} here from the team.", "Agent on the call: {agent}."],
  vm: ["Hi, this is {name}", "Hello, it's {name} calling", "Good morning, {name} here"],
  vmcall: ["my number is {phone}", "call me back on {phone}", "you can get me on {phone}"],
  thanks: ["Thanks a million.", "Talk soon.", "Many thanks.", "Appreciate it."],
  keys: EN_KEYS,
}

/** English with a locale's own lines added in front of the shared ones. */
export function en(own: Partial<Record<keyof Words, string[]>>): Words {
  const out = { ...EN } as Record<string, unknown>
  for (const [k, v] of Object.entries(own)) out[k] = [...v, ...((EN as unknown as Record<string, string[]>)[k] ?? [])]
  return out as unknown as Words
}
