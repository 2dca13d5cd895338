import { dmyDots, dmySlash, euroAmount, hm, type Lang } from "./lang.ts"

type Base = Omit<Lang, "amount" | "date" | "time" | "tel" | "mobile" | "fax" | "subject" | "fwd"> & Partial<Lang>

function eu(b: Base): Lang {
  return { amount: euroAmount, date: dmyDots, time: hm, tel: "Tel.", mobile: "Mob.", fax: "Fax", subject: "Betreff:", fwd: "-------- Forwarded Message --------", ...b }
}

const h = (first: string, last: string, phone: string, email: string, note: string, city: string) => ({ first, last, phone, email, note, city })

export const DE = eu({
  code: "de", variant: "de", origins: ["german", "turkish", "slavic", "hyphenated", "particle", "arabic"],
  regions: ["DE", "DE", "AT", "CH"], ibans: ["DE", "AT", "CH"], titles: ["Herr", "Frau", "Dr."],
  hi: ["Hallo", "Guten Tag", "Moin", "Sehr geehrte Damen und Herren,"], bye: ["Danke", "Viele Grüße", "Mit freundlichen Grüßen", "LG"],
  intro: ["mein Name ist", "hier ist", "ich bin"], reach: ["erreichbar unter", "bitte Rückruf auf", "meine Handynummer ist"],
  mail: ["meine E-Mail ist", "bitte an", "Mail an"], cardIs: ["Kartennummer", "meine Kreditkarte"], ibanIs: ["meine IBAN lautet", "Erstattung bitte auf IBAN"],
  digits: ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
  lines: ["das Paket ist immer noch nicht da", "mir wurde doppelt abgebucht", "der Router verliert ständig die Verbindung", "ich möchte meinen Vertrag kündigen", "die Rechnung ist zu hoch"],
  agentLines: ["ich habe das an die Buchhaltung weitergegeben", "Ersatzgerät ist bestellt", "Gutschrift wurde veranlasst"],
  callback: "Rückruf gewünscht unter", order: "Bestellung", invoice: "Rechnung",
  postcodes: ["10115", "80331", "50667", "A-1010", "CH-8001"], streets: ["Rosenstraße", "Goethestraße", "Am Markt", "Wilhelmstraße"],
  nameWords: [["die ", "Mark", " war früher unsere Währung"], ["der Artikel ist in ", "Rose", " ausverkauft"]],
  headers: h("Vorname", "Nachname", "Telefon", "E-Mail", "Notiz", "Ort"),
  spokenIntro: "hallo hier ist", voicemailTail: ["äh bitte rufen Sie zurück", "danke tschüss", "es geht um die Rechnung"],
  signRole: ["Teamleiterin Kundenservice", "Sachbearbeiter Forderungsmanagement", "Leitung Vertrieb"], wrote: "schrieb:",
})

export const FR = eu({
  code: "fr", variant: "fr", origins: ["french", "westAfrican", "arabic", "hyphenated", "particle"],
  regions: ["FR", "FR", "BE", "CH"], ibans: ["FR", "BE", "LU"], titles: ["M.", "Mme", "Monsieur", "Madame"],
  hi: ["Bonjour", "Salut", "Bonsoir", "Madame, Monsieur,"], bye: ["Merci", "Cordialement", "Bien à vous", "Bonne journée"],
  intro: ["je m'appelle", "ici", "c'est"], reach: ["joignable au", "rappelez-moi au", "mon portable :"],
  mail: ["mon e-mail est", "écrivez-moi à", "mon adresse mail :"], cardIs: ["numéro de carte", "ma carte bancaire"], ibanIs: ["mon IBAN est", "remboursement sur l'IBAN"],
  digits: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
  lines: ["le colis n'est toujours pas arrivé", "j'ai été prélevé deux fois", "la box se déconnecte sans arrêt", "je souhaite résilier mon abonnement"],
  agentLines: ["j'ai transmis au service facturation", "un remplacement est en cours", "le remboursement est validé"],
  callback: "rappel demandé au", order: "commande", invoice: "facture", subject: "Objet :", wrote: "a écrit :",
  amount: (n, c) => `${n.toLocaleString("fr-FR").replace(/\u202f/g, " ")},${String(c).padStart(2, "0")} €`, date: dmySlash,
  time: (hh, m) => `${hh}h${String(m).padStart(2, "0")}`,
  postcodes: ["75011", "69002", "13001", "1000 Bruxelles"], streets: ["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Saint-Michel"],
  nameWords: [["une robe ", "rose", " taille 38"]], headers: h("prénom", "nom", "téléphone", "email", "remarque", "ville"),
  spokenIntro: "oui bonjour c'est", voicemailTail: ["merci de me rappeler", "voilà merci au revoir", "c'est pour la facture"],
  signRole: ["Responsable service client", "Conseillère clientèle", "Chargé de recouvrement"],
})

