// English of Scotland, Wales, Australia, South Africa, Kenya, Nigeria, Singapore and Texas.
import { EN_MONTHS, EN_WORDS } from "./en-base.ts"
import type { Rng } from "./rng.ts"
import type { Fmt, Locale, Names } from "./types.ts"

const L = "ABDEFGHJLNPQRSTUWXYZ"
const ukPost = (areas: string[]) => (r: Rng) => `${r.pick(areas)}${r.int(1, 29)} ${r.int(1, 9)}${r.pick([...L])}${r.pick([...L])}`
const digitsPost = (lo: number, hi: number, width: number) => (r: Rng) => String(r.int(lo, hi)).padStart(width, "0")

function fmt(over: Partial<Fmt> & Pick<Fmt, "money" | "post">): Fmt {
  return { dec: ".", thou: ",", date: ["d/m/y", "d M y", "y-m-d"], months: EN_MONTHS, clock: "24", dur: ["{m} mins", "{h}h {m}m", "{h} hrs", "{m} minutes"], ...over }
}

function en(tag: string, country: Locale["country"], names: Names, hi: string[], bye: string[], f: Fmt, biz: Locale["biz"], more: Partial<Locale>): Locale {
  return {
    tag, country, iban: ["GB"], spoken: true, ext: "ext.", nr: "No.", names, fmt: f, biz, host: "gmail.com", tld: "com",
    w: { ...EN_WORDS, hi: [...hi, "Hi {given},", "Hello {given},"], bye: [...bye, "Thanks,", "Kind regards,"] },
    ...more,
  }
}

const withId = (l: Locale): Locale => ({
  ...l,
  w: { ...l.w, id: [...(l.ssn ? ["My SSN is {ssn}.", "SSN {ssn} for the W-9."] : []), ...(l.nino ? ["NI number {nino}.", "My National Insurance no. is {nino}."] : [])] },
})

