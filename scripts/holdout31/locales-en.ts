// English phrases (Ireland, Northern England, Wales, Texas, Florida, Ghana,
// Hong Kong, Barbados, New Zealand). Names that are words appear as words
// only through {w:...}.
import type { Pack } from "./pack.ts"

export const EN: Pack = {
  or: "or",
  ext: ["ext.", "x", "ext", "extension"],
  titles: { f: ["Ms", "Mrs", "Miss", "Dr"], m: ["Mr", "Dr"] },
  greet: ["Hi {g1},", "Hello {g1},", "Dear {t1} {s1},", "Morning {g1},", "Hiya {g1},", "Good afternoon {g1},"],
  sign: ["Thanks,", "Kind regards,", "Cheers,", "Many thanks,", "Regards,", "Ta,"],
  callMe: ["Call me on {ph1} if anything changes.", "Ring me on {ph1}, I'm in all day.", "Easiest number for me is {ph1}.", "Please call me back at {ph1}.", "My mobile is {ph1}.", "You can get me on {ph1}."],
  reach: ["If I'm out, {g2} can take it on {ph2}.", "My partner {p2} is on {ph2}.", "Or try {p2} at home: {ph2}.", "{g2} (my other half) is on {ph2}.", "Second contact is {p2}, mobile {ph2}."],
  orLine: ["Try {ph1} {or} {ph3}.", "I'm on {ph1} {or} the landline {ph3}.", "Reach me at {ph1} {or} {ph3} after work."],
  extLine: ["Our desk line is {phx1}.", "Direct line {phx1}.", "Call the team on {phx1}."],
  timeLine: ["Ring {pht1} if you can.", "Call {pht1} please.", "I'm free on {pht1}."],
  mailMe: ["My email is {em1}.", "Send it to {em1} please.", "Email: {em1}"],
  vm: ["Hi, this is {p3} from {biz}, leaving a message for {g1}.", "Hello, it's {g3} at {biz}, this is a message for {t1} {s1}.", "Good morning, {p3} calling from {biz} about your file, {g1}."],
  vmBack: ["Could you call us back on {ph1}? Thanks a million.", "Give us a ring back on {ph1} when you get a chance.", "Please return the call on {phx1}, any time before six."],
  tr: {
    agent: "Agent",
    caller: "Caller",
    open: ["Thanks for calling {biz}, you're through to {g3}. How can I help?", "{biz}, {g3} speaking.", "Good morning, {biz}, my name's {g3}."],
    askNum: ["Can I take a number to call you back on?", "And the best number for you?", "What number are you calling from?"],
    give: ["It's {phs1}.", "Yeah, {phs1}.", "Mobile is {phs1}.", "It's {ph1}."],
    askName: ["And the name on the file?", "Can I get your full name?", "Who am I speaking to?"],
    close: ["Lovely, thanks {g1}, I'll get that sorted.", "Grand, leave it with me.", "Perfect, you'll get a text shortly."],
  },
  lab: { name: "Name", phone: "Phone", mobile: "Mobile", email: "Email", notes: "Notes", status: "Status", subject: "Subject", customer: "Customer", staff: "Handled by", date: "Date", amount: "Amount", card: "Card", iban: "IBAN", id: "ID", priority: "Priority", ref: "Ref" },
  words: [
    "{w:Hope} you're keeping well.", "No {w:joy} with the online portal again.", "There's a 14-day {w:grace} period on the payment.", "Can you {w:mark} it as urgent?",
    "The {w:bill} came in higher than usual.", "We'll {w:chase} it up with the office.", "Don't {w:wade} through floodwater in a hire car.", "The premium {w:rose} at renewal.",
    "It was a {w:sunny} day so we walked in.", "They were up at {w:dawn} with the dog.", "Avoid {w:rich} food for 48 hours.", "The {w:guy} from recovery was great.",
    "She's applying for {w:Art} and Design.", "To be {w:frank}, the estimate looked wrong.", "The {w:summer} let starts in June.", "You {w:may} need to bring proof of address.", "Someone {w:will} be in touch.",
  ],
  pay: {
    card: ["Paid by card {card}.", "Card on file: {card}.", "Deposit taken on card {card}."],
    iban: ["Refund to IBAN {iban}.", "Direct debit from {iban}.", "IBAN for refund: {iban}"],
    badcard: ["Loyalty card {badcard} (not a payment card).", "Voucher number {badcard}."],
    badiban: ["The IBAN given, {badiban}, failed validation.", "Rejected account string {badiban} (check digits wrong)."],
  },
  low: ["{lg1} rang again, call back on {ph1}", "told {lg1} we'd text, {lg2} to confirm", "left msg for {lg1}, try {ph1} after {time}", "{lg1} + {lg2} both on the file now"],
  status: ["Open", "Pending", "Resolved", "Awaiting customer", "Escalated"],
  biz: {
    vet: {
      names: ["Oakfield Vets", "Harbourside Animal Clinic", "PetGuard Insurance", "Riverbank Veterinary Hospital"],
      domain: "oakfieldvets.com",
      lines: [
        "{pet} is due a booster on {date}; microchip {chip} is on the file.", "Claim {claim} on policy {pol} was approved for {amt}, {g1}.",
        "{g1} is dropping {pet} in at {time} for the dental.", "The excess on policy {pol} is {amt}; {p2} is named as second keeper.",
        "{t4} {s4} saw {pet} today (chip {chip}).", "{p1} wants to add {pet} to policy {pol} from {date}.",
      ],
      neg: ["Booster reminder: chip {chip}, due {date}.", "Policy {pol} renews on {date}, premium {amt}.", "Claim {claim} paid {amt} on {date}.", "Microchip {chip} registered to policy {pol}."],
      subject: ["Booster reminder for {pet}", "Claim {claim} update", "Policy {pol} renewal"],
    },
    car: {
      names: ["Northway Car Hire", "Sunline Rentals", "RoadHelp Assist", "Keystone Vehicle Rental"],
      domain: "northwayhire.com",
      lines: [
        "{p1} collected {plate} at {time} on agreement {agr}.", "Breakdown reported on {plate} (VIN {vin}); recovery due by {time}.",
        "Deposit of {amt} held on agreement {agr} until {date}.", "{g1} added {p2} as second driver on agreement {agr}.",
        "{g1} says {plate} has a flat near the services; {t3} {s3} dispatched a van.", "{p1} returns {plate} on {date}, fuel charge {amt}.",
      ],
      neg: ["Agreement {agr}: {plate} returned {date}, fuel charge {amt}.", "VIN {vin} booked for service on {date}.", "Recovery job for {plate} closed at {time}.", "Plate {plate} moved to agreement {agr}."],
      subject: ["Agreement {agr}", "Breakdown on {plate}", "Deposit release for {agr}"],
    },
    util: {
      names: ["Brightwater Energy", "Valley Water & Power", "Northgrid Utilities", "Harbour Gas and Water"],
      domain: "brightwater-energy.com",
      lines: [
        "{g1} read the meter ({meter}) as {read} on {date}.", "Account {acct} is {amt} in arrears; {p2} is the second account holder.",
        "Supply point {supply} moves to {p1} from {date}.", "Estimated {w:bill} of {amt} on account {acct}; {g1} disputes reading {read}.",
        "{t1} {s1} asked for a smart meter to replace {meter}.", "{p1} is moving out on {date}; final reading {read}.",
      ],
      neg: ["Meter {meter}: reading {read} on {date}.", "Account {acct}: direct debit {amt} due {date}.", "Supply point {supply} switched on {date}.", "Reading {read} on meter {meter} looks estimated."],
      subject: ["Meter reading for {acct}", "Your {w:bill} for account {acct}", "Supply point {supply}"],
    },
    uni: {
      names: ["Admissions Office", "Student Housing Services", "Westgate University Admissions", "Harbour Halls Residences"],
      domain: "westgate.ac.uk",
      lines: [
        "{p1} (student ID {sid}) accepted the offer on application {app}.", "Room {room} is held for {g1} from {date}; deposit {amt}.",
        "{g1}'s guarantor {p2} confirmed on {date}.", "Application {app} is missing a transcript; {g1} says it was posted on {date}.",
        "{p1} says the offer letter for {app} never arrived; resent on {date}.", "{p1} asked to swap room {room} for a quieter block.",
      ],
      neg: ["Application {app} complete on {date}.", "Room {room} ready {date}; rent {amt} per week.", "Student ID {sid} card issued {date}.", "Offer on application {app} expires {date}."],
      subject: ["Application {app}", "Room {room} allocation", "Your offer ({app})"],
    },
  },
}

/** US SSN and UK NINO sentences, with their cue words before the value. */
export const EN_IDS = {
  ssn: ["SSN {ssn} for the financial aid form.", "Social security number on file: {ssn}.", "Last step, confirm your SSN: {ssn}.", "Gave her social as {ssn}."],
  nino: ["NI number {nino} for the council tax check.", "National Insurance no. {nino}.", "Her NINO is {nino}."],
  badssn: ["The SSN field showed {badssn} and was rejected.", "Social given as {badssn}, which isn't a valid number."],
  badnino: ["NI number typed as {badnino}, which HMRC doesn't issue.", "NINO on the old form: {badnino} (invalid prefix)."],
}
