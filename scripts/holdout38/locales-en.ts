// English of Ireland, Northern England, Canada, New Zealand, India, the Philippines and Ghana:
// one base of English words, with each region's greetings, sign-offs, keys and names.
import type { Locale, Words } from "./locale-types.ts"

const BASE: Words = {
  hi: ["Hi", "Hello", "Good morning"],
  bye: ["Thanks", "Kind regards", "Regards"],
  thanks: "Thanks",
  or: "or",
  ext: "ext.",
  intro: ["my name is {name}", "this is {name}", "I'm {name}"],
  call: ["please call me on {phone}", "the best number for me is {phone}", "you can reach me on {phone}"],
  mail: ["my email is {email}", "email me at {email}"],
  help: "How can I help today?",
  ask: "Can I take a contact number in case we get cut off?",
  done: "That's all updated for you now.",
  cust: "Customer",
  agent: "Agent",
  caller: "Caller",
  summary: "Call summary",
  keys: "Name|Phone|Email|Card|IBAN|Notes|Agent|Date|Time|Amount|Postcode|ID number|Ref|Tracking no.|Locker|PIN|Permit no.|Vehicle reg|Council tax account|Property ref|Order|Ticket no.|Seat|Gate|Plot|Grave|Booking ref|Driver|Partner|Ticket holder|Deceased|Next of kin",
  roles: {
    driver: ["the driver, {other}, said nobody was home", "your courier {other} left a card instead", "driver {other} marked it as refused"],
    partner: ["my partner {other} is on the account as well", "{other} lives here too and should be on the permit"],
    holder: ["please put the tickets in the name of {other}", "the ticket holder is {other}", "can the second ticket go to {other}?"],
    deceased: ["it's about the arrangements for my late father, {other}/m", "the deceased is {other}", "my mother {other} passed away at the weekend/f"],
    kin: ["next of kin is {other}", "please keep {other} informed, she is next of kin/f"],
  },
  subject: { courier: "Parcel not in locker", council: "Parking permit and council tax", tickets: "Ticket query", funeral: "Funeral arrangements" },
  topics: {
    courier: [
      "Parcel {trk} shows as delivered to locker {locker} on {date} but the door won't open with PIN {pin}.",
      "Tracking {trk} hasn't moved since {date}, it just says at depot.",
      "Locker {locker} was full so the parcel went back to the hub; can it be redelivered after {time}?",
    ],
    council: [
      "I need to renew resident permit {permit} for the car, reg {plate}.",
      "On council tax account {ctax} the direct debit of {money} came out twice this month.",
      "We moved out on {date}, please close account {ctax} for property {property}.",
      "Visitor permit {permit} was refused and the letter says {money} is owed.",
    ],
    tickets: [
      "Order {order}: I bought two tickets for {date} but only ticket {ticket} arrived.",
      "Can I swap seat {seat} for something nearer gate {gate}?",
      "The match on {date} moved to {time}; can I get {money} back on order {order}?",
    ],
    funeral: [
      "The service is booked for {date} at {time} under reference {booking}.",
      "The family plot is {plot}, grave {grave}, and will need reopening.",
      "The quote came to {money}; could you confirm cremation booking {booking}?",
    ],
  },
  words: [
    "Amazing [Grace] was her favourite hymn.", "The [will] is with the solicitor.", "The council tax [bill] arrived today.",
    "A single white [rose] on the coffin, please.", "It was posted back in [May].", "You [may] need to bring photo ID.",
    "The depot on [Victoria] Street closes early.", "It came through [Lincoln] sorting office.", "A parcel from [Jordan] is held at customs.",
  ],
  ssn: ["he worked in the States for years, his US SSN was {ssn}", "customs asked for the receiver's SSN: {ssn}", "SSN {ssn} for the US pension form"],
  nino: ["NI number {nino}", "his National Insurance number is {nino}"],
}

const en = (over: Partial<Words>, keys?: Record<string, string>): Words => {
  let k = BASE.keys
  for (const [from, to] of Object.entries(keys ?? {})) k = k.replace(from, to)
  return { ...BASE, ...over, keys: k, words: [...BASE.words, ...(over.words ?? [])] }
}

const BRANDS = (city: string) => ({ courier: "ParcelNest", council: `${city} City Council`, tickets: "Stagebox", funeral: "Oakhaven Funerals" })

