// English of Scotland, Wales, South Africa, Australia, Nigeria, Kenya, Singapore and the US South.
import { englishWords } from "./en-base.ts"
import type { Rng } from "./rng.ts"
import type { Formats, Locale } from "./types.ts"

const ukPost = (areas: string[]) => (r: Rng) => `${r.pick(areas)}${r.int(1, 19)} ${r.int(1, 9)}${r.pick([..."ABDEFGHJLNPQRSTUWXY"])}${r.pick([..."ABDEFGHJLNPQRSTUWXY"])}`
const digitsPost = (n: number, lead = "") => (r: Rng) => lead + r.digits(n - lead.length)
const UK: Omit<Formats, "post"> = { dec: ".", thou: ",", money: ["£{n}", "£{n}"], date: ["d/m/y"], clock: "24", mid: [232, 233, 235] }

export const EN: Locale[] = [
  {
    tag: "en-GB-x-sct", country: "GB", iban: "GB", nino: 0.55,
    names: { m: ["Callum", "Euan", "Fraser", "Hamish", "Ruaridh", "Alasdair", "Struan", "Will", "Bill"], f: ["Eilidh", "Isla", "Morag", "Kirsty", "Catriona", "Ailsa", "Mhairi", "Grace", "Rose"], family: ["MacLeod", "Sinclair", "Buchanan", "Robertson", "McAllister", "Drummond-Hay", "MacGregor", "Lamont", "O'Hare", "Cunningham"], title: ["Mr", "Mrs"] },
    w: englishWords({ hi: ["Hiya {given},", "Morning {given},"], bye: ["Cheers the noo,\n{name}", "Ta,\n{name}"], call: ["Gie us a ring on {phone}.", "Ring me on {phone} after the school run."], me: ["Aye, it's {name}."], topics: { marina: ["The wee RIB on {berth} needs its {cs} call sign sticker, MMSI {mmsi}."], pharmacy: ["CHI number {health} checked, the wee one's inhaler is {dose}."] } }),
    fmt: { ...UK, post: ukPost(["EH", "G", "AB", "KY", "IV", "PA"]) },
    biz: { pharmacy: ["Leith Walk Pharmacy", "leithwalkpharmacy.scot"], driving: ["Clydeside Driving School", "clydesidedriving.co.uk"], charity: ["Highland Hospice Friends", "highlandhospicefriends.org.uk"], marina: ["Kip Bay Marina", "kipbaymarina.co.uk"] },
    hosts: ["btinternet.com", "gmail.com", "outlook.com", "hotmail.co.uk"],
  },
  {
    tag: "en-GB-x-wls", country: "GB", iban: "GB", nino: 0.55,
    names: { m: ["Dafydd", "Gethin", "Rhodri", "Iwan", "Huw", "Emyr", "Gareth", "Bill"], f: ["Cerys", "Nia", "Angharad", "Ffion", "Seren", "Branwen", "Eluned", "May", "Rose"], family: ["Prichard", "Llewellyn", "Parry-Jones", "Bowen", "Vaughan", "Griffiths", "Pugh", "Rees-Evans", "Howells", "ap Rhys"], title: ["Mr", "Mrs"] },
    w: englishWords({ hi: ["Bore da {given},", "Shwmae {given},"], bye: ["Diolch,\n{name}", "Diolch yn fawr, {name}"], call: ["Give me a bell on {phone}, I'll be in all day now."], me: ["{name} I am, from up the valley."], topics: { driving: ["Welsh-language theory test {test} booked for {date}, tidy."] } }),
    fmt: { ...UK, post: ukPost(["CF", "SA", "LL", "NP", "SY"]) },
    biz: { pharmacy: ["Fferyllfa Treganna", "fferyllfa-treganna.cymru"], driving: ["Gower Road School of Motoring", "gowerroadschool.co.uk"], charity: ["Cymorth Cancr Gorllewin", "cymorthgorllewin.org"], marina: ["Conwy Quay Marina", "conwyquaymarina.co.uk"] },
    hosts: ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com"],
  },
  {
    tag: "en-ZA", country: "ZA", nino: 0.06,
    whole: [["f", "Naledi", "de Klerk"], ["m", "Francois", "le Roux"]],
    names: { m: ["Sipho", "Thabo", "Pieter", "Johan", "Mandla", "Riaan", "Lwazi", "Jordan"], f: ["Thandiwe", "Nomvula", "Annelie", "Lerato", "Zanele", "Marlize", "Precious", "Grace", "Faith"], family: ["Van der Merwe", "du Plessis", "Nkosi", "Mokoena", "Botha", "Dlamini", "Van Wyk", "Naidoo", "Pretorius", "Khumalo-Smith"], title: ["Mr", "Mrs"] },
    w: englishWords({ hi: ["Howzit {given},", "Morning {given},"], bye: ["Shot,\n{name}", "Regards, {name}"], call: ["Just now I'm on the road, phone me on {phone}.", "WhatsApp me on {phone}."], me: ["Ja, it's {name} here."], topics: { charity: ["Section 18A receipt for donation {don}, {amount}, posted {date}."] } }),
    fmt: { dec: ",", thou: " ", money: ["R{n}", "R {n}"], date: ["y/m/d", "d/m/y"], clock: "24", mid: [601], post: digitsPost(4) },
    biz: { pharmacy: ["Sea Point Family Pharmacy", "seapointpharmacy.co.za"], driving: ["Umhlanga Driving Academy", "umhlangadriving.co.za"], charity: ["Karoo Children's Trust", "karoochildrenstrust.org.za"], marina: ["Knysna Quays Marina", "knysnaquays.co.za"] },
    hosts: ["gmail.com", "mweb.co.za", "telkomsa.net", "outlook.com"],
  },
  {
    tag: "en-AU", country: "AU", nino: 0.05,
    names: { m: ["Lachlan", "Hamish", "Kieran", "Bodhi", "Jarrah", "Will", "Chase", "Lincoln"], f: ["Matilda", "Kirra", "Tahlia", "Indi", "Chloe", "Grace", "Victoria", "Hope"], family: ["O'Sullivan", "Fitzgerald", "Tran", "Papadakis", "Wilkinson", "McCarthy", "Nguyen", "Kennedy", "Rossi", "Walker-Brown"], title: ["Mr", "Ms"] },
    w: englishWords({ hi: ["G'day {given},", "Hey {given},"], bye: ["Cheers mate,\n{name}", "Thanks heaps, {name}"], call: ["Give us a call on {phone}, no worries.", "Flick me a text on {phone}."], topics: { driving: ["Learner permit {lic}, logbook hours done, P-plate test {test} on {date}."] } }),
    fmt: { dec: ".", thou: ",", money: ["${n}", "A${n}"], date: ["d/m/y"], clock: "12", mid: [503], post: (r) => `${r.pick(["NSW", "VIC", "QLD", "WA"])} ${r.pick(["2", "3", "4", "6"])}${r.digits(3)}` },
    biz: { pharmacy: ["Manly Corso Chemist", "manlycorsochemist.com.au"], driving: ["Sunshine Coast Driver Training", "scdrivertraining.com.au"], charity: ["Outback Flying Doctors Friends", "outbackfriends.org.au"], marina: ["Pittwater Bayview Marina", "bayviewmarina.com.au"] },
    hosts: ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"],
  },
  {
    tag: "en-NG", country: "NG", ssn: 0.2,
    names: { m: ["Chukwuemeka", "Oluwaseun", "Babatunde", "Ifeanyi", "Abubakar", "Tunde", "Emeka", "Sterling"], f: ["Ngozi", "Adaeze", "Funmilayo", "Chiamaka", "Yetunde", "Amina", "Blessing", "Faith", "Grace", "Hope"], family: ["Okafor", "Adeyemi", "Balogun", "Nwosu", "Okonkwo", "Danjuma", "Ogunleye-Bello", "Eze", "Olatunji", "Abdullahi"], title: ["Mr", "Mrs"] },
    w: englishWords({ hi: ["Good morning {given},", "Compliments of the season {given},"], bye: ["Thank you and God bless,\n{name}", "Yours faithfully,\n{name}"], call: ["Kindly flash me on {phone}.", "Please call me back on {phone}, network is bad."], topics: { pharmacy: ["The malaria drugs, artemether {dose}, for prescription {rx}, delivered {date}."] } }),
    fmt: { dec: ".", thou: ",", money: ["₦{n}", "N{n}"], date: ["d/m/y"], clock: "12", mid: [657], post: digitsPost(6, "10") },
    biz: { pharmacy: ["Ikeja Health Pharmacy", "ikejahealthpharmacy.com.ng"], driving: ["Lekki Safe Drive School", "lekkisafedrive.ng"], charity: ["Hope for Kano Trust", "kanotrust.org.ng"], marina: ["Lagos Lagoon Marina", "lagoonmarina.com.ng"] },
    hosts: ["gmail.com", "yahoo.com", "outlook.com"],
  },
  {
    tag: "en-KE", country: "KE",
    names: { m: ["Otieno", "Kipchoge", "Mwangi", "Kamau", "Wafula", "Baraka", "Jordan"], f: ["Wanjiku", "Akinyi", "Chebet", "Njeri", "Wambui", "Nafula", "Faith", "Mercy", "Grace"], family: ["Ochieng", "Kiprotich", "Njoroge", "Mutua", "Wekesa", "Odhiambo", "Kariuki", "Cheruiyot", "Omondi", "Were"], title: ["Mr", "Mrs"] },
    w: englishWords({ hi: ["Habari {given},", "Greetings {given},"], bye: ["Asante sana,\n{name}", "Sawa, {name}"], call: ["Reach me on {phone}, even on WhatsApp.", "Kindly call {phone} after 5."], topics: { charity: ["M-Pesa donation {don} of {amount} received {date}."] } }),
    fmt: { dec: ".", thou: ",", money: ["KSh {n}", "Ksh{n}"], date: ["d/m/y"], clock: "12", mid: [634], post: digitsPost(5, "00") },
    biz: { pharmacy: ["Westlands Care Chemist", "westlandscare.co.ke"], driving: ["Rift Valley Driving School", "riftdriving.co.ke"], charity: ["Kibera Schools Fund", "kiberaschools.or.ke"], marina: ["Mombasa Creek Marina", "creekmarina.co.ke"] },
    hosts: ["gmail.com", "yahoo.com", "outlook.com"],
  },
  {
    tag: "en-SG", country: "SG",
    whole: [["m", "Muhammad Hafiz", "bin Osman"], ["f", "Nur Aisyah", "binte Rahman"], ["f", "Priya", "Subramaniam"], ["m", "Arjun", "Nair"], ["m", "Ahmad Firdaus", "bin Ismail"]],
    names: { m: ["Wei Ming", "Jun Hao", "Zhi Hao", "Kai Wen", "Jordan"], f: ["Hui Ling", "Xin Yi", "Mei Ling", "Jia Hui", "Grace", "Victoria"], family: ["Tan", "Lim", "Ng", "Goh", "Wong", "Chua", "Teo"], title: ["Mr", "Ms"] },
    w: englishWords({ hi: ["Hi {given},", "Dear {given},"], bye: ["Thanks ah,\n{name}", "Regards,\n{name}"], call: ["Can call me at {phone} or not?", "Just WhatsApp {phone} lah."], me: ["I'm {name}, the owner."], topics: { driving: ["Class 3 practical test {test} on {date}, circuit booking at {time}."] } }),
    fmt: { dec: ".", thou: ",", money: ["S${n}", "${n}"], date: ["d/m/y"], clock: "12", mid: [563, 564], post: digitsPost(6) },
    biz: { pharmacy: ["Tiong Bahru Medical Hall", "tiongbahrumedical.sg"], driving: ["Ubi Driving Centre", "ubidrive.com.sg"], charity: ["Lions Befrienders Friends", "befriendersfund.org.sg"], marina: ["Keppel Bay Charters", "keppelcharters.sg"] },
    hosts: ["gmail.com", "singnet.com.sg", "hotmail.com"],
  },
  {
    tag: "en-US-x-south", country: "US", ssn: 0.6,
    names: { m: ["Beau", "Wyatt", "Colt", "Dwayne", "Jordan", "Lincoln", "Chase", "Sterling", "Bill"], f: ["Mary Beth", "Savannah", "Tammy", "Loretta", "Magnolia", "Faith", "Hope", "May", "Rose"], family: ["Boudreaux", "Thibodeaux", "Calhoun", "McCoy", "O'Brien", "LeBlanc", "Pickett", "Holloway", "Whitfield", "DuBose"], title: ["Mr.", "Mrs."] },
    w: englishWords({ hi: ["Hey y'all, {given} here.", "Morning {given},"], bye: ["Thank y'all,\n{name}", "Bless you,\n{name}"], call: ["Holler at me on {phone}.", "Y'all can call {phone} anytime."], me: ["Ma'am, my name's {name}."], topics: { marina: ["Slip {berth} at the boat storage, hull id {hin}, paid {amount} through {date}."] } }),
    fmt: { dec: ".", thou: ",", money: ["${n}"], date: ["m/d/y"], clock: "12", mid: [338, 366, 367], post: (r) => r.pick(["70", "35", "39", "37", "30", "29"]) + r.digits(3) },
    biz: { pharmacy: ["Magazine Street Drugs", "magazinestreetdrugs.com"], driving: ["Low Country Driving School", "lowcountrydriving.com"], charity: ["Delta Children's Fund", "deltachildrensfund.org"], marina: ["Mobile Bay Boat Storage", "mobilebayboats.com"] },
    hosts: ["gmail.com", "bellsouth.net", "yahoo.com", "att.net"],
  },
]
