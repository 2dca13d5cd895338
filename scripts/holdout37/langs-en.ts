// English of thirteen regions, with their names and phone countries.
import type { Lang, Region } from "./lang-types.ts"

const r = (cc: Region["cc"], places: string, given: string, family: string, domains: string): Region => ({
  cc, places: places.split(","), given: given.split(","), family: family.split(","), domains: domains.split(","),
})

const REGIONS: Region[] = [
  r("US", "Baton Rouge,Birmingham AL,Jackson MS,Little Rock,Nashville,Savannah GA", "Savannah,Jolene,Beau,Tucker,Wyatt,Loretta,Earl,Mary-Beth,Billy-Ray,LaToya,Darnell,Shanice,Colton,Magnolia,Jessamine,Hope,Faith,Will,Bill",
    "Broussard,Thibodeaux,Hebert,Boudreaux,McAllister,Washington,Haskins,Pettigrew,Crenshaw,Delacroix,LeBlanc,Faircloth,Whitfield", "bellsouth.net,gmail.com,yahoo.com,att.net"),
  r("GB", "Inverness,Aberdeen,Dundee,Paisley,Stirling", "Eilidh,Ailsa,Morag,Hamish,Callum,Iona,Catriona,Ruaridh,Kirsty,Mhairi,Lachlan,Finlay,Isla,Rose,Mark",
    "MacLeod,McIntyre,Drummond,Mackenzie,Urquhart,Buchanan,Grieve,Sinclair,MacDonald,Ferguson,Robertson,Cairncross", "btinternet.com,gmail.com,outlook.com"),
  r("GB", "Swansea,Bangor,Aberystwyth,Caernarfon,Llanelli", "Rhys,Cerys,Gethin,Angharad,Dafydd,Siân,Iolo,Bethan,Eleri,Llinos,Emyr,Gwenllian,Owain,Ffion,Dawn",
    "ap Gwilym,ap Rhys,Pritchard,Prosser,Llewellyn,Bowen,Vaughan,Howells,Gruffydd,Pugh,Bevan,Lloyd-Jenkins", "btinternet.com,gmail.com,hotmail.co.uk"),
  r("AU", "Wagga Wagga,Townsville,Ballarat,Geelong,Fremantle", "Kylie,Shane,Bronwyn,Darcy,Brodie,Jarrah,Tahlia,Matilda,Bodhi,Kirra,Mitchell,Tegan,Summer,Sky,Sunny",
    "Nguyen,Kowalczyk,Papadopoulos,O'Brien,Fitzgerald,Worrall,McGrath,Kennedy,Hollis,Bancroft,Esposito,Nakamura", "bigpond.com,optusnet.com.au,gmail.com"),
  r("ZA", "Durban,Stellenbosch,Soweto,Gqeberha,Pietermaritzburg", "Thandiwe,Sipho,Lerato,Pieter,Annelie,Bongani,Nomvula,Johannes,Zanele,Riaan,Lindiwe,Thabo,Marietjie",
    "van der Merwe,Nkosi,Dlamini,Botha,du Plessis,Mokoena,Naidoo,Pretorius,van Wyk,Khumalo,le Roux,Mthembu", "mweb.co.za,gmail.com,telkomsa.net"),
  r("NG", "Ikeja,Enugu,Ibadan,Abuja,Port Harcourt", "Chidinma,Oluwaseun,Emeka,Ngozi,Adebayo,Funmilayo,Ifeoma,Tunde,Chukwuemeka,Aisha,Babatunde,Yetunde,Obinna,Joy,Victoria",
    "Okafor,Adeyemi,Okonkwo,Balogun,Nwosu,Abubakar,Ogunleye,Akinola,Olawale,Ibekwe,Danjuma,Adeleke-Bello", "yahoo.com,gmail.com"),
  r("KE", "Nakuru,Kisumu,Eldoret,Mombasa,Thika", "Wanjiru,Achieng,Njeri,Kiprono,Chebet,Wairimu,Jepkoech,Mumbua,Baraka,Nyambura,Kibet,Honey",
    "Kamau,Otieno,Mwangi,Odhiambo,Kipchoge,Wekesa,Mutua,Njoroge,Omondi,Kariuki,Chelimo", "gmail.com,yahoo.co.ke"),
  r("SG", "Tampines,Jurong East,Toa Payoh,Woodlands,Bedok", "Wei Ling,Jun Jie,Hui Min,Xin Yi,Kavitha,Muthu,Nurul,Zhi Hao,Shu Fen,Yong Sheng,Ruby",
    "Chua,Goh,Teo,Koh,Pillai,Subramaniam,Wong,Seah,Yeo,Kwek", "singnet.com.sg,gmail.com"),
  r("MY", "Petaling Jaya,Ipoh,Johor Bahru,Kuching,Shah Alam", "Nur Aisyah/f,Ahmad Faiz/m,Siti Hajar/f,Muhammad Hafiz/m,Farah/f,Azlan/m,Izzati/f,Khairul/m",
    "bin Abdullah/m,binti Ismail/f,bin Hassan/m,binti Yusof/f,bin Othman/m,binti Rahman/f", "gmail.com,yahoo.com.my"),
  r("JM", "Montego Bay,Kingston,Spanish Town,Ocho Rios,Mandeville", "Shanique,Delroy,Tanisha,Kemar,Marcia,Fitzroy,Odette,Andre,Sherika,Winston",
    "Campbell,Thompson,McKenzie,Gayle,Barrett,Powell,Morrison,Whyte,Bailey,Samuels", "gmail.com,hotmail.com"),
  r("TT", "San Fernando,Chaguanas,Arima,Port of Spain,Couva", "Ramesh,Anisa,Kerwin,Sharlene,Deon,Vishala,Jhanelle,Keron,Dexter,Indira",
    "Ramdass,Maharaj,Mohammed,Persad,Baptiste,Ragoonanan,de Gannes,Lezama,Rampersad,Seepersad", "tstt.net.tt,gmail.com"),
  r("PK", "Lahore,Karachi,Rawalpindi,Faisalabad,Multan", "Ayesha,Bilal,Fatima,Usman,Zainab,Hamza,Sana,Imran,Mahnoor,Faisal",
    "Qureshi,Chaudhry,Siddiqui,al-Hashmi,Malik,Raza,Sheikh,Abbasi,Khawaja,Mirza", "gmail.com,yahoo.com"),
  r("HK", "Sha Tin,Kowloon Bay,Tsuen Wan,Wan Chai,Tuen Mun", "Ka Wai,Wing Yan,Chi Ming,Mei Yee,Tsz Hin,Hoi Ying,Kwok Keung,Suet Ling,Winnie,Kelvin",
    "Leung,Cheung,Tsang,Kwok,Yip,Fung,Chow,Yeung,Poon", "netvigator.com,gmail.com"),
]

