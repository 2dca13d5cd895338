// Language packs: English, Dutch, Danish, Norwegian (Bokmål), Hungarian.
import type { Lang } from "./lang-type.ts"

export const en: Lang = {
  digits: "zero one two three four five six seven eight nine",
  nameWords: [["will", "I {w} check again tomorrow."], ["grace", "Is there a {w} period on that?"], ["bill", "Please send the {w} by post."], ["mark", "Can you {w} it as urgent?"], ["hope", "I {w} this gets sorted soon."], ["frank", "To be {w}, I expected better."], ["faith", "I have {w} you will fix it."], ["may", "You {w} need the reference."]],
  hi: "Hi {n},", thanks: "Thanks, {n}.", regards: "Kind regards,", dear: "Dear {n},",
  call: "Please call me back on {p}.", mail: "You can also email me at {e}.", paid: "I paid {a} with the card {c}.",
  refund: "Please refund {a} to {i}.", declined: "The card {c} was declined.", badIban: "The IBAN {i} came back as invalid.",
  masked: "Card on file: {m}.", when: "It was on {d} at {t}.", vm: "Hi, this is {n}, could you ring me back on {p}, thanks.",
  handover: "Handed over to {n}.", ip: "The request came from {ip}.", notice: "Service notice (no personal data)",
  keys: "Customer|Issue|Next step|Phone|Email|Note", issue: "The customer wants an update.",
  biz: {
    auction: ["I'm asking about lot {x}, my buyer number is {y}.", "I was bidding with paddle {z}."],
    blood: ["My donation number was {x} and my donor number is {y}.", "The record says blood group {z}."],
    taxi: ["The booking was {x}, trip ID {y}.", "I was picked up from flight {z}."],
    laundry: ["It's about order {x}, tag {y}.", "The locker PIN was {z}."],
  },
}

export const nl: Lang = {
  digits: "nul een twee drie vier vijf zes zeven acht negen",
  nameWords: [["roos", "Op de balie stond een {w} in een vaas."], ["storm", "Door de {w} was er vertraging."], ["lieve", "Met {w} groet van ons allemaal."]],
  hi: "Hallo {n},", thanks: "Bedankt, {n}.", regards: "Met vriendelijke groet,", dear: "Beste {n},",
  call: "Kunt u mij terugbellen op {p}?", mail: "U kunt ook mailen naar {e}.", paid: "Ik heb {a} betaald met de kaart {c}.",
  refund: "Graag {a} terugstorten op {i}.", declined: "De kaart {c} werd geweigerd.", badIban: "Het IBAN {i} werd als ongeldig teruggemeld.",
  masked: "Kaart in het systeem: {m}.", when: "Dat was op {d} om {t}.", vm: "Hallo, met {n}, wilt u mij terugbellen op {p}, dank u.",
  handover: "Doorgezet naar {n}.", ip: "Het verzoek kwam van {ip}.", notice: "Servicemelding (geen persoonsgegevens)",
  keys: "Klant|Probleem|Vervolgstap|Telefoon|E-mail|Notitie", issue: "De klant wil graag een update.",
  biz: {
    auction: ["Het gaat om kavel {x}, mijn kopersnummer is {y}.", "Ik bood mee met biednummer {z}."],
    blood: ["Mijn donatienummer was {x} en mijn donorcode is {y}.", "In het dossier staat bloedgroep {z}."],
    taxi: ["De rit is geboekt onder {x}, rit-ID {y}.", "Ik werd opgehaald van vlucht {z}."],
    laundry: ["Het gaat om bestelling {x}, label {y}.", "De pincode van het kluisje was {z}."],
  },
}

export const da: Lang = {
  digits: "nul en to tre fire fem seks syv otte ni",
  nameWords: [["sol", "Der var {w} hele dagen."], ["storm", "På grund af {w} var der forsinkelser."], ["lærke", "Vi hørte en {w} synge uden for kontoret."]],
  hi: "Hej {n},", thanks: "Tak, {n}.", regards: "Venlig hilsen,", dear: "Kære {n},",
  call: "Ring venligst tilbage på {p}.", mail: "Du kan også skrive til {e}.", paid: "Jeg betalte {a} med kortet {c}.",
  refund: "Refundér venligst {a} til {i}.", declined: "Kortet {c} blev afvist.", badIban: "IBAN {i} blev meldt ugyldigt.",
  masked: "Kort på filen: {m}.", when: "Det var {d} kl. {t}.", vm: "Hej, det er {n}, ring venligst tilbage på {p}, tak.",
  handover: "Sendt videre til {n}.", ip: "Forespørgslen kom fra {ip}.", notice: "Driftsmeddelelse (ingen persondata)",
  keys: "Kunde|Problem|Næste skridt|Telefon|E-mail|Note", issue: "Kunden ønsker en opdatering.",
  biz: {
    auction: ["Det drejer sig om katalognummer {x}, mit købernummer er {y}.", "Jeg bød med budnummer {z}."],
    blood: ["Mit tapningsnummer var {x}, og mit donornummer er {y}.", "Journalen siger blodtype {z}."],
    taxi: ["Turen er bestilt som {x}, tur-ID {y}.", "Jeg blev hentet fra fly {z}."],
    laundry: ["Det gælder ordre {x}, mærke {y}.", "Koden til skabet var {z}."],
  },
}

