// Ten Englishes: Ireland, Northern Ireland, Canada, India, the Philippines, Ghana, Jamaica, New Zealand, Malta, the US Midwest.
import { words, type Locale, type Words } from "./types.ts"

const BASE = words(
  "Hi|Thanks|Kind regards|my name is|call me on|or|No.|ext.|my email is|the driver|my neighbour|the sweep|the sitter|the owner|" +
    "the dog|the cat|season ticket|wheelchair assistance|lost property|complaint|veg box|delivery|chimney sweep|tree work|kennel stay|route|bus|" +
    "ticket|smartcard|stop|order|certificate|microchip|booking|vaccine batch|on|from|to|price|total|note|customer|phone|name|email|please call back|noted|mob",
)
const en = (over: Partial<Words>): Words => ({ ...BASE, ...over })

export const EN_LOCALES: Locale[] = [
  { tag: "en-IE", cc: "IE", bank: "IE", en: true, w: en({ hi: "Howya", thanks: "Thanks a million", regards: "Kind regards", myname: "my name is", callme: "ring me on", neighbour: "my neighbour", callback: "give us a ring back" }),
    male: ["Cian", "Oisín", "Darragh", "Seán", "Pádraig", "Ronan", "Eoin"], female: ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Gráinne", "Saoirse", "Clodagh"],
    family: ["Ó Súilleabháin", "Mac Giolla Phádraig", "O'Brien", "Byrne", "Nic Giolla-Bhríde", "Ní Bhriain", "Fitzgerald", "Kavanagh"],
    currency: "EUR", postcode: ["D0# @#@#", "T12 @##@", "H91 @#@#"], mailHosts: ["eircom.net", "gmail.com"], tld: "ie", nino: true },
  { tag: "en-GB-NIR", cc: "GB", bank: "GB", en: true, w: en({ hi: "Well", thanks: "Cheers", regards: "All the best", myname: "my name's", callme: "ring me on", driver: "the driver", neighbour: "the neighbour", callback: "ring us back" }),
    male: ["Ciaran", "Gareth", "Rory", "Declan", "Stephen"], female: ["Orla", "Roisin", "Shauna", "Grainne", "Lynsey"],
    family: ["McCann", "Quinn", "O'Neill", "McIlroy", "Doherty-Boyle", "Kerr", "Donnelly"],
    currency: "GBP", postcode: ["BT# #@@", "BT## #@@"], mailHosts: ["btinternet.com", "hotmail.co.uk"], tld: "co.uk", nino: true },
  { tag: "en-CA", cc: "CA", en: true, w: en({ hi: "Hey", thanks: "Thanks so much", regards: "Best", myname: "my name is", callme: "reach me at", no: "#", mob: "cell" }),
    male: ["Liam", "Ethan", "Mathieu", "Owen", "Gurpreet"], female: ["Chloé", "Brooke", "Mackenzie", "Avneet", "Keira"],
    family: ["Tremblay", "MacDonald", "Gagnon", "Sandhu", "Fraser-Wong", "Leblanc", "Lalonde"],
    currency: "CAD", postcode: ["@#@ #@#"], mailHosts: ["rogers.com", "shaw.ca", "gmail.com"], tld: "ca" },
  { tag: "en-IN", cc: "IN", en: true, w: en({ hi: "Dear Sir/Madam", thanks: "Thanking you", regards: "Warm regards", myname: "myself", callme: "kindly call on", callback: "kindly revert", noted: "noted sir", mob: "mob." }),
    male: ["Rahul", "Venkatesh", "Arjun", "Sandeep", "Prakash"], female: ["Priya", "Lakshmi", "Ananya", "Meenakshi", "Kavya"],
    family: ["Iyer", "Deshpande", "Reddy", "Chatterjee", "Nair", "Gupta", "Krishnamurthy"],
    currency: "INR", postcode: ["######", "### ###"], mailHosts: ["rediffmail.com", "gmail.com", "yahoo.co.in"], tld: "in" },
  { tag: "en-PH", cc: "PH", en: true, w: en({ hi: "Hello po", thanks: "Thank you po", regards: "Regards", myname: "this is", callme: "pls contact me at", noted: "noted po", mob: "cp" }),
    male: ["Jose Miguel", "Rodel", "Paolo", "Jericho", "Mark Anthony"], female: ["Maricel", "Kristine", "Jocelyn", "Ma. Theresa", "Rowena"],
    family: ["Dela Cruz", "Santos", "Bautista", "Villanueva", "Macapagal", "Dizon"],
    currency: "PHP", postcode: ["####"], mailHosts: ["yahoo.com", "gmail.com"], tld: "ph", ssn: true },
  { tag: "en-GH", cc: "GH", en: true, w: en({ hi: "Good morning", thanks: "Thank you very much", regards: "Yours faithfully", myname: "my name is", callme: "please call me on", noted: "well noted", mob: "tel" }),
    male: ["Kwame", "Kofi", "Yaw", "Kwabena", "Nii"], female: ["Ama", "Akosua", "Efua", "Abena", "Adwoa"],
    family: ["Mensah", "Owusu", "Asante", "Boateng", "Ofori-Atta", "Quaye", "Tetteh"],
    currency: "GHS", postcode: ["GA-###-####"], mailHosts: ["gmail.com", "yahoo.com"], tld: "com.gh" },
  { tag: "en-JM", cc: "JM", en: true, w: en({ hi: "Wah gwaan", thanks: "Thanks", regards: "Respect", myname: "mi name", callme: "call mi pon", mob: "cell" }),
    male: ["Delroy", "Tafari", "Andre", "Kemar", "Winston"], female: ["Shanique", "Tamika", "Keisha", "Marcia", "Sherene"],
    family: ["Campbell", "Brown", "Morgan-Reid", "Gayle", "Thompson", "Bailey"],
    currency: "JMD", postcode: ["Kingston ##"], mailHosts: ["gmail.com", "flowja.com"], tld: "com.jm", ssn: true },
  { tag: "en-NZ", cc: "NZ", en: true, w: en({ hi: "Kia ora", thanks: "Cheers", regards: "Ngā mihi", myname: "my name's", callme: "flick me a text on", mob: "mob" }),
    male: ["Tane", "Wiremu", "Hamish", "Nikau", "Callum"], female: ["Aroha", "Mere", "Kiri", "Ngaio", "Brooke"],
    family: ["Ngata", "Parata", "Te Awa", "Tipene-Hall", "MacKenzie", "Walker"],
    currency: "NZD", postcode: ["####"], mailHosts: ["xtra.co.nz", "gmail.com"], tld: "co.nz" },
  { tag: "en-MT", cc: "MT", bank: "MT", en: true, w: en({ hi: "Hello", thanks: "Grazzi", regards: "Regards", myname: "my name is", callme: "call me on", no: "Nru.", mob: "mob" }),
    male: ["Ġorġ", "Ċensu", "Ġużeppi", "Karl", "Luke"], female: ["Marija", "Rita", "Doreen", "Ġanna", "Kirsty"],
    family: ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Grech", "Mifsud-Bonnici"],
    currency: "EUR", postcode: ["@@@ ####"], mailHosts: ["maltanet.net", "gmail.com"], tld: "com.mt" },
  { tag: "en-US-MW", cc: "US", en: true, w: en({ hi: "Hi there", thanks: "Thanks a bunch", regards: "Best", myname: "my name is", callme: "reach me at", no: "#", ext: "x", mob: "cell" }),
    male: ["Dale", "Bryce", "Kyle", "Dustin", "Travis"], female: ["Kaylee", "Brittany", "Jolene", "Shelby", "Darlene"],
    family: ["Lindqvist", "Schroeder", "Kowalczyk", "Hanson", "Vander Zee", "Johnson-Olson", "Nygaard"],
    currency: "USD", postcode: ["#####"], mailHosts: ["aol.com", "gmail.com", "comcast.net"], tld: "com", ssn: true },
]