export const EN: Locale[] = [
  {
    tag: "en-IE", cc: "IE", iban: "IE", ssn: true, nino: true, nfd: false,
    given: ["Aoife/f", "Siobhán/f", "Ciarán/m", "Pádraig/m", "Niamh/f", "Oisín/m", "Gráinne/f", "Darragh/m", "Clodagh/f", "Eoin/m", "Sorcha/f", "Cathal/m", "Grace/f", "Róisín/f", "Tadhg/m", "Méabh/f"],
    family: ["Ó Súilleabháin/m", "Ní Bhriain/f", "Byrne", "Kavanagh", "O'Connell", "Fitzgerald", "Ó Ceallaigh/m", "McGrath", "Doherty", "Nolan", "Ní Dhomhnaill/f", "Brennan", "Moloney"],
    domains: ["gmail.com", "eircom.net", "hotmail.ie", "icloud.com"], cities: ["Cork", "Galway", "Limerick", "Waterford"], brands: BRANDS("Cork"),
    w: en({ hi: ["Hiya", "Hi", "Morning"], bye: ["Thanks a million", "Kind regards", "Many thanks"], call: ["best to ring me on {phone}", "my mobile is {phone}", "you can get me on {phone}"] }, { "ID number": "PPSN", Postcode: "Eircode" }),
  },
  {
    tag: "en-GB", cc: "GB", iban: "GB", nino: true, nfd: false,
    given: ["Kelly/f", "Shaun/m", "Dean/m", "Stacey/f", "Jordan", "Gemma/f", "Liam/m", "Danielle/f", "Wayne/m", "Leanne/f", "Callum/m", "Bethany/f", "Will/m", "Victoria/f", "Ryan/m", "Jodie/f"],
    family: ["Ackroyd", "Holroyd", "Sutcliffe", "Whitworth", "Greenwood", "Butterworth", "Hirst", "Crossley", "Pickles", "Haigh", "Illingworth", "Armitage", "Fairbrother", "Shackleton"],
    domains: ["btinternet.com", "gmail.com", "sky.com", "yahoo.co.uk"], cities: ["Leeds", "Bradford", "Hull", "Halifax"], brands: BRANDS("Leeds"),
    w: en({ hi: ["Now then", "Hiya", "Hi"], bye: ["Ta", "Cheers", "Thanks"], call: ["ring us on {phone}", "I'm on {phone}", "give us a ring on {phone}"], words: ["[Will] somebody ring me back?", "The [bill] says band C."] }),
  },
  {
    tag: "en-CA", cc: "CA", ssn: true, nfd: false,
    given: ["Tyler/m", "Madison/f", "Connor/m", "Brooke/f", "Harpreet", "Mackenzie/f", "Avery", "Jordan", "Owen/m", "Bill/m", "Kayla/f", "Wei", "Logan/m", "Ashley/f", "Gurdeep", "Chantal/f"],
    family: ["MacNeil", "Tremblay", "Chen", "Gill", "MacDonald", "Fraser", "Kowalchuk", "Boychuk", "Sandhu", "Leblanc", "O'Reilly", "Nguyen", "Campbell", "Gagnon"],
    domains: ["shaw.ca", "rogers.com", "gmail.com", "sympatico.ca"], cities: ["Regina", "Halifax", "Winnipeg", "Kelowna"], brands: BRANDS("Halifax"),
    w: en({ hi: ["Hey there", "Hi", "Hello"], bye: ["Cheers", "Thanks so much", "Best"], words: ["It was redirected to the [Regina] depot.", "We're flying in from [Victoria] on the Friday."] }, { "ID number": "SIN", Postcode: "Postal code", "Council tax account": "Property tax account", "Property ref": "Roll number" }),
  },
  {
    tag: "en-NZ", cc: "NZ", nfd: false,
    given: ["Aroha/f", "Wiremu/m", "Mere/f", "Tāne/m", "Hēmi/m", "Ngaire/f", "Rose/f", "Lincoln/m", "Kiri/f", "Manaia", "Ruby/f", "Nikau/m", "Anahera/f", "Hunter/m", "Isla/f", "Mikaere/m"],
    family: ["Ngata", "Tipene", "Parata", "Te Whare", "Henare", "Karaka", "Rangi", "Tamihana", "Pōmare", "Mahuta", "Fitzsimmons", "Kereama", "Whaanga", "Lowe"],
    domains: ["xtra.co.nz", "gmail.com", "outlook.co.nz"], cities: ["Dunedin", "Tauranga", "Whanganui", "Nelson"], brands: BRANDS("Dunedin"),
    w: en({ hi: ["Kia ora", "Hi", "Morena"], bye: ["Ngā mihi", "Cheers", "Thanks heaps"], call: ["flick me a text on {phone}", "my number is {phone}", "call me on {phone}"] }, { "Council tax account": "Rates account", "Property ref": "Valuation ref" }),
  },
  {
    tag: "en-IN", cc: "IN", ssn: true, nfd: false,
    given: ["Priya/f", "Rahul/m", "Ananya/f", "Vikram/m", "Lakshmi/f", "Arjun/m", "Deepika/f", "Sanjay/m", "Kavitha/f", "Rohan/m", "Meenakshi/f", "Aditya/m", "Shreya/f", "Venkatesh/m", "Fatima/f", "Gurpreet"],
    family: ["Venkataraman", "Sharma", "Iyer", "Nair", "Reddy", "Banerjee", "Kulkarni", "Menon", "Chatterjee", "Pillai", "Deshpande", "Gupta", "Qureshi", "Subramanian"],
    domains: ["gmail.com", "rediffmail.com", "yahoo.co.in"], cities: ["Pune", "Kochi", "Mysuru", "Nagpur"], brands: { ...BRANDS("Pune"), council: "Pune Municipal Corporation" },
    w: en({ hi: ["Dear Sir/Madam", "Good afternoon", "Hello"], bye: ["Thanks and regards", "Warm regards", "Regards"], intro: ["myself {name}", "my name is {name}", "this is {name} speaking"], call: ["kindly call on {phone}", "please revert on {phone}", "my contact number is {phone}"] }, { "ID number": "Aadhaar", Postcode: "PIN code", "Council tax account": "Property tax account" }),
  },
  {
    tag: "en-PH", cc: "PH", ssn: true, nfd: false,
    given: ["May/f", "Maria Cristina/f", "Jose Miguel/m", "Rowena/f", "Mark Anthony/m", "Lovely/f", "Jericho/m", "Princess/f", "Rommel/m", "Grace/f", "Angelica/f", "Marites/f", "Dindo/m", "Joy/f", "Arnel/m", "Rhea/f"],
    family: ["Dela Cruz", "Santos", "Reyes", "delos Santos", "Bautista", "Villanueva", "Mercado", "Pangilinan", "Macapagal", "Dimaculangan", "Manalo", "Soriano", "Lacson", "Evangelista"],
    domains: ["yahoo.com.ph", "gmail.com"], cities: ["Cebu", "Davao", "Iloilo", "Baguio"], brands: { ...BRANDS("Cebu"), council: "Cebu City Hall" },
    w: en({ hi: ["Hi po", "Good day", "Hello po"], bye: ["Thank you po", "God bless", "Thanks"], intro: ["this is {name} po", "my name is {name}", "I am {name}"], call: ["pls text or call {phone}", "my number is {phone} po", "you can call me at {phone}"] }, { "ID number": "SSS no.", Postcode: "ZIP code", "Council tax account": "Real property tax account", "Property ref": "Tax declaration no." }),
  },
  {
    tag: "en-GH", cc: "GH", ssn: true, nfd: false,
    given: ["Kwame/m", "Ama/f", "Kofi/m", "Abena/f", "Yaw/m", "Akosua/f", "Kwabena/m", "Efua/f", "Kojo/m", "Adwoa/f", "Mercy/f", "Comfort/f", "Prosper/m", "Gifty/f", "Nana Yaa/f", "Ebo/m"],
    family: ["Mensah", "Asante", "Owusu-Ansah", "Boateng", "Appiah", "Osei", "Agyeman", "Quaye", "Danquah", "Amoako", "Tetteh", "Ofori-Atta", "Addo", "Nkansah"],
    domains: ["gmail.com", "yahoo.com"], cities: ["Kumasi", "Tamale", "Takoradi", "Cape Coast"], brands: { ...BRANDS("Kumasi"), council: "Kumasi Metropolitan Assembly" },
    w: en({ hi: ["Good morning", "Please", "Hello"], bye: ["God bless you", "Thank you", "Yours faithfully"], call: ["please call me on {phone}", "my number is {phone}", "you can reach me on {phone}"], words: ["We hope it brings the family some [comfort].", "Have [mercy], the parcel is two weeks late."] }, { "ID number": "Ghana Card no.", Postcode: "Digital address", "Council tax account": "Property rate account" }),
  },
]
