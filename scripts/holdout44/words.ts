// The words each language writes around the values. Phrases with {0}, {1} take pieces (see draft.ts fill).
export interface Words {
  hi: string; hello: string; thanks: string; regards: string; phone: string; mobile: string; email: string; or: string
  name: string; customer: string; agent: string; date: string; time: string; total: string; card: string; ref: string
  subject: string; from: string; to: string; sent: string; fwd: string; wrote: string
  note: string; summary: string; issue: string; next: string; resolved: string
  callMe: string; myNum: string; reach: string; mailMe: string; vmHi: string; vmBye: string; dear: string
  invite: string; when: string; where: string; organizer: string; guests: string; dial: string
  receipt: string; paid: string; amount: string; status: string; digits: string; ext: string; no: string
  line: string; router: string; serial: string; mac: string; speed: string; ont: string; engineer: string; slot: string
  prefix: string; ip: string; fault: string; ispEvent: string
  rent: string; deposit: string; tenancy: string; scheme: string; meter: string; sortcode: string; account: string
  landlord: string; tenant: string; contractor: string; bounced: string; letEvent: string
  unit: string; gate: string; padlock: string; cover: string; monthly: string; declined: string; stoEvent: string
  policy: string; claim: string; flight: string; booking: string; passport: string; doctor: string; ssn: string; nino: string; trvEvent: string
}

export const EN: Words = {
  hi: "Hi", hello: "Hello", thanks: "Thanks", regards: "Kind regards", phone: "phone", mobile: "mobile", email: "email", or: "or",
  name: "Name", customer: "Customer", agent: "Agent", date: "Date", time: "Time", total: "Total", card: "Card", ref: "Ref",
  subject: "Subject", from: "From", to: "To", sent: "Sent", fwd: "---------- Forwarded message ----------", wrote: "On {0}, {1} wrote:",
  note: "Agent note", summary: "Call summary", issue: "Issue", next: "Next steps", resolved: "resolved",
  callMe: "Please call me back on {0}", myNum: "my number is {0}", reach: "{0} can be reached on {1}", mailMe: "or email {0}",
  vmHi: "hi this is {0}", vmBye: "thanks bye", dear: "Dear {0},",
  invite: "Invitation", when: "When", where: "Where", organizer: "Organizer", guests: "Guests", dial: "Join by phone",
  receipt: "Receipt", paid: "Paid", amount: "Amount", status: "Status", digits: "zero one two three four five six seven eight nine", ext: "ext.", no: "No.",
  line: "Line ID", router: "Router", serial: "Serial no.", mac: "MAC", speed: "Speed", ont: "ONT", engineer: "Engineer", slot: "Slot",
  prefix: "IPv6 prefix", ip: "IP", fault: "Fault", ispEvent: "Your fibre install is booked for {0}, {1}; the engineer is {2}.",
  rent: "Rent", deposit: "Deposit", tenancy: "Tenancy ref", scheme: "Deposit scheme ID", meter: "Meter reading", sortcode: "Sort code", account: "Account no.",
  landlord: "Landlord", tenant: "Tenant", contractor: "Contractor", bounced: "The earlier IBAN {0} bounced, typo on our side.", letEvent: "Rent of {0} is due on {1}; please pay to {2}.",
  unit: "Unit", gate: "Gate code", padlock: "Padlock code", cover: "Insurance cover", monthly: "Monthly fee", declined: "Card {0} was declined.", stoEvent: "Unit {0}: the monthly fee of {1} is charged to the card {2}.",
  policy: "Policy no.", claim: "Claim ref", flight: "Flight", booking: "Booking code", passport: "Passport no.", doctor: "Treating doctor", ssn: "SSN", nino: "NI number",
  trvEvent: "Claim {0} under policy {1}: flight {2} on {3} was cancelled.",
}
