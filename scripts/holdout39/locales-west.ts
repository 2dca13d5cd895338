// Czech, Austrian German, Brazilian Portuguese, Chilean and Colombian Spanish.
import type { Domain, Locale, Words } from "./types.ts"

const ES_TOPICS: Record<Domain, string[]> = {
  pharmacy: ["La receta {rx} está lista, {dose} comprimidos, despacho el {date} a las {time}.", "El pedido repetido {repeat} llegó incompleto, el resto el {date}.", "Referencia de farmacia {pref}, copago {amount}."],
  driving: ["Examen teórico agendado, código {test}, el {date} a las {time}.", "Licencia de conducir {lic} revisada.", "Examen práctico {test} cambiado al {date}, valor {amount}."],
  charity: ["Donación {don} por {amount} recibida el {date}.", "Legado {legacy}: la sucesión dona {amount}.", "Certificado de donación {ga} emitido el {date}."],
  marina: ["Amarre {berth} en el pantalán {pontoon} desde el {date}.", "Guardería en seco, número de casco {hin}, varada a las {time}.", "Distintivo de llamada {cs}, MMSI {mmsi}, en el contrato de arriendo."],
}

const esWords = (flavour: Partial<Words>): Words => ({
  hi: ["Hola {given},", "Buenas tardes {given},", ...(flavour.hi ?? [])],
  bye: ["Saludos cordiales,\n{name}", "Gracias, {name}", ...(flavour.bye ?? [])],
  me: ["Me llamo {name}.", "Mi nombre es {name}.", ...(flavour.me ?? [])],
  call: ["Me puede llamar al {phone}.", "Mi celular es {phone}.", ...(flavour.call ?? [])],
  call2: ["Llame al {phone} o al {phone2}."],
  mail: ["Mi correo es {email}."],
  topics: ES_TOPICS,
  third: {
    pharmacy: ["La receta la firmó la doctora {other}.", "Su cuidadora {other} retira los remedios."],
    driving: ["El instructor {other} tiene la clase de las {time}.", "Las clases son con {other}."],
    charity: ["El albacea, {other}, mandó la posesión efectiva.", "El notario {other} lleva el legado."],
    marina: ["El patrón del velero arrendado es {other}.", "El capitán {other} firmó la lista."],
  },
  words: flavour.words ?? [],
  agent: ["Contestó {agent} de recepción."], vm: ["Aló, habla {name}, por favor devuélvame la llamada."],
  keys: { name: "Nombre", first: "nombre", last: "apellido", phone: "Teléfono", email: "Correo", card: "Tarjeta", iban: "IBAN", ref: "Referencia", note: "Nota", date: "Fecha" },
})

