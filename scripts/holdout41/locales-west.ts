// Flemish Dutch, Swiss German, Austrian German, Chilean and Colombian Spanish, Brazilian Portuguese.
import { keys, post } from "./kit.ts"
import type { Locale } from "./types.ts"

const ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
const DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
const ES_KEYS = keys("Nombre completo|Nombre|Apellidos|Teléfono|Correo|Ref.|Fecha|Notas|Asunto|De|Para|Enviado|Monto|Código postal|Hora")

function spanish(country: "CL" | "CO", hi: string[], call: string, dock: string): Locale["w"] {
  return {
    hi: [...hi, "Hola {given},"], bye: ["Saludos,", "Quedo atento,"], me: ["Me llamo {name}.", "Habla {name}."],
    call: [call, "Mi número es {phone}, después de las {time}."], or: "o", mail: ["Mi correo es {email}."],
    pay: ["Número de tarjeta {card}.", "Reembolso a la cuenta {iban}."],
    topic: {
      boiler: [`${country === "CL" ? "El calefón" : "El calentador"} {model} se apaga, presión {bar}, número de serie {serial}.`, "Visita de urgencia {job} el {date}, de {range}, valor {amount}."],
      bikes: [`La bici {frame} no quedó anclada en la ${dock} {dock}; orden de taller {bikejob}.`, "El viaje del {date} duró {dur} y me cobraron {amount}."],
      museum: ["Renové la membresía {member}, donación {amount}, ref. {giftaid}.", "Una consulta sobre la pieza {acc}."],
      tutoring: ["Inscripción al examen: número de postulante {cand}, sede {centre}, arancel {amount}.", "Ensayo {score}, nota {grade}."],
    },
    third: { boiler: ["El técnico {third} pasa el {date}, {range}."], bikes: ["El mecánico {third} cambió la cadena en {dur}."], museum: ["La curadora {third} agradece la donación ({acc})."], tutoring: ["El profesor {third} corrigió el ensayo: {score}."] },
    words: country === "CL" ? ["Todavía hay [esperanza] de que llegue el repuesto.", "El bus a [Rosario] sale a las {time}."] : ["Hay [esperanza] de que el repuesto llegue mañana.", "La floristería [Luz] del Valle queda al lado."],
    vm: ["Hola, habla {name}, mi número es {phone}."], thanks: ["Gracias, chao.", "Muchas gracias."], keys: ES_KEYS,
  }
}

