// The 25 locales: their people's names (native script; gendered family names where the language has them), towns,
// mail domains and the words table they speak from. The US South and Midwest share en-US and differ by region.
import type { CountryCode } from "libphonenumber-js/max"

export type Gender = "m" | "f"
export interface Locale {
  tag: string
  cc: CountryCode
  /** Key of the words table. */
  lang: string
  given: ReadonlyArray<readonly [string, Gender]>
  /** A family name, or its masculine and feminine forms. */
  family: ReadonlyArray<string | readonly [string, string]>
  familyFirst?: boolean
  /** Two surnames joined as the locale does (Catalan `i`, Mexican paternal + maternal). */
  twoSurnames?: string
  cities: readonly string[]
  tld: string
  mail: readonly string[]
}

const g = (m: string, f: string) =>
  [...m.split(", ").map((x) => [x, "m"] as const), ...f.split(", ").map((x) => [x, "f"] as const)]
const fam = (s: string) => s.split(", ")
const pairs = (s: string) => s.split(", ").map((x) => x.split("/") as unknown as readonly [string, string])

export const LOCALES: readonly Locale[] = [
  { tag: "en-IE", cc: "IE", lang: "en", given: g("Ciarán, Pádraig, Eoin, Cathal, Darragh, Oisín", "Aoife, Siobhán, Niamh, Saoirse, Orla, Gráinne, Róisín"),
    family: fam("Ó Súilleabháin, Byrne, Ní Bhriain, Mac Cárthaigh, Kavanagh, Doherty, Fitzgerald, Ó Ceallaigh, Brennan, Moloney, Quinlan, Brophy"),
    cities: ["Dublin", "Cork", "Galway", "Limerick"], tld: "ie", mail: ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"] },
  { tag: "en-IN", cc: "IN", lang: "en", given: g("Arjun, Rohit, Siddharth, Venkatesh, Rahul, Harpreet", "Priya, Ananya, Kavya, Meenakshi, Aditi, Lakshmi"),
    family: fam("Iyer, Reddy, Banerjee, Deshpande, Chatterjee, Nair, Gill, Kulkarni, Menon, Agarwal, Mukherjee, Rao"),
    cities: ["Pune", "Bengaluru", "Chennai", "Hyderabad"], tld: "in", mail: ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"] },
  { tag: "en-CA", cc: "CA", lang: "en", given: g("Tyler, Jordan, Ryan, Liam, Connor, Mathieu", "Brittany, Chantal, Kayla, Mackenzie, Amélie, Sarah"),
    family: fam("Tremblay, MacDonald, Campbell, Gagnon, Wilson, Fraser, Chen, Leblanc, Robertson, Côté, McKenzie, Bouchard"),
    cities: ["Toronto", "Halifax", "Calgary", "Ottawa"], tld: "ca", mail: ["gmail.com", "shaw.ca", "sympatico.ca", "rogers.com"] },
  { tag: "en-PH", cc: "PH", lang: "en", given: g("Jhun, Arnel, Ramil, Noel, Rommel, Jerome", "Maricel, Rowena, Jocelyn, Kristine, Divina, Analyn"),
    family: fam("dela Cruz, Santos, Reyes, Bautista, Villanueva, Mendoza, Aquino, Ocampo, Manalo, de Guzman, Pascual, Macaraeg"),
    cities: ["Quezon City", "Cebu City", "Davao City", "Makati"], tld: "ph", mail: ["gmail.com", "yahoo.com.ph", "yahoo.com", "outlook.com"] },
  { tag: "en-NZ", cc: "NZ", lang: "en", given: g("Tama, Hemi, Wiremu, Tāne, Lachlan, Manaia", "Mere, Ngaio, Kiri, Hana, Olivia, Sophie"),
    family: fam("Ngata, Parata, Walker, Thompson, Tipene, Henare, Rāwiri, Pōtae, Harrison, Te Whata, Wikaira, Brown"),
    cities: ["Auckland", "Wellington", "Christchurch", "Hamilton"], tld: "nz", mail: ["gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com"] },
  { tag: "en-US", cc: "US", lang: "en", given: g("Cody, Dustin, Travis, Kyle, Billy Ray, Earl", "Tammy, Darlene, Brandi, LaToya, Jolene, Mary Beth, Heather"),
    family: fam("Pruitt, Kowalski, Thibodeaux, Hartwell, Schroeder, Gunderson, Washington, Olson, Boudreaux, Lindqvist, Yoder, McCall"),
    cities: ["Nashville", "Birmingham", "Columbus", "Des Moines", "Memphis", "Milwaukee"], tld: "com", mail: ["gmail.com", "yahoo.com", "att.net", "aol.com"] },
  { tag: "nl-NL", cc: "NL", lang: "nl", given: g("Joost, Bram, Thijs, Ruud, Daan, Wouter", "Sanne, Anouk, Femke, Lotte, Marieke, Esther"),
    family: fam("de Vries, van den Berg, Bakker, Visser, Jansen, van Dijk, Smit, de Jong, Mulder, Kuipers, van der Meulen, Hendriks"),
    cities: ["Utrecht", "Amersfoort", "Zwolle", "Leiden"], tld: "nl", mail: ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"] },
  { tag: "nl-BE", cc: "BE", lang: "nl", given: g("Pieter-Jan, Wout, Koen, Stijn, Bart, Joris", "Lien, Ellen, Griet, Ine, Hanne, Sofie"),
    family: fam("Peeters, Janssens, Maes, Vermeulen, Claes, Goossens, Wouters, De Smet, Van Damme, Willems, Mertens, Dewulf"),
    cities: ["Gent", "Leuven", "Antwerpen", "Brugge"], tld: "be", mail: ["telenet.be", "gmail.com", "skynet.be", "hotmail.be"] },
  { tag: "da-DK", cc: "DK", lang: "da", given: g("Rasmus, Mads, Søren, Jesper, Niels, Anders", "Mette, Signe, Freja, Ida, Lærke, Camilla"),
    family: fam("Nørgaard, Kristensen, Thomsen, Poulsen, Lund, Sørensen, Mikkelsen, Dahl, Holm, Frandsen, Bech, Kjær"),
    cities: ["Aarhus", "Odense", "Aalborg", "København"], tld: "dk", mail: ["gmail.com", "live.dk", "mail.dk", "hotmail.dk"] },
  { tag: "nb-NO", cc: "NO", lang: "nb", given: g("Ole, Sindre, Håkon, Eirik, Torbjørn, Magnus", "Ingrid, Kari, Solveig, Marte, Ragnhild, Silje"),
    family: fam("Haugen, Johansen, Berg, Solberg, Bakken, Strand, Lie, Nygård, Aasen, Halvorsen, Moe, Fjeld"),
    cities: ["Bergen", "Trondheim", "Stavanger", "Tromsø"], tld: "no", mail: ["gmail.com", "online.no", "hotmail.no", "outlook.com"] },
  { tag: "hu-HU", cc: "HU", lang: "hu", familyFirst: true, given: g("Bence, Gergely, Ádám, Levente, Tamás, Zoltán", "Zsófia, Réka, Eszter, Dóra, Katalin, Boglárka"),
    family: fam("Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Lakatos"),
    cities: ["Debrecen", "Szeged", "Pécs", "Győr"], tld: "hu", mail: ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu"] },
  { tag: "sk-SK", cc: "SK", lang: "sk", given: g("Martin, Peter, Jozef, Tomáš, Michal, Ľubomír", "Zuzana, Katarína, Lucia, Veronika, Monika, Jana"),
    family: pairs("Kováč/Kováčová, Varga/Vargová, Novák/Nováková, Baláž/Balážová, Lukáč/Lukáčová, Šimko/Šimková, Kráľ/Kráľová, Hudák/Hudáková, Polák/Poláková"),
    cities: ["Bratislava", "Košice", "Žilina", "Nitra"], tld: "sk", mail: ["azet.sk", "gmail.com", "zoznam.sk", "centrum.sk"] },
  { tag: "sl-SI", cc: "SI", lang: "sl", given: g("Matej, Luka, Jure, Gašper, Rok, Žiga", "Nina, Tjaša, Špela, Urška, Nataša, Mojca"),
    family: fam("Novak, Horvat, Krajnc, Kovačič, Zupančič, Potočnik, Mlakar, Vidmar, Golob, Kralj, Žagar, Bizjak"),
    cities: ["Ljubljana", "Maribor", "Celje", "Koper"], tld: "si", mail: ["gmail.com", "siol.net", "t-2.net", "amis.net"] },
  { tag: "lt-LT", cc: "LT", lang: "lt", given: g("Mantas, Tomas, Darius, Lukas, Vytautas, Giedrius", "Rūta, Aistė, Ieva, Gintarė, Jurgita, Eglė"),
    family: pairs("Kazlauskas/Kazlauskienė, Petrauskas/Petrauskienė, Jankauskas/Jankauskaitė, Stankevičius/Stankevičienė, Vasiliauskas/Vasiliauskienė, Žukauskas/Žukauskaitė, Butkus/Butkutė, Paulauskas/Paulauskienė"),
    cities: ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"], tld: "lt", mail: ["gmail.com", "inbox.lt", "one.lt", "yahoo.com"] },
  { tag: "lv-LV", cc: "LV", lang: "lv", given: g("Jānis, Andris, Mārtiņš, Edgars, Kristaps, Raivis", "Līga, Ilze, Inese, Dace, Kristīne, Zane"),
    family: pairs("Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Liepa/Liepa, Krūmiņš/Krūmiņa, Jansons/Jansone, Vītols/Vītola, Kļaviņš/Kļaviņa"),
    cities: ["Rīga", "Jelgava", "Liepāja", "Daugavpils"], tld: "lv", mail: ["inbox.lv", "gmail.com", "apollo.lv", "one.lv"] },
  { tag: "bg-BG", cc: "BG", lang: "bg", given: g("Георги, Иван, Димитър, Николай, Стоян, Петър", "Мария, Десислава, Гергана, Йорданка, Цветелина, Радостина"),
    family: pairs("Иванов/Иванова, Петров/Петрова, Георгиев/Георгиева, Димитров/Димитрова, Николов/Николова, Стоянов/Стоянова, Тодоров/Тодорова, Христов/Христова"),
    cities: ["София", "Пловдив", "Варна", "Бургас"], tld: "bg", mail: ["abv.bg", "mail.bg", "gmail.com", "dir.bg"] },
  { tag: "uk-UA", cc: "UA", lang: "uk", given: g("Олександр, Андрій, Богдан, Тарас, Дмитро, Ярослав", "Оксана, Ірина, Наталія, Олена, Соломія, Юлія"),
    family: [...fam("Шевченко, Бондаренко, Коваленко, Мельник, Ткаченко, Кравчук, Бойко, Гнатюк"), ...pairs("Ковальський/Ковальська, Левицький/Левицька")],
    cities: ["Київ", "Львів", "Харків", "Одеса"], tld: "ua", mail: ["ukr.net", "gmail.com", "i.ua", "meta.ua"] },
  { tag: "sr-Latn-RS", cc: "RS", lang: "sr", given: g("Nemanja, Miloš, Dušan, Stefan, Marko, Nikola", "Jelena, Milica, Jovana, Dragana, Ivana, Tijana"),
    family: fam("Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović, Milošević, Todorović, Kostić"),
    cities: ["Beograd", "Novi Sad", "Niš", "Kragujevac"], tld: "rs", mail: ["gmail.com", "eunet.rs", "yahoo.com", "mts.rs"] },
  { tag: "ca-ES", cc: "ES", lang: "ca", twoSurnames: " i ", given: g("Jordi, Pau, Arnau, Oriol, Xavier, Pere", "Montserrat, Núria, Mireia, Laia, Meritxell, Roser"),
    family: fam("Puig, Vila, Soler, Ferrer, Pujol, Serra, Vidal, Bosch, Riera, Casals, Roca, Sabaté"),
    cities: ["Girona", "Lleida", "Tarragona", "Sabadell"], tld: "cat", mail: ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net"] },
  { tag: "es-MX", cc: "MX", lang: "es", twoSurnames: " ", given: g("José Luis, Alejandro, Jesús, Juan Carlos, Emiliano, Rodrigo", "Guadalupe, Itzel, Ximena, Fernanda, Marisol, Araceli"),
    family: fam("Hernández, García, Martínez, López, González, Ramírez, Flores, Cruz, Morales, Ortiz, Castillo, Gutiérrez"),
    cities: ["Guadalajara", "Monterrey", "Puebla", "Querétaro"], tld: "mx", mail: ["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"] },
  { tag: "es-AR", cc: "AR", lang: "es", given: g("Matías, Facundo, Nicolás, Santiago, Gonzalo, Tomás", "Agustina, Florencia, Camila, Valentina, Lucía, Micaela"),
    family: fam("Fernández, Rodríguez, Gómez, Díaz, Romero, Álvarez, Benítez, Acosta, Sosa, Pereyra, Ferreyra, Giménez"),
    cities: ["Córdoba", "Rosario", "Mendoza", "La Plata"], tld: "ar", mail: ["gmail.com", "hotmail.com", "fibertel.com.ar", "yahoo.com.ar"] },
  { tag: "de-CH", cc: "CH", lang: "de", given: g("Reto, Beat, Urs, Lukas, Jürg, Marco", "Ursula, Corinne, Nadine, Seraina, Andrea, Barbara"),
    family: fam("Müller, Meier, Keller, Brunner, Gerber, Baumann, Huber, Zürcher, Steiner, Schmid, Frei, Wyss"),
    cities: ["Zürich", "Bern", "Luzern", "Winterthur"], tld: "ch", mail: ["bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch"] },
  { tag: "fr-CH", cc: "CH", lang: "fr", given: g("Loïc, Yannick, Cédric, Gaël, Fabien, Sébastien", "Mélanie, Séverine, Aurélie, Joëlle, Nathalie, Valérie"),
    family: fam("Favre, Rochat, Perrin, Golay, Monnier, Chappuis, Jaquet, Bonvin, Dubuis, Mottier, Pittet, Cuénod"),
    cities: ["Lausanne", "Genève", "Neuchâtel", "Fribourg"], tld: "ch", mail: ["bluewin.ch", "gmail.com", "hispeed.ch", "romandie.com"] },
  { tag: "fr-LU", cc: "LU", lang: "fr", given: g("Claude, Laurent, Patrick, Luc, Tom, Yves", "Anne, Sophie, Nathalie, Isabelle, Carole, Michèle"),
    family: fam("Schmit, Weber, Hoffmann, Muller, Wagner, Kieffer, Reuter, Kremer, Ferreira, Da Silva, Thill, Lentz"),
    cities: ["Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange"], tld: "lu", mail: ["pt.lu", "gmail.com", "internet.lu", "hotmail.com"] },
  { tag: "de-LU", cc: "LU", lang: "de", given: g("Gilles, Pit, Jeff, Georges, Sven, Marc", "Carine, Mandy, Josiane, Tessy, Sandy, Nadine"),
    family: fam("Majerus, Goedert, Feltgen, Weis, Schiltz, Welter, Hoffmann, Reding, Kayser, Thill, Bettendorf, Ries"),
    cities: ["Luxemburg", "Ettelbruck", "Diekirch", "Wiltz"], tld: "lu", mail: ["pt.lu", "gmail.com", "vo.lu", "internet.lu"] },
]