export const nb: Lang = {
  digits: "null en to tre fire fem seks sju åtte ni",
  nameWords: [["liv", "Det gjelder {w} og helse."], ["vår", "Dette er {w} feil, beklager."], ["sol", "Det var {w} hele dagen."]],
  hi: "Hei {n},", thanks: "Takk, {n}.", regards: "Vennlig hilsen,", dear: "Kjære {n},",
  call: "Ring meg tilbake på {p}.", mail: "Du kan også sende e-post til {e}.", paid: "Jeg betalte {a} med kortet {c}.",
  refund: "Vennligst refunder {a} til {i}.", declined: "Kortet {c} ble avvist.", badIban: "IBAN {i} ble avvist som ugyldig.",
  masked: "Kort på fil: {m}.", when: "Det var {d} kl. {t}.", vm: "Hei, dette er {n}, kan du ringe meg tilbake på {p}, takk.",
  handover: "Sendt videre til {n}.", ip: "Forespørselen kom fra {ip}.", notice: "Driftsmelding (ingen personopplysninger)",
  keys: "Kunde|Sak|Neste steg|Telefon|E-post|Notat", issue: "Kunden vil ha en oppdatering.",
  biz: {
    auction: ["Det gjelder objekt {x}, kjøpernummeret mitt er {y}.", "Jeg budde med budnummer {z}."],
    blood: ["Tappenummeret var {x}, og givernummeret mitt er {y}.", "Journalen sier blodtype {z}."],
    taxi: ["Turen ble bestilt som {x}, tur-ID {y}.", "Jeg ble hentet fra fly {z}."],
    laundry: ["Det gjelder ordre {x}, merkelapp {y}.", "Koden til skapet var {z}."],
  },
}

export const hu: Lang = {
  digits: "nulla egy kettő három négy öt hat hét nyolc kilenc",
  nameWords: [["virág", "Egy szál {w} volt a pulton."], ["hajnal", "Már {w} óta várok a válaszra."], ["ibolya", "Az {w} színű borítékban jött a levél."]],
  hi: "Jó napot, {n}!", thanks: "Köszönöm, {n}.", regards: "Üdvözlettel,", dear: "Tisztelt {n}!",
  call: "Kérem, hívjon vissza ezen a számon: {p}.", mail: "E-mailt is írhat ide: {e}.", paid: "Kifizettem {a} összeget a {c} kártyával.",
  refund: "Kérem, a {a} összeget utalják vissza ide: {i}.", declined: "A {c} kártyát elutasították.", badIban: "A {i} IBAN érvénytelennek bizonyult.",
  masked: "Rögzített kártya: {m}.", when: "Ez {d} {t}-kor történt.", vm: "Jó napot, {n} vagyok, kérem, hívjon vissza: {p}, köszönöm.",
  handover: "Továbbítva neki: {n}.", ip: "A kérés innen érkezett: {ip}.", notice: "Szolgáltatási értesítés (személyes adat nélkül)",
  keys: "Ügyfél|Probléma|Következő lépés|Telefon|E-mail|Megjegyzés", issue: "Az ügyfél tájékoztatást kér.",
  biz: {
    auction: ["A(z) {x} tételről érdeklődöm, a vevőszámom {y}.", "A {z} licitszámmal licitáltam."],
    blood: ["A véradási számom {x} volt, a donorszámom {y}.", "A nyilvántartás szerint a vércsoport {z}."],
    taxi: ["A foglalás száma {x}, az út azonosítója {y}.", "A {z} járattól vettek fel."],
    laundry: ["A(z) {x} rendelésről van szó, címke {y}.", "A csomagautomata kódja {z} volt."],
  },
}