export const ES = eu({
  code: "es", variant: "es", origins: ["hispanic", "arabic", "particle", "westAfrican"],
  regions: ["ES", "ES", "MX"], ibans: ["ES"], titles: ["Sr.", "Sra.", "don", "doña"],
  hi: ["Hola", "Buenos días", "Buenas tardes", "Estimado cliente,"], bye: ["Gracias", "Un saludo", "Saludos cordiales", "Atentamente"],
  intro: ["me llamo", "soy", "le habla"], reach: ["mi móvil es el", "llámeme al", "contacto:"],
  mail: ["mi correo es", "escríbame a"], cardIs: ["número de tarjeta", "mi tarjeta"], ibanIs: ["mi IBAN es", "devolución al IBAN"],
  digits: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
  lines: ["el pedido no ha llegado", "me han cobrado dos veces", "el router se desconecta", "quiero darme de baja"],
  agentLines: ["lo he pasado a facturación", "se ha enviado un repuesto", "el reembolso está en curso"],
  callback: "devolver llamada al", order: "pedido", invoice: "factura", subject: "Asunto:", wrote: "escribió:", date: dmySlash,
  amount: (n, c) => `${n.toLocaleString("de-DE")},${String(c).padStart(2, "0")} €`,
  postcodes: ["28013", "08002", "46001"], streets: ["calle Mayor", "avenida de la Constitución", "calle de Alcalá"],
  nameWords: [["camiseta ", "rosa", " talla M"]], headers: h("nombre", "apellidos", "teléfono", "correo", "nota", "ciudad"),
  spokenIntro: "hola buenas soy", voicemailTail: ["llámeme cuando pueda gracias", "es por la factura vale adiós"],
  signRole: ["Responsable de Atención al Cliente", "Gestora de cuentas"],
})

export const IT = eu({
  code: "it", variant: "it", origins: ["italian", "particle", "arabic", "slavic"],
  regions: ["IT", "IT", "CH"], ibans: ["IT"], titles: ["sig.", "sig.ra", "dott.", "dott.ssa"],
  hi: ["Ciao", "Buongiorno", "Salve", "Gentile cliente,"], bye: ["Grazie", "Cordiali saluti", "A presto", "Distinti saluti"],
  intro: ["mi chiamo", "sono", "qui è"], reach: ["il mio cellulare è", "richiamatemi al", "recapito:"],
  mail: ["la mia email è", "scrivetemi a"], cardIs: ["numero carta", "la mia carta"], ibanIs: ["il mio IBAN è", "rimborso sull'IBAN"],
  digits: ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
  lines: ["il pacco non è ancora arrivato", "mi avete addebitato due volte", "il modem si disconnette", "vorrei disdire il contratto"],
  agentLines: ["ho inoltrato all'amministrazione", "la sostituzione è stata spedita"],
  callback: "richiamare al", order: "ordine", invoice: "fattura", subject: "Oggetto:", wrote: "ha scritto:", date: dmySlash,
  postcodes: ["00184", "20121", "50123"], streets: ["via Roma", "corso Vittorio Emanuele", "via Garibaldi"],
  nameWords: [["maglia ", "rosa", " taglia L"]], headers: h("nome", "cognome", "telefono", "email", "nota", "città"),
  spokenIntro: "pronto buongiorno sono", voicemailTail: ["mi richiami grazie", "per la bolletta ciao"],
  signRole: ["Responsabile Assistenza Clienti", "Ufficio Amministrazione"],
})

export const NL = eu({
  code: "nl", variant: "nl", origins: ["dutch", "particle", "turkish", "arabic"],
  regions: ["NL", "NL", "BE"], ibans: ["NL", "BE"], titles: ["meneer", "mevrouw", "dhr.", "mevr."],
  hi: ["Hoi", "Goedemiddag", "Beste", "Hallo"], bye: ["Dank je", "Met vriendelijke groet", "Groetjes", "Mvg"],
  intro: ["mijn naam is", "u spreekt met", "ik ben"], reach: ["bereikbaar op", "bel me terug op", "mijn mobiel is"],
  mail: ["mijn e-mail is", "mail naar"], cardIs: ["kaartnummer", "mijn creditcard"], ibanIs: ["mijn IBAN is", "terugbetalen op IBAN"],
  digits: ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
  lines: ["het pakket is nog niet bezorgd", "ik ben twee keer afgeschreven", "de modem valt steeds uit", "ik wil opzeggen"],
  agentLines: ["doorgezet naar facturatie", "nieuw toestel is besteld"],
  callback: "terugbellen op", order: "bestelling", invoice: "factuur", subject: "Onderwerp:", wrote: "schreef:", date: (d, m, y) => `${d}-${m}-${y}`,
  postcodes: ["1012 AB", "3011 CD", "2000 Antwerpen"], streets: ["Kerkstraat", "Prinsengracht", "Willemsplein"],
  nameWords: [], headers: h("voornaam", "achternaam", "telefoon", "e-mail", "notitie", "plaats"),
  spokenIntro: "hallo met", voicemailTail: ["wilt u terugbellen dank u", "het gaat om de factuur doei"],
  signRole: ["Teamleider Klantenservice", "Medewerker Debiteurenbeheer"],
})

