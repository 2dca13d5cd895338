import { dmySlash, hm, type Lang } from "./lang.ts"

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
const pad = (n: number): string => String(n).padStart(2, "0")

const shared = {
  code: "en",
  hi: ["Hi", "Hello", "Hey", "Good morning", "Dear"],
  bye: ["Thanks", "Cheers", "Kind regards", "Best", "Many thanks", "Regards"],
  intro: ["my name is", "this is", "it's", "I'm"],
  reach: ["you can reach me on", "call me back at", "best number is", "my cell is", "text me on"],
  mail: ["my email is", "send it to", "email me at", "my e-mail address is"],
  cardIs: ["the card number is", "card no.", "I paid with card", "charge it to"],
  ibanIs: ["my IBAN is", "please refund to IBAN", "account IBAN"],
  digits: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  lines: [
    "the parcel still hasn't arrived", "I was charged twice this month", "the router keeps dropping the connection",
    "I want to cancel my subscription", "the app logs me out every time", "my meter reading looks wrong",
    "the replacement part was the wrong size", "I never got the confirmation email", "the promo code didn't apply",
  ],
  agentLines: [
    "I've raised this with the billing team", "I can see the duplicate charge on the account",
    "a replacement has been ordered", "I've reset the line from our side", "the refund is being processed",
  ],
  callback: "callback requested on",
  order: "order",
  invoice: "invoice",
  streets: ["Victoria Road", "Washington Street", "Kingsley Avenue", "Jackson Ave", "Rose Lane", "Grace Street", "Martin Luther King Blvd", "Abbey Road"],
  nameWords: [
    ["please ", "mark", " the ticket as resolved"], ["", "Will", " you be home on Tuesday?"],
    ["the ", "Bill", " Pay page shows an error"], ["we ", "hope", " to ship by Friday"], ["the phone ", "jack", " in the hall is loose"],
    ["", "May", " I put you on hold for a moment?"], ["a 14-day ", "grace", " period applies"], ["the price ", "rose", " by 6% in April"],
    ["", "Sunny", " Side Up is the name of the café plan"], ["", "Mark", " as spam was clicked by mistake"], ["", "Grace", " period ends Friday"],
  ],
  headers: { first: "first_name", last: "last_name", phone: "phone", email: "email", note: "notes", city: "city" },
  spokenIntro: "hi this is",
  voicemailTail: ["uh call me back when you get a chance", "thanks bye", "it's about my bill um yeah", "okay bye now"],
  signRole: ["Customer Care Team Lead", "Senior Account Manager", "Billing Specialist", "Head of Operations", "Escalations Analyst"],
  tel: "Tel:",
  mobile: "Mobile:",
  fax: "Fax:",
  subject: "Subject:",
  wrote: "wrote:",
  fwd: "---------- Forwarded message ---------",
} as const

export const EN_US: Lang = {
  ...shared,
  variant: "us",
  origins: ["anglo", "hispanic", "westAfrican", "indian", "chinese", "korean", "gaelic"],
  regions: ["US", "US", "US", "CA"],
  ibans: ["DE", "GB", "FR"],
  titles: ["Mr.", "Mrs.", "Ms.", "Dr.", "Mx."],
  amount: (n, c) => `$${n.toLocaleString("en-US")}.${pad(c)}`,
  date: (d, m, y) => `${m}/${d}/${y}`,
  time: (h, m) => `${((h + 11) % 12) + 1}:${pad(m)} ${h < 12 ? "am" : "pm"}`,
  postcodes: ["94107", "10001-2231", "60614", "02139", "73301", "98101"],
}

export const EN_GB: Lang = {
  ...shared,
  variant: "gb",
  origins: ["anglo", "gaelic", "indian", "westAfrican", "arabic", "slavic", "turkish", "japanese"],
  regions: ["GB", "GB", "GB", "IE"],
  ibans: ["GB", "IE", "GB"],
  titles: ["Mr", "Mrs", "Ms", "Miss", "Dr"],
  amount: (n, c) => `£${n.toLocaleString("en-GB")}.${pad(c)}`,
  date: (d, m, y) => (d % 2 === 0 ? dmySlash(d, m, y) : `${d} ${MONTHS[m - 1]} ${y}`),
  time: hm,
  postcodes: ["SW1A 1AA", "M1 1AE", "EH1 2NG", "B33 8TH", "CF10 1EP", "D02 X285"],
}