export const EN: Lang = {
  code: "en",
  regions: REGIONS,
  nfd: false,
  iban: ["GB"],
  w: {
    hi: "Hi", thanks: "Thanks", callMe: "call me on", or: "or", name: "Name", phone: "Phone", mobile: "Mobile", email: "Email",
    customer: "customer", agent: "Agent", re: "Re", callback: "Please call back", spoke: "Spoke with", bye: "Cheers", contact: "contact", ext: "ext.",
  },
  wordNames: [
    { name: "Hope", phrase: "[Hope] this gets sorted soon." }, { name: "Hope", phrase: "We [hope] to hear back today." },
    { name: "Joy", phrase: "No [joy] with the online form." }, { name: "Sunny", phrase: "It was [sunny] so nobody was home." },
    { name: "Summer", phrase: "Busy over the [summer] period." }, { name: "Rose", phrase: "The charge [rose] again this month." },
    { name: "Faith", phrase: "Refund agreed in good [faith]." }, { name: "Will", phrase: "Someone [will] call back." },
    { name: "Bill", phrase: "The [bill] was sent twice." }, { name: "Mark", phrase: "Please [mark] this urgent." },
    { name: "Victoria", phrase: "Transferred to the [Victoria] Street branch." }, { name: "Dawn", phrase: "Out since [dawn], still waiting." },
    { name: "Sky", phrase: "Dark [sky], storm warning on." }, { name: "Honey", phrase: "Thanks [honey], very kind." },
    { name: "Ruby", phrase: "Their [ruby] anniversary trip was cut short." },
  ],
}