export const WEST: Locale[] = [
  {
    tag: "cs-CZ", country: "CZ", iban: "CZ",
    names: { m: ["Jiří", "Ondřej", "Vojtěch", "Lukáš", "Tomáš", "Radek"], f: ["Věra", "Naděžda", "Kateřina", "Lucie", "Zdeňka", "Jarmila", "Marina"], family: ["Novák|Nováková", "Dvořák|Dvořáková", "Svoboda|Svobodová", "Procházka|Procházková", "Černý|Černá", "Kučera|Kučerová", "Veselý|Veselá", "Horák|Horáková", "Němec|Němcová", "Král-Bureš|Králová-Burešová"], title: ["pan", "paní"] },
    w: {
      hi: ["Dobrý den {given},", "Ahoj {given}!"], bye: ["S pozdravem\n{name}", "Děkuji, {name}"],
      me: ["Jmenuji se {name}.", "Tady {name}."], call: ["Volejte mi na {phone}.", "Moje číslo je {phone}."], call2: ["Volejte {phone} nebo {phone2}."],
      mail: ["Můj e-mail je {email}."],
      topics: {
        pharmacy: ["eRecept {rx} je připraven, {dose} tablety, rozvoz {date} v {time}.", "Opakovaná objednávka {repeat} neúplná, zbytek {date}.", "Kód lékárny {pref}, doplatek {amount}."],
        driving: ["Zkouška z předpisů, číslo {test}, {date} v {time}.", "Řidičský průkaz {lic} ověřen.", "Jízda {test} přesunuta na {date}, poplatek {amount}."],
        charity: ["Dar {don} ve výši {amount} přijat {date}.", "Odkaz {legacy}: pozůstalost věnuje {amount}.", "Darovací smlouva {ga} zapsána {date}."],
        marina: ["Kotviště {berth} u mola {pontoon} od {date}.", "Zimní stání na souši, číslo trupu {hin}, vytažení v {time}.", "Volací znak {cs}, MMSI {mmsi}, ve smlouvě o pronájmu."],
      },
      third: {
        pharmacy: ["Předepsal MUDr. {other}.", "Pečovatelka {other} si recept vyzvedne."],
        driving: ["Instruktor {other} má jízdu v {time}.", "Jízdy vede {other}."],
        charity: ["Vykonavatel závěti, {other}, poslal usnesení.", "Notář {other} vyřizuje dědictví."],
        marina: ["Skipperem plavby je {other}.", "Kapitán {other} podepsal seznam."],
      },
      words: ["Plachetnice [Naděje] kotví u mola {pontoon}.", "Naše [marina] na Lipně je plná.", "Dědeček měl pevnou [víru] v lékaře."],
      agent: ["Hovor přijal(a) {agent} z recepce."], vm: ["Dobrý den, tady {name}, zavolejte mi prosím."],
      keys: { name: "Jméno", first: "jmeno", last: "prijmeni", phone: "Telefon", email: "E-mail", card: "Karta", iban: "IBAN", ref: "Číslo", note: "Poznámka", date: "Datum" },
    },
    fmt: { dec: ",", thou: " ", money: ["{n} Kč", "{n} CZK"], date: ["d.m.y", "d. m. y"], clock: "24", mid: [270], post: (r) => `${r.int(100, 798)} ${r.digits(2)}` },
    biz: { pharmacy: ["Lékárna U Zlaté váhy", "lekarnazlatavaha.cz"], driving: ["Autoškola Klakson", "autoskolaklakson.cz"], charity: ["Nadace Světluška", "nadacesvetluska.cz"], marina: ["Přístav Lipno Jachting", "lipnojachting.cz"] },
    hosts: ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
  },
  {
    tag: "de-AT", country: "AT", iban: "AT",
    names: { m: ["Florian", "Lukas", "Maximilian", "Ferdinand", "Gernot", "Wolfgang"], f: ["Rosa", "Hanna", "Theresa", "Christl", "Vroni", "Johanna", "Marina"], family: ["Gruber", "Huber", "Pichler", "Moser", "Steiner", "Hofer", "Leitner", "Berger", "Wimmer", "Lindner-Prohaska"], title: ["Herr", "Frau"] },
    w: {
      hi: ["Grüß Gott {given},", "Servus {given}!"], bye: ["Liebe Grüße\n{name}", "Mit freundlichen Grüßen\n{name}"],
      me: ["Mein Name ist {name}.", "Hier spricht {name}."], call: ["Bitte rufen Sie mich unter {phone} an.", "Erreichbar bin ich unter {phone}."], call2: ["Unter {phone} oder {phone2}."],
      mail: ["Meine E-Mail ist {email}."],
      topics: {
        pharmacy: ["E-Rezept {rx} liegt bereit, {dose} Tabletten, Zustellung am {date} um {time}.", "Dauerrezept-Bestellung {repeat} unvollständig, Rest am {date}.", "Apothekenreferenz {pref}, Rezeptgebühr {amount}."],
        driving: ["Theorieprüfung gebucht, Nummer {test}, am {date} um {time}.", "Führerschein {lic} geprüft.", "Fahrprüfung {test} auf den {date} verschoben, Gebühr {amount}."],
        charity: ["Spende {don} über {amount} am {date} eingegangen.", "Vermächtnis {legacy}: die Verlassenschaft spendet {amount}.", "Spendenbestätigung {ga} am {date} ausgestellt."],
        marina: ["Liegeplatz {berth} am Steg {pontoon} ab {date}.", "Winterlager an Land, Rumpfnummer {hin}, Kranen um {time}.", "Rufzeichen {cs}, MMSI {mmsi}, im Chartervertrag."],
      },
      third: {
        pharmacy: ["Verschrieben hat Dr. {other}.", "Die Pflegerin {other} holt das Rezept ab."],
        driving: ["Fahrlehrer {other} hat die Stunde um {time}.", "Die Fahrstunden sind mit {other}."],
        charity: ["Der Testamentsvollstrecker, {other}, schickte den Beschluss.", "Notar {other} betreut das Vermächtnis."],
        marina: ["Skipper beim Charter ist {other}.", "Kapitän {other} unterschrieb die Liste."],
      },
      words: ["Das [rosa] Kassenrezept bitte mitbringen.", "Das Boot liegt in der [Marina] Wolfsbruck.", "Die Milch haben wir beim [Hofer] geholt."],
      agent: ["{agent} vom Empfang hob ab."], vm: ["Grüß Gott, hier ist {name}, bitte um Rückruf."],
      keys: { name: "Name", first: "vorname", last: "nachname", phone: "Telefon", email: "E-Mail", card: "Karte", iban: "IBAN", ref: "Referenz", note: "Notiz", date: "Datum" },
    },
    fmt: { dec: ",", thou: ".", money: ["€ {n}", "{n} Euro"], date: ["d.m.y"], clock: "24", mid: [203], post: (r) => `${r.int(1, 9)}${r.digits(3)}` },
    biz: { pharmacy: ["Apotheke Zum Goldenen Hirschen", "apotheke-hirschen.at"], driving: ["Fahrschule Donaukanal", "fahrschule-donaukanal.at"], charity: ["Verein Kinderlachen", "kinderlachen.at"], marina: ["Yachtclub Attersee", "yc-attersee.at"] },
    hosts: ["gmx.at", "aon.at", "chello.at", "gmail.com"],
  },
  {
    tag: "pt-BR", country: "BR", iban: "BR", ssn: 0.15,
    names: { m: ["João Pedro", "Thiago", "Caio", "Rodrigo", "Washington", "Cléber"], f: ["Graça", "Glória", "Vitória", "Marina", "Beatriz", "Luana", "Conceição"], family: ["Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Carvalho", "Almeida", "Nascimento", "da Costa", "Ferreira Lima"], title: ["sr.", "sra."] },
    w: {
      hi: ["Olá {given},", "Bom dia {given}!"], bye: ["Atenciosamente,\n{name}", "Valeu, {name}"],
      me: ["Meu nome é {name}.", "Aqui é {name}."], call: ["Pode me ligar no {phone}.", "Meu zap é {phone}."], call2: ["Liga no {phone} ou no {phone2}."],
      mail: ["Meu e-mail é {email}."],
      topics: {
        pharmacy: ["A receita {rx} está pronta, {dose} comprimidos, entrega dia {date} às {time}.", "O pedido recorrente {repeat} veio incompleto, o resto chega {date}.", "Referência da farmácia {pref}, coparticipação {amount}."],
        driving: ["Prova teórica agendada, protocolo {test}, dia {date} às {time}.", "CNH {lic} conferida.", "Exame prático {test} remarcado para {date}, taxa {amount}."],
        charity: ["Doação {don} de {amount} recebida em {date}.", "Legado {legacy}: o espólio doa {amount}.", "Recibo de doação {ga} emitido em {date}."],
        marina: ["Vaga molhada {berth} no píer {pontoon} a partir de {date}.", "Vaga seca na garagem náutica, casco {hin}, descida às {time}.", "Indicativo de chamada {cs}, MMSI {mmsi}, no contrato de fretamento."],
      },
      third: {
        pharmacy: ["Quem receitou foi a dra. {other}.", "A cuidadora {other} vai buscar o remédio."],
        driving: ["O instrutor {other} tem a aula das {time}.", "As aulas são com {other}."],
        charity: ["O inventariante, {other}, mandou o formal de partilha.", "O advogado {other} cuida do legado."],
        marina: ["O comandante do barco fretado é {other}.", "O skipper {other} assinou o checklist."],
      },
      words: ["O barco fica na [Marina] da [Glória].", "A entrega em [Vitória] atrasou.", "O frete saiu de [graça].", "A [marina] de Angra fecha às {time}."],
      agent: ["Quem atendeu foi {agent} da recepção."], vm: ["Oi, aqui é {name}, me retorna por favor."],
      keys: { name: "Nome", first: "nome", last: "sobrenome", phone: "Telefone", email: "E-mail", card: "Cartão", iban: "IBAN", ref: "Protocolo", note: "Obs", date: "Data" },
    },
    fmt: { dec: ",", thou: ".", money: ["R$ {n}", "R${n}"], date: ["d/m/y"], clock: "h", mid: [710], post: (r) => `${r.digits(5)}-${r.digits(3)}` },
    biz: { pharmacy: ["Drogaria Vila Madalena", "drogariavilamadalena.com.br"], driving: ["Autoescola Farol", "autoescolafarol.com.br"], charity: ["Instituto Semear", "institutosemear.org.br"], marina: ["Garagem Náutica Ilhabela", "nauticailhabela.com.br"] },
    hosts: ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
  },
  {
    tag: "es-CL", country: "CL",
    names: { m: ["Matías", "Benjamín", "Vicente", "Cristóbal", "Ignacio", "Rodrigo"], f: ["Constanza", "Javiera", "Catalina", "Victoria", "Dolores", "Esperanza", "Marina", "Rosario"], family: ["González", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "de la Fuente", "Sepúlveda", "Araya", "Pérez-Cotapos"], title: ["don", "doña"] },
    w: esWords({
      hi: ["Hola {given}, ¿cómo estai?"], bye: ["Cariños, {name}"], call: ["Llámame al {phone} po."],
      words: ["El despacho a [Victoria] se atrasó.", "Pasamos por [Rosario] camino al lago.", "Tiene [dolores] de cabeza desde el lunes.", "Todavía hay [esperanza] de que llegue.", "El velero está en la [marina] de Algarrobo."],
    }),
    fmt: { dec: ",", thou: ".", money: ["${n}", "{n} pesos"], date: ["d-m-y", "d/m/y"], clock: "24", mid: [725], post: (r) => r.digits(7) },
    biz: { pharmacy: ["Farmacia Los Leones", "farmacialosleones.cl"], driving: ["Escuela de Conductores Andina", "conductoresandina.cl"], charity: ["Fundación Techo Sur", "techosur.cl"], marina: ["Club Náutico Algarrobo", "nauticoalgarrobo.cl"] },
    hosts: ["gmail.com", "vtr.net", "hotmail.com"],
  },
  {
    tag: "es-CO", country: "CO", ssn: 0.25,
    names: { m: ["Juan Camilo", "Andrés Felipe", "Santiago", "Jhon", "Wilson", "Yeison"], f: ["Luz Marina", "Esperanza", "Gloria", "Luz", "Marcela", "Paola", "Yolanda"], family: ["Rodríguez", "Gómez", "López", "Hernández", "García", "Ramírez", "Cárdenas", "Valencia", "Pereira", "de la Hoz"], title: ["don", "doña"] },
    w: esWords({
      hi: ["Buenos días {given}, ¿qué más?"], bye: ["Que esté muy bien, {name}"], call: ["Me marca al {phone}, por fa."],
      words: ["El paquete sale de [Pereira] mañana.", "Se fue la [luz] en la droguería.", "Con [esperanza] llega antes del puente.", "El velero quedó en la [marina] de Santa Marta.", "Gracias a Dios y [gloria] a Él."],
    }),
    fmt: { dec: ",", thou: ".", money: ["${n}", "{n} pesos"], date: ["d/m/y"], clock: "12", mid: [730], post: (r) => `11${r.digits(4)}` },
    biz: { pharmacy: ["Droguería La Sabana", "droguerialasabana.com.co"], driving: ["Escuela de Conducción Chapinero", "conduccionchapinero.co"], charity: ["Fundación Sembrar Futuro", "sembrarfuturo.org.co"], marina: ["Marina Santa Marta Charters", "smcharters.com.co"] },
    hosts: ["gmail.com", "hotmail.com", "une.net.co"],
  },
]