export const WEST: Locale[] = [
  {
    tag: "nl-BE", country: "BE", iban: ["BE"], spoken: false, ext: "doorkies", nr: "nr.", host: "telenet.be", tld: "be",
    names: { m: ["Jan", "Pieter", "Wouter", "Bram", "Jef"], f: ["Els", "Roos", "Lotte", "Griet", "Annelies"], family: ["Peeters", "Janssens", "Van den Broeck", "De Smet", "Maes", "Claes", "Vermeulen"], title: ["dhr.", "mevr."] },
    fmt: { dec: ",", thou: ".", money: ["€ {n}", "{n} euro"], date: ["d/m/y", "d M y"], months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"], clock: "24", dur: ["{m} min", "{h} u {m} min"], post: post("1000", "2018", "9000") },
    biz: { boiler: "Verwarming Dringend Gent", bikes: "Deelfietsen Antwerpen", museum: "Vrienden van het Museum", tutoring: "Bijles Examens Leuven" },
    w: {
      hi: ["Dag {given},", "Hallo {given}!"], bye: ["Met vriendelijke groeten,", "Groetjes,"], me: ["Mijn naam is {name}.", "Met {name}."],
      call: ["Bel mij op {phone}.", "Ik ben bereikbaar op {phone} na {time}."], or: "of", mail: ["Mijn e-mail is {email}."],
      pay: ["Kaartnummer {card}.", "Terugbetaling op {iban}."],
      topic: {
        boiler: ["De ketel {model} valt in storing, druk {bar}, serienummer {serial}.", "Dringende interventie {job} op {date}, tussen {range}, kostprijs {amount}."],
        bikes: ["Fiets {frame} klikte niet vast in station {dock}; werkbon {bikejob}.", "De rit van {date} duurde {dur}, aangerekend {amount}."],
        museum: ["Lidmaatschap {member} verlengd, gift {amount}, ref. {giftaid}.", "Een vraag over object {acc}."],
        tutoring: ["Inschrijving examen: kandidaatnummer {cand}, centrum {centre}, kost {amount}.", "Proefexamen {score}, cijfer {grade}."],
      },
      third: { boiler: ["Technieker {third} komt op {date}, {range}."], bikes: ["Mecanicien {third} verving de ketting in {dur}."], museum: ["Conservator {third} bedankt voor de schenking ({acc})."], tutoring: ["Bijlesgever {third} verbeterde het proefexamen: {score}."] },
      words: ["Er stond een [roos] op de tafel van de balie.", "De trein naar [Parijs] vertrekt om {time}."], vm: ["Goeiedag, met {name}, mijn nummer is {phone}."], thanks: ["Merci, dag.", "Alvast bedankt."],
      keys: keys("Naam|Voornaam|Achternaam|Telefoon|E-mail|Ref.|Datum|Opmerking|Onderwerp|Van|Aan|Verzonden|Bedrag|Postcode|Uur"),
    },
  },
  {
    tag: "de-CH", country: "CH", iban: ["CH"], spoken: false, ext: "intern", nr: "Nr.", host: "bluewin.ch", tld: "ch",
    names: { m: ["Urs", "Reto", "Beat", "Lukas", "Andri"], f: ["Regula", "Vreni", "Nadia", "Corinne", "Seraina"], family: ["Müller", "Brunner", "Aebischer", "Bühler", "Zürcher", "Gerber"], title: ["Herr", "Frau"] },
    fmt: { dec: ".", thou: "'", money: ["CHF {n}", "Fr. {n}"], date: ["d.m.y", "d. M y"], months: DE_MONTHS, clock: "24", dur: ["{m} Min.", "{h} Std. {m} Min."], post: post("8004", "3011", "4051") },
    biz: { boiler: "Heizungs-Notdienst Zürich", bikes: "Veloverleih Bern", museum: "Kunstverein Mitgliederdienst", tutoring: "Nachhilfe Gymi-Prüfung" },
    w: {
      hi: ["Grüezi {given},", "Sali {given}!"], bye: ["Freundliche Grüsse,", "Merci vielmal,"], me: ["Ich heisse {name}.", "Da isch {name}."],
      call: ["Rufen Sie mich an unter {phone}.", "Ich bin erreichbar unter {phone} ab {time}."], or: "oder", mail: ["Meine E-Mail: {email}."],
      pay: ["Kartennummer {card}.", "Rückerstattung auf {iban}."],
      topic: {
        boiler: ["Der Kessel {model} hat eine Störung, Druck {bar}, Seriennummer {serial}.", "Notfalleinsatz {job} am {date}, {range}, Kosten {amount}."],
        bikes: ["Velo {frame} liess sich an Station {dock} nicht abschliessen; Werkstattauftrag {bikejob}.", "Die Fahrt vom {date} dauerte {dur}, belastet {amount}."],
        museum: ["Mitgliedschaft {member} erneuert, Spende {amount}, Ref. {giftaid}.", "Eine Frage zum Objekt {acc}."],
        tutoring: ["Prüfungsanmeldung: Kandidatennummer {cand}, Schule {centre}, Gebühr {amount}.", "Probeprüfung {score}, Note {grade}."],
      },
      third: { boiler: ["Monteur {third} kommt am {date}, {range}."], bikes: ["Mechaniker {third} hat die Kette in {dur} ersetzt."], museum: ["Kuratorin {third} dankt für die Schenkung ({acc})."], tutoring: ["Nachhilfelehrer {third} hat die Probe korrigiert: {score}."] },
      words: ["Das Hotel [Victoria] liegt beim Bahnhof.", "Der Zug nach [Paris] fährt um {time}."], vm: ["Grüezi, da isch {name}, mini Nummer isch {phone}."], thanks: ["Merci, uf Widerluege.", "Danke vielmal."],
      keys: keys("Name|Vorname|Nachname|Telefon|E-Mail|Ref.|Datum|Bemerkung|Betreff|Von|An|Gesendet|Betrag|PLZ|Zeit"),
    },
  },
  {
    tag: "de-AT", country: "AT", iban: ["AT"], spoken: false, ext: "DW", nr: "Nr.", host: "aon.at", tld: "at",
    names: { m: ["Florian", "Johann", "Stefan", "Maximilian", "Leopold"], f: ["Johanna", "Theresa", "Katharina", "Magdalena", "Elisabeth"], family: ["Gruber", "Huber", "Pichler", "Hofer", "Wimmer", "Mayrhofer", "Leitner"], title: ["Herr", "Frau"] },
    fmt: { dec: ",", thou: ".", money: ["€ {n}", "{n} Euro"], date: ["d.m.y", "d. M y"], months: ["Jänner", ...DE_MONTHS.slice(1)], clock: "24", dur: ["{m} Min.", "{h} Std. {m} Min."], post: post("1010", "8010", "5020") },
    biz: { boiler: "Installateur-Notdienst Wien", bikes: "Stadtrad Graz", museum: "Freunde der Galerie", tutoring: "Nachhilfe Matura Linz" },
    w: {
      hi: ["Servus {given},", "Grüß Gott, {given},"], bye: ["Liebe Grüße,", "Mit freundlichen Grüßen,"], me: ["Mein Name ist {name}.", "Hier spricht {name}."],
      call: ["Bitte unter {phone} anrufen.", "Erreichbar unter {phone} ab {time}."], or: "oder", mail: ["Meine E-Mail ist {email}."],
      pay: ["Kartennummer {card}.", "Rückzahlung auf {iban}."],
      topic: {
        boiler: ["Die Therme {model} geht auf Störung, Druck {bar}, Seriennummer {serial}.", "Notdienst {job} am {date}, {range}, Kosten {amount}."],
        bikes: ["Rad {frame} ließ sich bei Station {dock} nicht versperren; Werkstattauftrag {bikejob}.", "Die Fahrt am {date} dauerte {dur}, abgebucht {amount}."],
        museum: ["Mitgliedschaft {member} verlängert, Spende {amount}, Zahlungsreferenz {giftaid}.", "Eine Frage zum Objekt {acc}."],
        tutoring: ["Prüfungsanmeldung: Kandidatennummer {cand}, Schule {centre}, Gebühr {amount}.", "Schularbeit {score}, Note {grade}."],
      },
      third: { boiler: ["Installateur {third} kommt am {date}, {range}."], bikes: ["Mechaniker {third} hat die Kette in {dur} getauscht."], museum: ["Kuratorin {third} bedankt sich für die Schenkung ({acc})."], tutoring: ["Nachhilfelehrerin {third} hat die Schularbeit korrigiert: {score}."] },
      words: ["Ganz [frank] gesagt war das Rad kaputt.", "Das Café [Florence] sperrt um {time} auf."], vm: ["Grüß Gott, hier ist {name}, meine Nummer ist {phone}."], thanks: ["Danke, baba.", "Vielen Dank."],
      keys: keys("Name|Vorname|Nachname|Telefon|E-Mail|Ref.|Datum|Anmerkung|Betreff|Von|An|Gesendet|Betrag|PLZ|Uhrzeit"),
    },
  },
  {
    tag: "es-CL", country: "CL", iban: ["ES"], spoken: false, ext: "anexo", nr: "N°", host: "vtr.net", tld: "cl",
    names: { m: ["Matías", "Benjamín", "Cristóbal", "Vicente", "Joaquín"], f: ["Javiera", "Constanza", "Catalina", "Francisca", "Esperanza"], family: ["González Muñoz", "Rojas Soto", "Contreras Silva", "Fuentes Morales", "Araya Castillo", "Sepúlveda Reyes"], title: ["Sr.", "Sra."] },
    fmt: { dec: ",", thou: ".", money: ["${n}", "{n} pesos", "CLP {n}"], date: ["d-m-y", "d de M de y"], months: ES_MONTHS, clock: "24", dur: ["{m} min", "{h} h {m} min"], post: post("8320000", "7500000", "2340000") },
    biz: { boiler: "Gasfitería Urgente Providencia", bikes: "Bicis Compartidas Santiago", museum: "Amigos del Museo", tutoring: "Preuniversitario PAES" },
    w: spanish("CL", ["Buenas {given},", "Hola {given}, ¿cómo estái?"], "Llámame al {phone}.", "estación"),
  },
  {
    tag: "es-CO", country: "CO", iban: ["ES"], spoken: false, ext: "ext.", nr: "No.", host: "une.net.co", tld: "com.co",
    names: { m: ["Santiago", "Andrés Felipe", "Juan David", "Camilo", "Sebastián"], f: ["Valentina", "Luz Marina", "María Camila", "Daniela", "Paola"], family: ["Rodríguez Gómez", "Martínez Ospina", "Restrepo", "Cárdenas", "Gutiérrez Rincón", "Valencia Londoño"], title: ["Sr.", "Sra."] },
    fmt: { dec: ",", thou: ".", money: ["${n}", "COP {n}", "$ {n}"], date: ["d/m/y", "d de M de y"], months: ES_MONTHS, clock: "24", dur: ["{m} min", "{h} h {m} min"], post: post("110111", "050021", "760001") },
    biz: { boiler: "Plomería Urgente Chapinero", bikes: "Bicis Públicas Medellín", museum: "Amigos del Museo", tutoring: "Preicfes Tutores" },
    w: spanish("CO", ["Buenos días {given},", "Quiubo {given},"], "Me puede llamar al {phone}.", "cicloestación"),
  },
  {
    tag: "pt-BR", country: "BR", iban: ["BR"], spoken: false, ext: "ramal", nr: "nº", host: "uol.com.br", tld: "com.br",
    names: { m: ["João Pedro", "Lucas", "Rafael", "Thiago", "Gustavo"], f: ["Ana Clara", "Vitória", "Graça", "Fernanda", "Juliana"], family: ["da Silva", "dos Santos", "Oliveira", "Souza", "Carvalho Lima", "Ferreira da Costa"], title: ["Sr.", "Sra."] },
    fmt: { dec: ",", thou: ".", money: ["R$ {n}", "R${n}"], date: ["d/m/y", "d de M de y"], months: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"], clock: "24", dur: ["{m} min", "{h}h{m}min"], post: post("01310-100", "20040-020", "30130-110") },
    biz: { boiler: "Encanador 24h Pinheiros", bikes: "Bike Compartilhada Recife", museum: "Amigos da Pinacoteca", tutoring: "Cursinho Enem Plus" },
    w: {
      hi: ["Oi {given}, tudo bem?", "Bom dia {given},"], bye: ["Abraços,", "Atenciosamente,"], me: ["Meu nome é {name}.", "Aqui é {name}."],
      call: ["Me liga no {phone}.", "Meu número é {phone}, depois das {time}."], or: "ou", mail: ["Meu e-mail é {email}."],
      pay: ["Número do cartão {card}.", "Reembolso na conta {iban}."],
      topic: {
        boiler: ["O aquecedor {model} está dando erro, pressão {bar}, número de série {serial}.", "Atendimento de emergência {job} em {date}, das {range}, valor {amount}."],
        bikes: ["A bike {frame} não travou na estação {dock}; ordem de oficina {bikejob}.", "A viagem de {date} durou {dur} e cobraram {amount}."],
        museum: ["Renovei a associação {member}, doação {amount}, ref. {giftaid}.", "Uma dúvida sobre a obra {acc}."],
        tutoring: ["Inscrição na prova: número de inscrição {cand}, escola {centre}, taxa {amount}.", "Simulado {score}, nota {grade}."],
      },
      third: { boiler: ["O técnico {third} vem em {date}, {range}."], bikes: ["O mecânico {third} trocou a corrente em {dur}."], museum: ["A curadora {third} agradece a doação ({acc})."], tutoring: ["O professor {third} corrigiu o simulado: {score}."] },
      words: ["A excursão para [Vitória] custa {amount}.", "Pela [graça] de Deus a peça chegou."], vm: ["Oi, aqui é {name}, meu número é {phone}."], thanks: ["Obrigado, tchau.", "Valeu, obrigada."],
      keys: keys("Nome completo|Nome|Sobrenome|Telefone|E-mail|Ref.|Data|Observações|Assunto|De|Para|Enviado|Valor|CEP|Horário"),
    },
  },
]
