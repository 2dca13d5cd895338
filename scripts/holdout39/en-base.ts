// English words shared by the eight English locales; each locale adds its own voice on top.
import type { Domain, Keys, Words } from "./types.ts"

export const EN_KEYS: Keys = { name: "Name", first: "first_name", last: "last_name", phone: "Phone", email: "Email", card: "Card", iban: "IBAN", ref: "Ref", note: "Note", date: "Date" }

const TOPICS: Record<Domain, string[]> = {
  pharmacy: [
    "Prescription {rx} is ready, {dose} capsules, delivery slot {date} around {time}.",
    "Repeat order {repeat} was short one item; the driver brings the rest on {date}.",
    "Health number {health} on the form matches the one we hold.",
    "Pharmacy ref {pref}: amoxicillin {dose}, paid {amount} for the exemption certificate.",
    "Dosette box changed to {dose} in the morning from {date}.",
  ],
  driving: [
    "Theory test booked, reference {test}, at {time} on {date}.",
    "Provisional licence {lic} checked against the booking.",
    "Road test {test} moved to {date}; the fee of {amount} carries over.",
    "Block of ten lessons paid, {amount}, first one {date} at {time}.",
    "Learner's licence number {lic}, pass certificate to follow after {date}.",
  ],
  charity: [
    "Donation {don} of {amount} received on {date}, thank-you letter sent.",
    "Gift Aid declaration {ga} is on file from {date}.",
    "Legacy file {legacy}: the estate pledged {amount}.",
    "Monthly gift of {amount} moves to the 15th from {date}; supporter ref {ref}.",
    "Raffle tickets posted {date}, donation {don}.",
  ],
  marina: [
    "Berth {berth} on pontoon {pontoon} is booked from {date}.",
    "Winter storage ashore, hull id {hin}, lift-out at {time} on {date}.",
    "Call sign {cs}, MMSI {mmsi}, added to the charter paperwork.",
    "Swinging mooring {mooring} renewed for {amount}.",
    "Charter deposit {amount} held until the boat is back on {berth}.",
  ],
}

const THIRD: Record<Domain, string[]> = {
  pharmacy: ["Prescriber is Dr {other}.", "Her carer {other} collects the prescription on {date}.", "{other} from the GP surgery rang to confirm the {dose} strength."],
  driving: ["Instructor {other} takes the {time} lesson.", "Lessons are with {other}, who has the dual-control car.", "{other} sits in on the mock test."],
  charity: ["The executor, {other}, sent the probate copy.", "Legacy questions go through {other}, the solicitor for the estate.", "{other} is the executor named in the letter."],
  marina: ["Skipper for the charter is {other}.", "{other} skippers the boat on the delivery trip.", "The charter skipper, {other}, signed the checklist."],
}

type Voice = Partial<Record<"hi" | "bye" | "me" | "call", string[]>> & { topics?: Partial<Record<Domain, string[]>> }

/** The shared English words with a locale's own voice first. */
export function englishWords(extra: Voice): Words {
  const topics = Object.fromEntries(Object.entries(TOPICS).map(([d, xs]) => [d, [...xs, ...(extra.topics?.[d as Domain] ?? [])]])) as Record<Domain, string[]>
  const base: Words = {
    hi: ["Hi {given},", "Hello {given},", "Dear {given},"],
    bye: ["Thanks,\n{name}", "Kind regards,\n{name}", "Best,\n{name}", "Cheers, {name}"],
    me: ["My name is {name}.", "This is {name} speaking.", "It's {name} here."],
    call: ["Please ring me on {phone}.", "You can reach me on {phone}.", "Best number is {phone}."],
    call2: ["Try {phone} or {phone2}.", "Call {phone} or else {phone2}."],
    mail: ["My email is {email}.", "Send it to {email} please."],
    topics,
    third: THIRD,
    words: [
      "Delivery moved to the 6th of [May] for the bank holiday.",
      "She left a gift in her [will] to the charity.",
      "The electricity [bill] came to {amount}.",
      "There is a [grace] period of 14 days.",
      "Prices [rose] again this spring.",
      "The yacht [Victoria] leaves on {date}.",
      "The test centre in [Lincoln] is full until {date}.",
      "Her nephew studies pharmacy in [Jordan].",
      "No need to [chase] the surgery, we did it.",
      "Paid in pounds [sterling] by cheque.",
      "The motor cruiser [Hope] sits on {berth}.",
      "The catamaran [Faith] needs antifouling before {date}.",
      "Come to the [marina] office after {time}.",
      "Ask the [skipper] about life jackets.",
    ],
    agent: ["{agent} here from the desk.", "Agent {agent} took the call."],
    vm: ["Hiya, it's {name} calling back.", "Hello, this message is for the bookings team, it's {name}."],
    keys: EN_KEYS,
  }
  for (const k of ["hi", "bye", "me", "call"] as const) base[k] = [...(extra[k] ?? []), ...base[k]]
  return base
}