export const PT = eu({
  code: "pt", variant: "pt", origins: ["portuguese", "particle", "hispanic", "westAfrican"],
  regions: ["PT", "PT", "BR"], ibans: ["PT"], titles: ["Sr.", "Sra.", "Dona", "Dr."],
  hi: ["Olá", "Bom dia", "Boa tarde", "Caro cliente,"], bye: ["Obrigado", "Cumprimentos", "Atenciosamente", "Obrigada"],
  intro: ["chamo-me", "o meu nome é", "fala"], reach: ["o meu telemóvel é", "liguem-me para", "contacto:"],
  mail: ["o meu email é", "enviem para"], cardIs: ["número do cartão", "o meu cartão"], ibanIs: ["o meu IBAN é", "reembolso para o IBAN"],
  digits: ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
  lines: ["a encomenda ainda não chegou", "fui cobrado duas vezes", "o router desliga-se", "quero cancelar o contrato"],
  agentLines: ["reencaminhei para a faturação", "o reembolso está em curso"],
  callback: "ligar de volta para", order: "encomenda", invoice: "fatura", subject: "Assunto:", wrote: "escreveu:", date: dmySlash,
  postcodes: ["1100-148", "4000-322"], streets: ["Rua Augusta", "Avenida da Liberdade"],
  nameWords: [["camisola ", "rosa", " tamanho M"]], headers: h("nome", "apelido", "telefone", "email", "nota", "cidade"),
  spokenIntro: "olá fala", voicemailTail: ["liguem-me por favor obrigado", "é sobre a fatura adeus"],
  signRole: ["Responsável de Apoio ao Cliente", "Gestora de Conta"],
})

export const PL = eu({
  code: "pl", variant: "pl", origins: ["polish", "slavic", "hyphenated"],
  regions: ["PL", "PL", "DE"], ibans: ["PL"], titles: ["Pan", "Pani", "p.", "dr"],
  hi: ["Dzień dobry", "Cześć", "Witam", "Szanowni Państwo,"], bye: ["Dziękuję", "Pozdrawiam", "Z poważaniem"],
  intro: ["nazywam się", "tu", "mówi"], reach: ["mój numer to", "proszę oddzwonić na", "kontakt:"],
  mail: ["mój e-mail to", "proszę pisać na"], cardIs: ["numer karty", "moja karta"], ibanIs: ["mój IBAN to", "zwrot na IBAN"],
  digits: ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
  lines: ["paczka jeszcze nie dotarła", "pobrano opłatę dwa razy", "router ciągle się rozłącza", "chcę wypowiedzieć umowę"],
  agentLines: ["przekazałem do działu rozliczeń", "zwrot jest w trakcie"],
  callback: "oddzwonić na", order: "zamówienie", invoice: "faktura", subject: "Temat:", wrote: "napisał(a):",
  amount: (n, c) => `${n.toLocaleString("pl-PL").replace(/\u00a0/g, " ")},${String(c).padStart(2, "0")} zł`,
  postcodes: ["00-950", "31-008"], streets: ["ul. Marszałkowska", "ul. Floriańska"],
  nameWords: [], headers: h("imię", "nazwisko", "telefon", "e-mail", "notatka", "miasto"),
  spokenIntro: "dzień dobry tu", voicemailTail: ["proszę o kontakt dziękuję", "chodzi o fakturę do widzenia"],
  signRole: ["Kierownik Obsługi Klienta", "Specjalista ds. rozliczeń"],
})

export const SV = eu({
  code: "sv", variant: "sv", origins: ["swedish", "arabic", "slavic", "turkish"],
  regions: ["SE", "SE", "DK", "NO", "FI"], ibans: ["SE", "DK", "FI", "NO"], titles: ["herr", "fru"],
  hi: ["Hej", "Hejsan", "God morgon", "Hej hej"], bye: ["Tack", "Mvh", "Vänliga hälsningar", "Hälsningar"],
  intro: ["jag heter", "det här är", "det är"], reach: ["nås på", "ring mig på", "mitt mobilnummer är"],
  mail: ["min mejl är", "skicka till"], cardIs: ["kortnummer", "mitt kort"], ibanIs: ["mitt IBAN är", "återbetalning till IBAN"],
  digits: ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
  lines: ["paketet har inte kommit", "jag har dragits två gånger", "routern tappar anslutningen", "jag vill säga upp avtalet"],
  agentLines: ["skickat vidare till fakturering", "ny enhet är beställd"],
  callback: "ring tillbaka på", order: "order", invoice: "faktura", subject: "Ämne:", wrote: "skrev:",
  amount: (n, c) => `${n.toLocaleString("sv-SE").replace(/\u00a0/g, " ")},${String(c).padStart(2, "0")} kr`,
  date: (d, m, y) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  postcodes: ["111 22", "411 05"], streets: ["Drottninggatan", "Storgatan"],
  nameWords: [], headers: h("förnamn", "efternamn", "telefon", "e-post", "anteckning", "ort"),
  spokenIntro: "hej det är", voicemailTail: ["ring tillbaka tack", "det gäller fakturan hej då"],
  signRole: ["Teamledare Kundtjänst", "Ekonomiansvarig"],
})

export const EU_LANGS = [DE, FR, ES, IT, NL, PT, PL, SV]
