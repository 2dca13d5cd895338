// The few words each language needs. Where a language inflects names after a verb,
// the call phrase uses a colon form so the name stays as written.
export interface Lex {
  hello: string
  thanks: string
  name: string
  phone: string
  mobile: string
  email: string
  or: string
  call: [string, string]
  rel: [string, string, string]
  noun: Record<"care" | "air" | "solar" | "gym", string>
  agent: string
  /** Voicemail opening; {name} and {org} are filled in. */
  vm: string
  /** Sentences with one ordinary word that is also a name: [before, word, after]. */
  words: [string, string, string][]
}

const L = (hello: string, thanks: string, name: string, phone: string, mobile: string, email: string, or: string, call: [string, string], rel: string, noun: string, agent: string, vm: string, words: [string, string, string][] = []): Lex => {
  const [r1, r2, r3] = rel.split(",") as [string, string, string]
  const [care, air, solar, gym] = noun.split(",") as [string, string, string, string]
  return { hello, thanks, name, phone, mobile, email, or, call, rel: [r1, r2, r3], noun: { care, air, solar, gym }, agent, vm, words }
}

export const LEX: Record<string, Lex> = {
  en: L("hi", "thanks", "Name", "Phone", "Mobile", "Email", "or", ["Please call ", " on "], "daughter,son,neighbour", "client,passenger,customer,member", "Agent", "Hi it's {name} from {org}", [
    ["We ", "hope", " to sort it this week."], ["There is a 14-day ", "grace", " period on the fee."], ["The engineer ", "will", " ring ahead."],
    ["Please ", "mark", " the file as priority."], ["The ", "rose", " bed by the door needs clearing."], ["Clear ", "sky", " forecast for Monday."],
    ["Our ", "summer", " timetable starts Monday."], ["Delayed by the ", "storm", " on Tuesday."], ["Thanks for your ", "patience", "."], ["Left at the ", "mercy", " of the weather."],
  ]),
  da: L("hej", "tak", "Navn", "Tlf.", "Mobil", "E-mail", "eller", ["Ring til ", " på "], "datter,søn,nabo", "borger,passager,kunde,medlem", "Medarbejder", "Hej, det er {name} fra {org}", [["En ", "lærke", " sang over parkeringspladsen."]]),
  nb: L("hei", "takk", "Navn", "Tlf.", "Mobil", "E-post", "eller", ["Ring ", " på "], "datter,sønn,nabo", "bruker,passasjer,kunde,medlem", "Saksbehandler", "Hei, det er {name} fra {org}", [["Det var ", "sol", " hele dagen."]]),
  sk: L("dobrý deň", "ďakujem", "Meno", "Tel.", "Mobil", "E-mail", "alebo", ["Kontakt: ", ", tel. "], "dcéra,syn,sused", "klient,cestujúci,zákazník,člen", "Operátor", "Dobrý deň, tu je {name} z {org}", [["Naša ", "viera", " v opravu je malá."]]),
  hu: L("szia", "köszönöm", "Név", "Tel.", "Mobil", "E-mail", "vagy", ["Visszahívás: ", ", tel. "], "lánya,fia,szomszéd", "ügyfél,utas,ügyfél,tag", "Ügyintéző", "Jó napot, {name} vagyok, a {org} munkatársa", [["Egy szál ", "virág", " maradt az öltözőben."]]),
  sl: L("živjo", "hvala", "Ime", "Tel.", "Mobitel", "E-pošta", "ali", ["Kontakt: ", ", tel. "], "hči,sin,sosed", "stranka,potnik,stranka,član", "Operater", "Pozdravljeni, tukaj {name} iz {org}"),
  bg: L("здравейте", "благодаря", "Име", "Тел.", "Мобилен", "Имейл", "или", ["Лице за контакт: ", ", тел. "], "дъщеря,син,съсед", "клиент,пътник,клиент,член", "Оператор", "Здравейте, обажда се {name} от {org}", [["С ", "радост", " ще помогнем."], ["Има ", "надежда", " всичко да се реши утре."]]),
  lt: L("laba diena", "ačiū", "Vardas", "Tel.", "Mob.", "El. paštas", "arba", ["Kontaktinis asmuo: ", ", tel. "], "dukra,sūnus,kaimynas", "klientas,keleivis,klientas,narys", "Operatorius", "Laba diena, čia {name} iš {org}", [["Prie durų auga ", "rūta", "."]]),
  lv: L("sveiki", "paldies", "Vārds", "Tālr.", "Mob.", "E-pasts", "vai", ["Kontaktpersona: ", ", tālr. "], "meita,dēls,kaimiņš", "klients,pasažieris,klients,biedrs", "Operators", "Labdien, te {name} no {org}", [["Liela ", "laima", ", ka viss atrisinājās."]]),
  pt: L("olá", "obrigado", "Nome", "Tel.", "Telemóvel", "Email", "ou", ["Ligar a ", " pelo "], "filha,filho,vizinho", "utente,passageiro,cliente,sócio", "Assistente", "Olá, fala {name} da {org}", [["Foi uma ", "glória", " resolver isto tão depressa."]]),
  es: L("hola", "gracias", "Nombre", "Tel.", "Cel.", "Correo", "o", ["Llamar a ", " al "], "hija,hijo,vecino", "paciente,pasajero,cliente,socio", "Agente", "Hola, habla {name} de {org}", [
    ["Los ", "dolores", " de espalda siguen."], ["Había ", "rocío", " en el parabrisas esta mañana."], ["La ", "soledad", " le pesa mucho."], ["Con este ", "sol", " nadie quiere esperar."],
  ]),
  fr: L("bonjour", "merci", "Nom", "Tél.", "Cell.", "Courriel", "ou", ["Appeler ", " au "], "fille,fils,voisin", "client,passager,client,membre", "Agent", "Bonjour, c'est {name} de {org}", [["Un quartier très ", "aimé", " des familles."]]),
  de: L("grüezi", "merci", "Name", "Tel.", "Natel", "E-Mail", "oder", ["Rückruf an ", " unter "], "Tochter,Sohn,Nachbar", "Klient,Passagier,Kunde,Mitglied", "Sachbearbeiter", "Grüezi, hier ist {name} von {org}"),
  it: L("buongiorno", "grazie", "Nome", "Tel.", "Natel", "E-mail", "oppure", ["Richiamare ", " al "], "figlia,figlio,vicino", "utente,passeggero,cliente,socio", "Operatore", "Buongiorno, sono {name} di {org}"),
  ca: L("hola", "gràcies", "Nom", "Tel.", "Mòbil", "Correu", "o", ["Truqueu a ", " al "], "filla,fill,veí", "usuari,passatger,client,soci", "Agent", "Hola, sóc {name} de {org}", [["Diumenge vam pujar a ", "Montserrat", " amb el club."]]),
  eu: L("kaixo", "eskerrik asko", "Izena", "Tel.", "Mugikorra", "Posta", "edo", ["Harremanetarako: ", ", tel. "], "alaba,semea,bizilaguna", "bezeroa,bidaiaria,bezeroa,bazkidea", "Langilea", "Kaixo, {name} naiz, {org} zerbitzutik"),
  ru: L("здравствуйте", "спасибо", "Имя", "Тел.", "Моб.", "Эл. почта", "или", ["Контактное лицо: ", ", тел. "], "дочь,сын,сосед", "клиент,пассажир,клиент,член клуба", "Оператор", "Здравствуйте, это {name} из {org}", [
    ["Есть ", "надежда", ", что вопрос решится на этой неделе."], ["Главное — ", "вера", " в себя."], ["Вся ", "любовь", " к порядку видна в каждой записи."],
  ]),
  sq: L("përshëndetje", "faleminderit", "Emri", "Tel.", "Cel.", "Email", "ose", ["Kontakt: ", ", tel. "], "vajza,djali,fqinji", "klient,pasagjer,klient,anëtar", "Operatori", "Përshëndetje, jam {name} nga {org}", [["Iku ", "drita", " në lagje dje."]]),
  mt: L("bonġu", "grazzi", "Isem", "Tel.", "Mowbajl", "Email", "jew", ["Ċempel lil ", " fuq "], "bint,iben,ġar", "klijent,passiġġier,klijent,membru", "Aġent", "Bonġu, jien {name} minn {org}"),
}

