// The sentences English locales share; each English locale adds its own greetings and sign-offs.
import type { Domain, Keys, Words } from "./types.ts"

export const EN_KEYS: Keys = {
  name: "Name", first: "First name", last: "Surname", phone: "Phone", email: "Email", ref: "Ref", date: "Date", note: "Notes",
  subject: "Subject", from: "From", to: "To", sent: "Sent", amount: "Amount", post: "Postcode", time: "Slot",
}

const TOPIC: Record<Domain, string[]> = {
  boiler: [
    "The {model} keeps locking out and the gauge reads {bar}; serial on the plate is {serial}.",
    "Emergency call-out {job} logged {date} at {time}, quoted {amount} for the first hour.",
    "No heating or hot water since {date}; the engineer can come {range} under job {job}.",
    "Leak under the combi, pressure down to {bar}, boiler serial {serial}.",
  ],
  bikes: [
    "Bike {frame} would not release from dock {dock} and I was charged {amount}.",
    "The back brake is gone on frame {frame}; workshop ticket {bikejob}, ready in {dur}.",
    "My ride on {date} shows {dur} but I docked at {dock} after ten minutes.",
  ],
  museum: [
    "Renewing membership {member} for the household, gift aid ref {giftaid}, donation {amount}.",
    "A question about object {acc} from the {date} exhibition label.",
    "Friends card {member} expired on {date}; happy to pay {amount} by card.",
  ],
  tutoring: [
    "Exam entry for candidate number {cand} at centre {centre}, late fee {amount}.",
    "Mock paper came back {score}, predicted grade {grade}; lessons on {date}, {range}.",
    "Resit booked at centre {centre}, candidate {cand}, result expected {date}.",
  ],
}

const THIRD: Record<Domain, string[]> = {
  boiler: ["Engineer {third} (Gas Safe {gasid}) is booked for {date}, {range}.", "{third} from the night team bled the radiators and left it at {bar}."],
  bikes: ["Mechanic {third} swapped the chain in {dur} on ticket {bikejob}.", "Another rider, {third}, reported the same bike at dock {dock}."],
  museum: ["Curator {third} has written to thank the donor about {acc}.", "{third} from the membership desk confirmed the gift aid on {date}."],
  tutoring: ["The tutor, {third}, marked the mock at {score}.", "{third} will cover the maths lessons {range} until the exam."],
}

export const EN_WORDS: Omit<Words, "hi" | "bye"> = {
  me: ["My name is {name}.", "This is {name}, the account holder.", "I'm {name} and I booked it online.", "It's {name} here."],
  call: ["Call me on {phone}.", "Best number is {phone}, after {time}.", "You can reach me at {phone}.", "Text or ring {phone} please."],
  or: "or",
  mail: ["Email is {email}.", "Send the receipt to {email} please.", "My email: {email}"],
  pay: ["Card number {card}.", "Please refund to {iban}.", "Paying by card, {card}.", "Bank details for the refund: {iban}."],
  topic: TOPIC,
  third: THIRD,
  words: [
    "The pressure [rose] to {bar} overnight.", "[Will] the engineer need the loft hatch open?", "[May] I ask for a morning slot?",
    "The [bill] of {amount} is attached.", "[Hope] Street dock was full again.", "Parts came from [Grace] & Sons merchants.",
    "In good [faith] the call-out fee was waived.", "Great [joy] on results day.", "[Sunny] Hill dock had two bikes free.",
    "We started at [dawn] as the house was freezing.", "The [Dawn] Chorus café by the dock does tea.", "To be [frank], the bike was in a state.", "I'll [mark] the paper by Friday.",
    "The [Victoria] Road workshop opens at {time}.", "The [Florence] trip for the art class costs {amount}.", "The [Paris] prints arrive on {date}.",
  ],
  vm: ["Hi, it's {name}, my number is {phone}.", "Hello, this is {name} calling back, you can get me on {phone}.", "{name} here, number {phone}."],
  thanks: ["Thanks, bye.", "Cheers then.", "Thanks a lot, speak soon.", "Ta very much."],
  keys: EN_KEYS,
}

export const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
