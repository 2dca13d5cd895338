// European Portuguese, Catalan, Belgian French, Luxembourg German, Argentine and Mexican Spanish.
import type { Locale } from "./types.ts"

const ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]

export const WEST: Locale[] = [
  {
    tag: "pt-PT", country: "PT", iban: ["PT"], spoken: false,
    names: {
      m: ["João", "Tiago", "Rui", "Duarte", "Gonçalo", "Nuno", "Afonso", "Vasco"],
      f: ["Inês", "Beatriz", "Graça", "Fátima", "Rosa", "Glória", "Leonor", "Mariana", "Conceição"],
      family: ["Silva", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa-Pinto", "da Silva", "dos Santos", "Carvalho", "Magalhães"],
      title: ["Sr.", "Sra."],
    },
    w: {
      hi: ["Olá {given},", "Bom dia, {given},"], bye: ["Com os melhores cumprimentos,\n{name}", "Obrigado, {name}", "Cumprimentos,\n{name}"], me: ["chamo-me {name}", "fala {name}"],
      call: ["ligue-me para o {phone}", "o meu telemóvel é o {phone}"], call2: ["{phone} ou {phone2}"], mail: ["o meu email é {email}"], card: ["cartão n.º {card}"], iban: ["reembolso para o IBAN {iban}"],
      topic: {
        optician: ["Consulta de optometria a {date} às {time}, nova graduação {lens}.", "Armação {sku} em reparação, processo {repair}, {amount}.", "Assinatura de lentes {plan} renova a {date}."],
        staffing: ["O candidato {cand} entregou a folha de horas {ts}.", "Referência de vencimento {payref}: {amount} pago a {date}.", "Referência fiscal {taxref} por corrigir."],
        funeral: ["Plano funerário {fplan}, cerimónia a {date} às {time}.", "Registo de cremação {reg}, jazigo {plot}."],
        caravan: ["Lugar sazonal {pitch} desde {date}, contador {meter}.", "Caravana VIN {vin}, viatura {vreg}."],
      },
      third: {
        optician: ["A optometrista {third} recomenda nova consulta."], staffing: ["A referência veio de {third}."],
        funeral: ["O velório de {third} será na capela mortuária.", "Familiar mais próximo: {third}."], caravan: ["O guarda do parque, {third}, tem a chave."],
      },
      words: ["Peregrinação a [Fátima] em outubro.", "Foi por [graça] de Deus.", "A armação é cor de [rosa] clara."],
      agent: ["Fala {agent}, apoio ao cliente."], vm: ["Bom dia, fala {name}"], vmcall: ["o meu número é {phone}"], thanks: ["Muito obrigado.", "Bom dia."],
      keys: { name: "Nome", first: "Nome próprio", last: "Apelido", phone: "Telefone", email: "Email", ref: "Ref.ª", date: "Data", note: "Notas", subject: "Assunto", customer: "Cliente", agent: "Operador", fwd: "---------- Mensagem reencaminhada ---------", from: "De", to: "Para", sent: "Data", amount: "Valor", post: "Código postal" },
    },
    fmt: { dec: ",", thou: " ", money: ["{n} €", "€{n}"], date: ["d/m/y", "d-m-y", "d de M de y"], months: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"], clock: "h", post: (r) => `${r.int(1000, 9980)}-${r.digits(3)}` },
    biz: { optician: ["Óptica Vista Clara", "vistaclara.pt"], staffing: ["Trabalho Temporário Atlântico", "ttatlantico.pt"], funeral: ["Agência Funerária Paz Eterna", "pazeterna.pt"], caravan: ["Parque de Campismo Ria Formosa", "campismoria.pt"] },
    hosts: ["sapo.pt", "gmail.com", "netcabo.pt"],
  },
  {
    tag: "ca-ES", country: "ES", iban: ["ES"], spoken: false,
    names: {
      m: ["Jordi", "Pau", "Oriol", "Arnau", "Joan", "Marc", "Xavier", "Pere"],
      f: ["Montserrat", "Mercè", "Roser", "Núria", "Laia", "Neus", "Anna", "Meritxell"],
      family: ["Puig", "Vila", "Ferrer", "Soler", "Roca", "Serra", "Pujol", "Font", "Casals", "Puig-Serra", "Vidal i Soler", "Bosch"],
      title: ["Sr.", "Sra."],
    },
    w: {
      hi: ["Hola {given},", "Bon dia, {given},"], bye: ["Salutacions,\n{name}", "Gràcies, {name}", "Atentament,\n{name}"], me: ["em dic {name}", "sóc {name}"],
      call: ["truqueu-me al {phone}", "el meu mòbil és el {phone}"], call2: ["{phone} o bé {phone2}"], mail: ["el meu correu és {email}"], card: ["número de targeta {card}"], iban: ["retorneu-ho al compte {iban}"],
      topic: {
        optician: ["Revisió de la vista el {date} a les {time}, nova graduació {lens}.", "Muntura {sku} a reparar, ordre {repair}, {amount}.", "Subscripció de lents {plan}, es renova el {date}."],
        staffing: ["El candidat {cand} ha lliurat el full d'hores {ts}.", "Referència de nòmina {payref}: {amount} pagats el {date}.", "Referència fiscal {taxref} pendent de corregir."],
        funeral: ["Pla funerari {fplan}, cerimònia el {date} a les {time}.", "Registre de cremació {reg}, nínxol {plot}."],
        caravan: ["Parcel·la de temporada {pitch} des del {date}, comptador {meter}.", "Caravana VIN {vin}, cotxe {vreg}."],
      },
      third: {
        optician: ["L'optometrista {third} recomana una revisió."], staffing: ["La referència és de {third}."],
        funeral: ["El difunt, {third}, serà vetllat al tanatori.", "Familiar més proper: {third}."], caravan: ["El guarda del càmping, {third}, té la clau."],
      },
      words: ["Excursió a [Montserrat] dissabte.", "Tanquem per la [Mercè].", "Hi ha un [roser] a l'entrada."],
      agent: ["Us atén {agent}."], vm: ["Bon dia, sóc {name}"], vmcall: ["el meu número és el {phone}"], thanks: ["Moltes gràcies.", "Bon dia."],
      keys: { name: "Nom", first: "Nom", last: "Cognoms", phone: "Telèfon", email: "Correu", ref: "Ref.", date: "Data", note: "Notes", subject: "Assumpte", customer: "Client", agent: "Agent", fwd: "---------- Missatge reenviat ---------", from: "De", to: "Per a", sent: "Data", amount: "Import", post: "Codi postal" },
    },
    fmt: { dec: ",", thou: ".", money: ["{n} €", "{n} euros"], date: ["d/m/y", "d-m-y"], months: [], clock: "24", post: (r) => `0${r.int(8001, 8980)}` },
    biz: { optician: ["Òptica Bonavista", "opticabonavista.cat"], staffing: ["Feina Temporal BCN", "feinatemporal.cat"], funeral: ["Serveis Funeraris del Vallès", "funerarisvalles.cat"], caravan: ["Càmping Costa Brava", "campingcostabrava.cat"] },
    hosts: ["gmail.com", "telefonica.net", "hotmail.es"],
  },
  {
    tag: "fr-BE", country: "BE", iban: ["BE"], spoken: false,
    names: {
      m: ["Luc", "Olivier", "Thibault", "Maxime", "Julien", "Benoît", "Quentin", "Arnaud"],
      f: ["Aurore", "Constance", "Blanche", "Rose", "Amélie", "Camille", "Delphine", "Manon", "Séverine"],
      family: ["Dubois", "Lambert", "Dupont", "Peeters", "Janssens", "Lejeune", "Renard", "Van den Bossche", "De Smet", "Leclercq", "Dumont-Lambert", "Wauters"],
      title: ["M.", "Mme"],
    },
    w: {
      hi: ["Bonjour {given},", "Salut {given},"], bye: ["Bien à vous,\n{name}", "Merci, {name}", "Cordialement,\n{name}"], me: ["je m'appelle {name}", "ici {name}"],
      call: ["appelez-moi au {phone}", "mon GSM : {phone}", "au bureau : {phone}, poste 214"], call2: ["{phone} ou {phone2}"], mail: ["mon adresse mail : {email}"], card: ["n° de carte {card}"], iban: ["remboursement sur le compte {iban}"],
      topic: {
        optician: ["Examen de la vue le {date} à {time}, nouvelle correction {lens}.", "Monture {sku} en réparation, dossier {repair}, {amount}.", "Abonnement lentilles {plan} renouvelé le {date}."],
        staffing: ["L'intérimaire {cand} a remis sa fiche de prestations {ts}.", "Référence de paie {payref} : {amount} versés le {date}.", "Référence fiscale {taxref} à corriger."],
        funeral: ["Convention obsèques {fplan}, cérémonie le {date} à {time}.", "Registre de crémation {reg}, concession {plot}."],
        caravan: ["Emplacement saisonnier {pitch} dès le {date}, compteur {meter}.", "Caravane VIN {vin}, voiture {vreg}."],
      },
      third: {
        optician: ["L'optométriste {third} conseille un contrôle dans un an."], staffing: ["La référence vient de {third}."],
        funeral: ["Le défunt, {third}, repose au funérarium.", "Personne de contact : {third}."], caravan: ["Le gardien du camping, {third}, a la clé."],
      },
      words: ["La monture existe en [rose] poudré.", "Départ à l'[aurore] pour les randonneurs.", "Avec [constance] et soin."],
      agent: ["Vous parlez avec {agent}."], vm: ["Bonjour, c'est {name}"], vmcall: ["mon numéro c'est le {phone}"], thanks: ["Merci beaucoup.", "Bonne journée."],
      keys: { name: "Nom", first: "Prénom", last: "Nom de famille", phone: "Téléphone", email: "E-mail", ref: "Réf.", date: "Date", note: "Remarques", subject: "Objet", customer: "Client", agent: "Agent", fwd: "---------- Message transféré ---------", from: "De", to: "À", sent: "Date", amount: "Montant", post: "Code postal" },
    },
    fmt: { dec: ",", thou: ".", money: ["{n} €", "{n} EUR"], date: ["d/m/y", "d.m.y", "d M y"], months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"], clock: "h", post: (r) => String(r.int(1000, 9992)) },
    biz: { optician: ["Optique du Sablon", "optiquesablon.be"], staffing: ["Intérim Wallonie", "interimwallonie.be"], funeral: ["Pompes funèbres Lejeune", "pf-lejeune.be"], caravan: ["Camping des Ardennes", "campingardennes.be"] },
    hosts: ["skynet.be", "gmail.com", "voo.be", "proximus.be"],
  },
  {
    tag: "de-LU", country: "LU", iban: ["LU"], spoken: false,
    names: {
      m: ["Jean", "Marc", "Luc", "Paul", "Ernst", "Frank", "Tom", "Gilles", "Claude"],
      f: ["Anne", "Carole", "Martine", "Nathalie", "Josée", "Heide", "Monique", "Rosa", "Sandrine"],
      family: ["Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill", "Kremer", "Reuter", "Weber-Schmit", "Schroeder", "Klein", "Majerus"],
      title: ["Herr", "Frau"],
    },
    w: {
      hi: ["Moien {given},", "Hallo {given},", "Guten Tag {given},"], bye: ["Mit freundlichen Grüßen\n{name}", "Merci, {name}", "Viele Grüße\n{name}"], me: ["ich heiße {name}", "hier spricht {name}"],
      call: ["rufen Sie mich unter {phone} an", "meine Handynummer: {phone}", "im Büro {phone} Durchwahl 12"], call2: ["{phone} oder {phone2}"], mail: ["meine E-Mail: {email}"], card: ["Kartennummer {card}"], iban: ["Rückzahlung bitte auf {iban}"],
      topic: {
        optician: ["Sehtest am {date} um {time} Uhr, neue Werte {lens}.", "Fassung {sku} in Reparatur, Auftrag {repair}, {amount}.", "Kontaktlinsen-Abo {plan} verlängert sich am {date}."],
        staffing: ["Kandidat {cand} hat den Stundenzettel {ts} eingereicht.", "Lohnreferenz {payref}: {amount} überwiesen am {date}.", "Steuerreferenz {taxref} fehlt noch."],
        funeral: ["Bestattungsvorsorge {fplan}, Trauerfeier am {date} um {time} Uhr.", "Kremationsregister {reg}, Grabstelle {plot}."],
        caravan: ["Saisonstellplatz {pitch} ab {date}, Stromzähler {meter}.", "Wohnwagen FIN {vin}, Zugfahrzeug {vreg}."],
      },
      third: {
        optician: ["Optometristin {third} empfiehlt eine Kontrolle in einem Jahr."], staffing: ["Die Referenz kam von {third}."],
        funeral: ["Der Verstorbene, {third}, wird in Hamm beigesetzt.", "Nächste Angehörige: {third}."], caravan: ["Platzwart {third} hat den Schlüssel."],
      },
      words: ["Das ist [ernst] gemeint.", "Die Fassung gibt es auch in [rosa].", "Stellplatz am Rand der [Heide]."],
      agent: ["Sie sprechen mit {agent}."], vm: ["Moien, hier ist {name}"], vmcall: ["meine Nummer ist {phone}"], thanks: ["Vielen Dank.", "Schönen Tag noch."],
      keys: { name: "Name", first: "Vorname", last: "Nachname", phone: "Telefon", email: "E-Mail", ref: "Az.", date: "Datum", note: "Notiz", subject: "Betreff", customer: "Kunde", agent: "Mitarbeiter", fwd: "---------- Weitergeleitete Nachricht ---------", from: "Von", to: "An", sent: "Datum", amount: "Betrag", post: "PLZ" },
    },
    fmt: { dec: ",", thou: ".", money: ["{n} €", "{n} EUR", "EUR {n}"], date: ["d.m.y", "d. M y"], months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"], clock: "24", post: (r) => `L-${r.int(1009, 9999)}` },
    biz: { optician: ["Optik Kirchberg", "optik-kirchberg.lu"], staffing: ["Interim Lëtzebuerg", "interim.lu"], funeral: ["Pompes Funèbres Reuter", "pf-reuter.lu"], caravan: ["Camping Our-Tal", "camping-ourtal.lu"] },
    hosts: ["pt.lu", "gmail.com", "internet.lu"],
  },
  {
    tag: "es-AR", country: "AR", iban: ["ES"], spoken: false,
    names: {
      m: ["Matías", "Facundo", "Santiago", "Nicolás", "Lautaro", "Gonzalo", "Julián", "Agustín"],
      f: ["Florencia", "Rosario", "Luz", "Dolores", "Milagros", "Agustina", "Soledad", "Camila", "Esperanza"],
      family: ["González", "Rodríguez", "Fernández", "López", "Martínez", "Gómez", "Díaz", "Pérez", "Romero", "de la Fuente", "Sosa", "Álvarez-Paz"],
      title: ["Sr.", "Sra."],
    },
    w: {
      hi: ["Hola {given},", "Buen día, {given},"], bye: ["Saludos,\n{name}", "Gracias, {name}", "Abrazo,\n{name}"], me: ["me llamo {name}", "habla {name}", "soy {name}"],
      call: ["llamame al {phone}", "mi cel es {phone}"], call2: ["{phone} o al {phone2}"], mail: ["mi mail es {email}"], card: ["tarjeta n.º {card}"], iban: ["transferencia a mi cuenta en España, IBAN {iban}"],
      topic: {
        optician: ["Control de la vista el {date} a las {time}, nueva graduación {lens}.", "Armazón {sku} en reparación, orden {repair}, {amount}.", "Suscripción de lentes de contacto {plan}, renueva el {date}."],
        staffing: ["El candidato {cand} cargó la planilla de horas {ts}.", "Referencia de sueldo {payref}: {amount} pagados el {date}.", "Referencia de AFIP {taxref} a corregir."],
        funeral: ["Plan de sepelio {fplan}, velatorio el {date} a las {time}.", "Registro de cremación {reg}, parcela {plot}."],
        caravan: ["Parcela de temporada {pitch} desde el {date}, medidor de luz {meter}.", "Casa rodante VIN {vin}, patente {vreg}."],
      },
      third: {
        optician: ["La optometrista {third} recomienda un control."], staffing: ["La referencia la dio {third}."],
        funeral: ["El extinto {third} será velado en la sala principal.", "Familiar a cargo: {third}."], caravan: ["El encargado del camping, {third}, tiene la llave."],
      },
      words: ["Sucursal [Rosario] centro.", "Sin [luz] en el camping desde anoche.", "Nuestro [consuelo] para toda la familia."],
      agent: ["Te atiende {agent}."], vm: ["Hola, habla {name}"], vmcall: ["mi número es {phone}"], thanks: ["Mil gracias.", "Buen día."],
      keys: { name: "Nombre", first: "Nombre", last: "Apellido", phone: "Teléfono", email: "Mail", ref: "Ref.", date: "Fecha", note: "Notas", subject: "Asunto", customer: "Cliente", agent: "Operador", fwd: "---------- Mensaje reenviado ---------", from: "De", to: "Para", sent: "Fecha", amount: "Monto", post: "Código postal" },
    },
    fmt: { dec: ",", thou: ".", money: ["${n}", "ARS {n}", "$ {n}"], date: ["d/m/y", "d-m-y"], months: ES_MONTHS, clock: "24", post: (r) => (r.chance(0.5) ? `C${r.int(1000, 1499)}${"ABCDEFGH"[r.int(0, 7)]}${"ABCDEFGH"[r.int(0, 7)]}${"ABCDEFGH"[r.int(0, 7)]}` : String(r.int(1000, 9431))) },
    biz: { optician: ["Óptica Palermo", "opticapalermo.com.ar"], staffing: ["Eventuales del Plata", "eventualesdelplata.com.ar"], funeral: ["Cochería San Telmo", "cocheriasantelmo.com.ar"], caravan: ["Camping Bariloche Lago", "campingbariloche.com.ar"] },
    hosts: ["gmail.com", "fibertel.com.ar", "hotmail.com"],
  },
  {
    tag: "es-MX", country: "MX", iban: ["ES"], ssn: true, spoken: false,
    names: {
      m: ["José Luis", "Alejandro", "Luis", "Jorge", "Emiliano", "Ricardo", "Fernando", "Ulises"],
      f: ["Guadalupe", "Socorro", "María José", "Ximena", "Lupita", "Paz", "Fernanda", "Itzel", "Dolores"],
      family: ["Hernández", "García", "Martínez", "López", "Ramírez", "Flores", "Cruz", "de la Cruz", "Reyes", "Sánchez-Navarro", "Ortiz", "Vázquez"],
      title: ["Sr.", "Sra."],
    },
    w: {
      hi: ["Hola {given},", "Buenas tardes {given},"], bye: ["Saludos cordiales,\n{name}", "Quedo atento, {name}", "Gracias,\n{name}"], me: ["mi nombre es {name}", "le habla {name}"],
      call: ["márqueme al {phone}", "mi celular es {phone}", "en la oficina al {phone} ext. 105"], call2: ["{phone} o al {phone2}"], mail: ["mi correo es {email}"], card: ["tarjeta con número {card}"], iban: ["depósito a mi cuenta en España {iban}"],
      id: ["mi número de seguro social de EE.UU. (SSN) {ssn}", "SSN {ssn} del trabajo en Texas"],
      topic: {
        optician: ["Examen de la vista el {date} a las {time}, graduación nueva {lens}.", "Armazón {sku} en reparación, folio {repair}, {amount}.", "Suscripción de lentes de contacto {plan}, se renueva el {date}."],
        staffing: ["El candidato {cand} entregó su hoja de horas {ts}.", "Referencia de nómina {payref}: {amount} depositados el {date}.", "Referencia del SAT {taxref} por corregir."],
        funeral: ["Plan de previsión {fplan}, misa el {date} a las {time}.", "Registro de cremación {reg}, lote {plot}."],
        caravan: ["Lugar por temporada {pitch} desde el {date}, medidor {meter}.", "Tráiler VIN {vin}, placas {vreg}."],
      },
      third: {
        optician: ["La optometrista {third} sugiere revisión en un año."], staffing: ["La referencia la dio {third}."],
        funeral: ["El finado {third} será velado en la capilla.", "Familiar responsable: {third}."], caravan: ["El velador del campamento, {third}, tiene la llave."],
      },
      words: ["Salida hacia [Dolores] Hidalgo.", "Sin [luz] en la zona de casas rodantes.", "Pidió [socorro] por radio."],
      agent: ["Le atiende {agent}."], vm: ["Buenas tardes, le habla {name}"], vmcall: ["mi número es el {phone}"], thanks: ["Muchas gracias.", "Que tenga buen día."],
      keys: { name: "Nombre", first: "Nombre(s)", last: "Apellidos", phone: "Teléfono", email: "Correo", ref: "Folio", date: "Fecha", note: "Notas", subject: "Asunto", customer: "Cliente", agent: "Asesor", fwd: "---------- Mensaje reenviado ---------", from: "De", to: "Para", sent: "Fecha", amount: "Monto", post: "C.P." },
    },
    fmt: { dec: ".", thou: ",", money: ["${n}", "${n} MXN", "{n} pesos"], date: ["d/m/y", "d de M de y"], months: ES_MONTHS, clock: "12", post: (r) => String(r.int(1000, 99999)).padStart(5, "0") },
    biz: { optician: ["Ópticas Reforma", "opticasreforma.mx"], staffing: ["Talento Temporal del Bajío", "talentobajio.mx"], funeral: ["Funerales Guadalajara", "funeralesgdl.mx"], caravan: ["Campamento Bahía Concepción", "bahiaconcepcion.mx"] },
    hosts: ["gmail.com", "prodigy.net.mx", "hotmail.com"],
  },
]