/** Regions (phone pattern keys) of each language; English texts spread over thirteen. */
export const LANG_KEYS: Record<string, string[]> = {
  en: ["IE", "GB", "CA", "NZ", "IN", "GH", "PH", "BB", "GI", "ZW", "LK", "BM", "CY"],
  da: ["DK"], nb: ["NO"], sk: ["SK"], hu: ["HU"], sl: ["SI"], bg: ["BG"], lt: ["LT"], lv: ["LV"], pt: ["PT"],
  es: ["MX", "AR"], fr: ["BE", "FR_CA"], de: ["CH"], it: ["CH"], ca: ["ES"], eu: ["ES"], ru: ["RU"], sq: ["AL"], mt: ["MT"],
}

/** Name pool of a text: English by region, the others by language. */
export const poolKey = (lang: string, region: string) => (lang === "en" ? region : lang)

export const ORGS: Record<string, string[]> = {
  care: ["Brightwater Home Care", "Hearthside District Nursing", "CareLink Visiting", "Omsorg Plus", "Domicura"],
  air: ["AirHub Baggage Services", "WorldTracer desk", "Baggage Recovery Centre", "Aerodesk Handling"],
  solar: ["SunGrid Solar", "Helio Installers", "Voltaic Homes", "Fotovolt Energia"],
  gym: ["Pulse Leisure", "Ironworks Gym", "Arena Sports Club", "FitHub"],
}

export const PLACES: Record<string, string[]> = {
  IE: ["Galway", "Cork"], GB: ["Leeds", "Bradford"], CA: ["Halifax", "Winnipeg"], NZ: ["Dunedin", "Rotorua"], IN: ["Pune", "Hyderabad"],
  GH: ["Kumasi", "Tema"], PH: ["Cebu", "Davao"], BB: ["Bridgetown", "Speightstown"], GI: ["Catalan Bay", "Europa Point"], ZW: ["Bulawayo", "Gweru"],
  LK: ["Kandy", "Galle"], BM: ["St. George's", "Somerset"], CY: ["Limassol", "Larnaca"], DK: ["Aarhus", "Odense"], NO: ["Bergen", "Tromsø"],
  SK: ["Košice", "Žilina"], HU: ["Debrecen", "Győr"], SI: ["Maribor", "Celje"], BG: ["Пловдив", "Варна"], LT: ["Kaunas", "Klaipėda"],
  LV: ["Liepāja", "Jūrmala"], PT: ["Porto", "Braga"], MX: ["Guadalajara", "Monterrey"], AR: ["Córdoba", "Rosario"], BE: ["Liège", "Namur"],
  FR_CA: ["Québec", "Trois-Rivières"], CH: ["Winterthur", "Lugano"], ES: ["Girona", "Donostia"], RU: ["Казань", "Самара"], AL: ["Durrës", "Shkodër"], MT: ["Sliema", "Birkirkara"],
}