export const EN_LOCALES: Locale[] = [
  en("en-GB-SCT", "GB", {
    m: ["Iain", "Hamish", "Callum", "Euan", "Ruaridh", "Alasdair", "Will", "Mark"], f: ["Morag", "Fiona", "Eilidh", "Kirsty", "Isla", "Rose", "Grace"],
    family: ["MacLeod", "McAllister", "Campbell", "Robertson", "MacDonald", "Sutherland", "Crawford", "Mackenzie-Boyd"], title: ["Mr", "Mrs"],
  }, ["Hiya {given},", "Aye {given},"], ["Cheers,", "All the best,"], fmt({ money: ["£{n}", "GBP {n}"], post: ukPost(["EH", "G", "AB", "DD", "IV", "KY"]) }),
  { boiler: "Forth Heating & Plumbing", bikes: "Tay Cycle Share", museum: "Kelvinside Gallery Friends", tutoring: "Grampian Tutors" },
  { nino: true, host: "btinternet.com", tld: "scot", ext: "ext." }),
  en("en-GB-WLS", "GB", {
    m: ["Rhys", "Gethin", "Dafydd", "Owain", "Iwan", "Emyr", "Frank"], f: ["Siân", "Cerys", "Ffion", "Nia", "Angharad", "Bethan", "May"],
    family: ["Jones", "Evans", "Llewellyn", "Pritchard", "Hughes", "ap Gwilym", "Vaughan-Thomas", "Bowen"], title: ["Mr", "Ms"],
  }, ["Shwmae {given},", "Bore da {given},"], ["Diolch,", "Cofion,"], fmt({ money: ["£{n}"], post: ukPost(["CF", "SA", "LL", "NP", "SY"]) }),
  { boiler: "Taff Valley Boilers", bikes: "Bae Bikes", museum: "Oriel Members Desk", tutoring: "Cymru Exam Tutors" },
  { nino: true, host: "sky.com", tld: "wales", ext: "x" }),
  en("en-AU", "AU", {
    m: ["Lachlan", "Brodie", "Mitchell", "Cooper", "Mark", "Bill"], f: ["Chloe", "Brooke", "Tayla", "Sienna", "Dawn", "Joy"],
    family: ["O'Brien", "Nguyen", "Papadakis", "Kelly", "Walsh-Hartley", "Fitzgerald", "Tran", "Castellano"], title: ["Mr", "Ms"],
  }, ["G'day {given},", "Hey {given},"], ["Cheers,", "Thanks heaps,"],
  fmt({ money: ["${n}", "A${n}", "AUD {n}"], clock: "12", post: digitsPost(2000, 4999, 4) }),
  { boiler: "Southern Cross Plumbing", bikes: "Harbour Bike Share", museum: "Gallery Members Desk", tutoring: "Bright Minds Tutoring" },
  { nino: true, host: "bigpond.com", tld: "com.au" }),
  en("en-ZA", "ZA", {
    m: ["Thabo", "Sipho", "Pieter", "Johan", "Kagiso", "Sunny"], f: ["Zanele", "Anele", "Lerato", "Marlize", "Thandeka", "Faith"],
    family: ["van der Merwe", "Nkosi", "Botha", "Dlamini", "Pillay", "Naidoo", "du Plessis", "Mokoena"], title: ["Mr", "Mrs"],
  }, ["Howzit {given},", "Sawubona {given},"], ["Thanks,", "Cheers for now,"],
  fmt({ dec: ",", thou: " ", money: ["R{n}", "R {n}", "ZAR {n}"], date: ["y/m/d", "d M y", "d/m/y"], post: digitsPost(1, 9999, 4) }),
  { boiler: "Karoo Geysers & Plumbing", bikes: "Mzansi Bike Share", museum: "Iziko Friends Desk", tutoring: "Matric Boost Tutors" },
  { nino: true, host: "telkomsa.net", tld: "co.za" }),
  en("en-KE", "KE", {
    m: ["Brian", "Kiprotich", "Dennis", "Collins", "Baraka"], f: ["Faith", "Wanjiru", "Achieng", "Grace", "Njeri", "Hope"],
    family: ["Otieno", "Kamau", "Wanjiku", "Mwangi", "Ochieng", "Kiplagat", "Mutua", "Njoroge"], title: ["Mr.", "Ms."],
  }, ["Habari {given},", "Jambo {given},"], ["Asante,", "Regards,"],
  fmt({ money: ["KSh {n}", "Ksh{n}", "KES {n}"], date: ["d/m/y", "d M y", "d-m-y"], post: digitsPost(100, 90000, 5) }),
  { boiler: "Nairobi Plumbing Rescue", bikes: "Kilimani Bike Share", museum: "Nairobi Gallery Members", tutoring: "KCSE Tutors Hub" },
  { ssn: true, nino: true, host: "yahoo.com", tld: "co.ke" }),
  en("en-NG", "NG", {
    m: ["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ibrahim", "Femi"], f: ["Ngozi", "Chiamaka", "Folake", "Grace", "Joy", "Blessing", "Faith"],
    family: ["Okafor", "Adebayo", "Okonkwo", "Bello", "Adeyemi-Cole", "Nwosu", "Abubakar", "Eze"], title: ["Mr", "Mrs"],
  }, ["Good morning {given},", "Good day {given},"], ["Thanks and God bless,", "Best regards,"],
  fmt({ money: ["₦{n}", "N{n}", "NGN {n}"], date: ["d/m/y", "d M y", "d-m-y"], post: digitsPost(100001, 982002, 6) }),
  { boiler: "Lekki Plumbing & Heaters", bikes: "Yaba Bike Share", museum: "Onikan Gallery Members", tutoring: "WAEC Prep Tutors" },
  { ssn: true, nino: true, host: "yahoo.com", tld: "com.ng" }),
  en("en-SG", "SG", {
    m: ["Wei Ming", "Jun Jie", "Darren", "Hafiz", "Rajesh", "Marcus"], f: ["Hui Min", "Siti", "Priya", "Jia Hui", "Shirley", "May"],
    family: ["Tan", "Lim", "Goh", "Chua", "Rahman", "Krishnan", "Teo", "Ong"], title: ["Mr", "Ms"],
  }, ["Hi {given}, good afternoon,", "Dear {given},"], ["Thanks ah,", "Best,"],
  fmt({ money: ["S${n}", "${n}", "SGD {n}"], clock: "12", post: digitsPost(18000, 829999, 6) }),
  { boiler: "Lion City Plumbing", bikes: "Orchard Bike Share", museum: "Heritage Friends Desk", tutoring: "PSLE Ace Tuition" },
  { ssn: true, host: "singnet.com.sg", tld: "com.sg" }),
  en("en-US-TX", "US", {
    m: ["Bill", "Will", "Frank", "Cody", "Travis", "Mark"], f: ["May", "Dawn", "Hope", "Kaylee", "Guadalupe", "Victoria", "Florence"],
    family: ["Hernandez", "Johnson", "Nguyen", "Walker", "Garza", "Villarreal", "Brooks", "De La Cruz"], title: ["Mr.", "Mrs."],
  }, ["Howdy {given},", "Hey there {given},"], ["Y'all take care,", "Thanks kindly,"],
  fmt({ money: ["${n}", "USD {n}"], date: ["m/d/y", "M d, y", "y-m-d"], clock: "12", post: digitsPost(75001, 79999, 5) }),
  { boiler: "Lone Star Plumbing & Heat", bikes: "Austin Bike Share", museum: "Museum Members Desk", tutoring: "Longhorn Test Prep" },
  { ssn: true, iban: [], host: "att.net", tld: "com" }),
].map(withId)
