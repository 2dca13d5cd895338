// English of Ireland, India, New Zealand, Canada, the Philippines, Jamaica, Ghana and Malta.
import { en } from "./en-base.ts"
import type { Rng } from "./rng.ts"
import type { Locale } from "./types.ts"

const MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
const ABC = "ACDEFHKNPRTVWXY"
const ch = (r: Rng) => ABC[r.int(0, ABC.length - 1)]!
const ID_NINO = ["NI number from the UK job: {nino}", "National Insurance no. {nino} (from his time in Leeds)", "her NINO is {nino}"]
const ID_SSN = ["SSN {ssn} for the US payroll", "SSN: {ssn}", "social security (SSN) {ssn} from the Buffalo contract"]

export const EN_LOCALES: Locale[] = [
  {
    tag: "en-IE", country: "IE", iban: ["IE"], nino: true, ssn: true, spoken: true,
    names: {
      m: ["Cian", "Oisín", "Seán", "Darragh", "Pádraig", "Eoin", "Cathal", "Ronan", "Tadhg", "Fionn", "Will", "Frank"],
      f: ["Aoife", "Siobhán", "Niamh", "Gráinne", "Caoimhe", "Saoirse", "Orla", "Róisín", "Bríd", "Dawn", "Grace"],
      family: ["O'Brien", "Kavanagh", "Ó Ceallaigh|Ní Cheallaigh", "Murphy", "Fitzgerald", "McCarthy", "Ó Dónaill|Ní Dhónaill", "Byrne", "Walsh", "Nolan-Byrne", "Mac Giolla Phádraig", "Doherty"],
      title: ["Mr", "Ms"],
    },
    w: en({ hi: ["Howya {given},", "Dia dhuit {given},"], bye: ["Go raibh maith agat,\n{name}", "Slán, {name}"], me: ["this is {name} from Ballincollig"], id: [...ID_NINO, "SSN {ssn} from the J1 summer in Boston"], thanks: ["Grand so, thanks.", "Sound, cheers."] }),
    fmt: { dec: ".", thou: ",", money: ["€{n}", "{n} euro"], date: ["d/m/y", "d M y", "d.m.y"], months: MONTHS, clock: "24", post: (r) => `${r.pick(["D02", "D08", "T12", "H91", "A65", "V94"])} ${ch(r)}${r.digits(2)}${ch(r)}` },
    biz: { optician: ["Liffey Vision Opticians", "liffeyvision.ie"], staffing: ["Shannon Temp Recruitment", "shannontemps.ie"], funeral: ["[Kavanagh] & Daly Funeral Directors", "kavanaghdaly.ie"], caravan: ["[Hope] Cove Caravan & Camping", "hopecove.ie"] },
    hosts: ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
  },
  {
    tag: "en-IN", country: "IN", iban: ["GB"], nino: true, ssn: true, spoken: true,
    names: {
      m: ["Arjun", "Vikram", "Rahul", "Suresh", "Karthik", "Anil", "Sandeep", "Mohammed", "Venkatesh", "Sunny", "Rajesh"],
      f: ["Priya", "Lakshmi", "Ananya", "Deepa", "Kavitha", "Sunita", "Meenakshi", "Fatima", "Pooja", "Divya"],
      family: ["Sharma", "Iyer", "Reddy", "Nair", "Patel", "Gupta", "Banerjee", "Krishnamurthy", "Singh", "Khan", "Menon", "Chatterjee"],
      title: ["Mr.", "Mrs."],
    },
    w: en({ hi: ["Dear {given} ji,", "Namaste {given},", "Respected {given},"], bye: ["Thanks and regards,\n{name}", "Regards,\n{name}"], call: ["kindly call on {phone}", "my contact no. is {phone}", "office landline {phone} extn. 331"], id: [...ID_NINO, "US SSN {ssn} (H-1B years)"], thanks: ["Kindly do the needful.", "Thanking you."] }),
    fmt: { dec: ".", thou: "lakh", money: ["₹{n}", "Rs. {n}", "INR {n}"], date: ["d/m/y", "d-m-y", "d M y"], months: MONTHS, clock: "12", post: (r) => (r.chance(0.5) ? `${r.int(110, 799)}${r.digits(3)}` : `${r.int(110, 799)} ${r.digits(3)}`) },
    biz: { optician: ["Drishti Eye Care", "drishtieyecare.in"], staffing: ["TalentBridge Staffing", "talentbridge.co.in"], funeral: ["Shanti Funeral Services", "shantifuneral.in"], caravan: ["Kodai Lakeside Caravan Park", "kodaicamp.in"] },
    hosts: ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
  },
  {
    tag: "en-NZ", country: "NZ", iban: ["GB"], nino: true, spoken: true,
    names: {
      m: ["Liam", "Hemi", "Tama", "Wiremu", "Nikau", "James", "Ethan", "Rāwiri", "Frank", "Bill"],
      f: ["Aroha", "Mere", "Olivia", "Hine", "Kiri", "Charlotte", "Ngaio", "Isla", "Hope", "Crystal"],
      family: ["Ngata", "Te Whata", "Parata", "Wilson", "Walker", "Henare", "Campbell", "Tipene", "Te Rangi", "Brown-Parata", "McLeod", "Tuhiwai"],
      title: ["Mr", "Ms"],
    },
    w: en({ hi: ["Kia ora {given},", "Gidday {given},"], bye: ["Ngā mihi,\n{name}", "Cheers heaps, {name}"], id: ["UK NI number from the OE: {nino}"], thanks: ["Sweet as, thanks.", "Chur."] }),
    fmt: { dec: ".", thou: ",", money: ["${n}", "NZ${n}"], date: ["d/m/y", "d M y"], months: MONTHS, clock: "12", post: (r) => String(r.int(1010, 9893)) },
    biz: { optician: ["Kōwhai Eyecare", "kowhaieyecare.co.nz"], staffing: ["Tasman Temps", "tasmantemps.co.nz"], funeral: ["Harbourside Funeral Home", "harbourside.co.nz"], caravan: ["[Sunny] Bay Holiday Park", "sunnybayhp.co.nz"] },
    hosts: ["xtra.co.nz", "gmail.com", "outlook.co.nz"],
  },
  {
    tag: "en-CA", country: "CA", iban: ["GB"], ssn: true, spoken: true,
    names: {
      m: ["Liam", "Noah", "Étienne", "Mathieu", "Jean-Luc", "Connor", "Tyler", "Raj", "Frank", "Will"],
      f: ["Chloé", "Emma", "Madison", "Marie-Ève", "Avery", "Brooke", "Sophie", "Faith", "Dawn"],
      family: ["Tremblay", "Gagnon", "MacDonald", "Campbell", "Côté", "Leblanc", "Fraser", "St-Pierre", "Bouchard", "Wong", "Okafor", "MacIsaac"],
      title: ["Mr.", "Ms."],
    },
    w: en({ hi: ["Hey {given},", "Hi there {given},"], bye: ["Thanks eh,\n{name}", "Take care,\n{name}"], call: ["reach me at {phone} ext. 204", "give me a shout at {phone}", "the office line is {phone} ext. 31"], id: ID_SSN, thanks: ["Thanks a bunch.", "Appreciate it, eh."] }),
    fmt: { dec: ".", thou: ",", money: ["${n}", "{n} CAD", "C${n}"], date: ["y-m-d", "M d, y", "d/m/y"], months: MONTHS, clock: "12", post: (r) => `${r.pick(["K1A", "M5V", "H2X", "V6B", "T2P", "B3H"])} ${r.int(1, 9)}${ch(r)}${r.int(1, 9)}` },
    biz: { optician: ["Northern Lights Optometry", "northernlightsoptometry.ca"], staffing: ["Maple Staffing Group", "maplestaffing.ca"], funeral: ["[Fraser] & [Côté] Funeral Home", "frasercote.ca"], caravan: ["Pine Ridge Campground", "pineridgecamp.ca"] },
    hosts: ["gmail.com", "rogers.com", "sympatico.ca", "videotron.ca"],
  },
  {
    tag: "en-PH", country: "PH", iban: ["GB"], ssn: true, spoken: true,
    names: {
      m: ["Juan", "Jose", "Mark", "Rodel", "Jericho", "Paolo", "Carlo", "Ramon", "Arnel", "Jun"],
      f: ["Maria", "Joy", "Kristine", "Rowena", "Marites", "Jasmine", "Lovely", "Crystal", "Princess", "Mercy"],
      family: ["dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino", "de los Santos", "Ramos", "Macaraeg", "Dimaculangan"],
      title: ["Sir", "Ma'am"],
    },
    w: en({ hi: ["Hello po {given},", "Good day {given},"], bye: ["Thank you po,\n{name}", "God bless,\n{name}"], me: ["this is {name} po"], call: ["pls text me at {phone}", "office is {phone} ext. 12"], id: ID_SSN, thanks: ["Salamat po!", "Thank you so much po."] }),
    fmt: { dec: ".", thou: ",", money: ["₱{n}", "PHP {n}", "Php {n}"], date: ["m/d/y", "M d, y"], months: MONTHS, clock: "12", post: (r) => String(r.int(1000, 9811)) },
    biz: { optician: ["LinawMata Optical", "linawmata.ph"], staffing: ["Bayanihan Manpower Services", "bayanihanmanpower.com.ph"], funeral: ["Capilla de Paz Memorial Chapels", "capilladepaz.ph"], caravan: ["Tagaytay Ridge Campsite", "tagaytayridge.ph"] },
    hosts: ["gmail.com", "yahoo.com.ph", "outlook.ph"],
  },
  {
    tag: "en-JM", country: "JM", iban: ["GB"], ssn: true, nino: true, spoken: true,
    names: {
      m: ["Andre", "Dwayne", "Kemar", "Omar", "Shane", "Rohan", "Delroy", "Winston", "Tarrique", "Frank"],
      f: ["Shanice", "Tashana", "Kerry-Ann", "Simone", "Latoya", "Nadine", "Shanelle", "Hope", "Patience", "Joy"],
      family: ["Brown", "Campbell", "Williams", "Thompson", "Clarke", "McKenzie", "Gordon", "Henry", "Grant", "Bailey", "Wright", "Stewart-Clarke"],
      title: ["Mr", "Miss"],
    },
    w: en({ hi: ["Wah gwaan {given},", "Good day {given},"], bye: ["Respect,\n{name}", "Blessed love, {name}"], me: ["mi name {name}"], call: ["yuh can call mi pon {phone}"], id: [...ID_NINO, ...ID_SSN], thanks: ["Likkle more.", "Big up yourself."] }),
    fmt: { dec: ".", thou: ",", money: ["J${n}", "JMD {n}", "US${n}"], date: ["d/m/y", "d M y"], months: MONTHS, clock: "12", post: (r) => `Kingston ${r.int(2, 20)}` },
    biz: { optician: ["Blue Mountain Optical", "bluemountainoptical.com.jm"], staffing: ["Island Works Recruitment", "islandworks.com.jm"], funeral: ["Madden's Funeral Home", "maddensfuneral.com.jm"], caravan: ["Negril Cliffside Camp", "negrilcamp.com.jm"] },
    hosts: ["gmail.com", "yahoo.com", "cwjamaica.com"],
  },
  {
    tag: "en-GH", country: "GH", iban: ["GB"], nino: true, spoken: true,
    names: {
      m: ["Kwame", "Kofi", "Kwabena", "Yaw", "Kojo", "Kwesi", "Fiifi", "Nii", "Ebo", "Selasi"],
      f: ["Akosua", "Ama", "Efua", "Abena", "Adwoa", "Yaa", "Esi", "Patience", "Mercy", "Grace", "Faith"],
      family: ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Addo", "Quaye", "Tetteh", "Appiah-Kubi", "Ofori-Atta", "Nkansah"],
      title: ["Mr", "Mrs"],
    },
    w: en({ hi: ["Hello Sister {given},", "Good morning {given},"], bye: ["God bless you,\n{name}", "Yours faithfully,\n{name}"], call: ["kindly flash me on {phone}"], id: ID_NINO, thanks: ["Medaase.", "We thank you."] }),
    fmt: { dec: ".", thou: ",", money: ["GH₵{n}", "GHS {n}", "{n} cedis"], date: ["d/m/y", "d M y", "d-m-y"], months: MONTHS, clock: "12", post: (r) => `${r.pick(["GA", "AK", "GT", "CC"])}-${r.int(100, 999)}-${r.digits(4)}` },
    biz: { optician: ["Adom Eye Clinic & Opticians", "adomeyes.com.gh"], staffing: ["Gold Coast Staffing", "goldcoaststaffing.com.gh"], funeral: ["Nyame Dua Funeral Services", "nyamedua.com.gh"], caravan: ["Ada Foah Riverside Camp", "adariverside.com.gh"] },
    hosts: ["gmail.com", "yahoo.com", "outlook.com"],
  },
  {
    tag: "en-MT", country: "MT", iban: ["MT"], nino: true, spoken: true,
    names: {
      m: ["Ġorġ", "Ġużeppi", "Ninu", "Karl", "Matthew", "Luke", "Ċensu", "Kurt", "Jean Paul", "Frank"],
      f: ["Marija", "Rita", "Charmaine", "Doreen", "Graziella", "Rose", "Roseanne", "Josette", "Ramona"],
      family: ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Debono", "Grech", "Azzopardi", "Mifsud", "Cassar-Torreggiani", "De Giorgio"],
      title: ["Mr", "Ms"],
    },
    w: en({ hi: ["Bongu {given},", "Hello {given}, hope all is well,"], bye: ["Grazzi,\n{name}", "Saħħa, {name}"], id: ID_NINO, thanks: ["Grazzi ħafna.", "Thanks ta."] }),
    fmt: { dec: ".", thou: ",", money: ["€{n}", "EUR {n}"], date: ["d/m/y", "d.m.y", "d M y"], months: MONTHS, clock: "24", post: (r) => `${r.pick(["VLT", "SLM", "BKR", "MST", "ZBR"])} ${r.int(1000, 9999)}` },
    biz: { optician: ["Ta' Xbiex Opticians", "txopticians.com.mt"], staffing: ["Medi Temps Malta", "meditemps.com.mt"], funeral: ["[Camilleri] Undertakers", "camilleriundertakers.mt"], caravan: ["Għadira Camping Park", "ghadiracamp.mt"] },
    hosts: ["gmail.com", "maltanet.net", "go.net.mt"],
  },
]
