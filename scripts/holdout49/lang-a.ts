// Language packs (1 of 2): English, Greek, Turkish, Romanian, Croatian, Serbian (Latin), Estonian, Finnish, Icelandic.
// Placeholders: {phone} {email} {ref} {iban} {card} {bad} {date} {time} {amount} {masked} {exp} {w}.
export interface Pack {
  /** Digits 0 to 9 as said. */
  digits: string
  hi: string; thanks: string; dear: string; regards: string
  callback: string; mail: string; ref: string; refund: string; card: string; declined: string; badIban: string
  when: string; total: string; masked: string
  /** Sentences with a given name used as an ordinary word ({w}). */
  words: Array<[string, string]>
  caller: string; agent: string; reason: string; next: string; summary: string
  status: string; noPii: string; vm: string
}

export const EN: Pack = {
  digits: "zero one two three four five six seven eight nine",
  hi: "Hi", thanks: "Thanks", dear: "Dear", regards: "Kind regards",
  callback: "please ring me back on {phone}", mail: "my email is {email}", ref: "it's about {ref}",
  refund: "please send the refund to {iban}", card: "you can take it from my card {card}", declined: "the card {bad} was declined",
  badIban: "the IBAN {bad} came back as invalid", when: "on {date} at {time}", total: "the total was {amount}",
  masked: "paid by card {masked}, expiry {exp}",
  words: [["I {w} drop in later", "will"], ["we live in {w} it's sorted soon", "hope"], ["a week's {w} period applies", "grace"], ["please {w} it as urgent", "mark"], ["the {w} was higher than quoted", "bill"]],
  caller: "Caller", agent: "Agent", reason: "Reason", next: "Next step", summary: "Call summary",
  status: "Status update", noPii: "No customer details in this note.", vm: "New voicemail from",
}
export const EL: Pack = {
  digits: "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",
  hi: "Γεια σας", thanks: "Ευχαριστώ", dear: "Αγαπητέ/ή", regards: "Με εκτίμηση",
  callback: "παρακαλώ καλέστε με στο {phone}", mail: "το email μου είναι {email}", ref: "αφορά το {ref}",
  refund: "η επιστροφή να γίνει στο {iban}", card: "χρεώστε την κάρτα μου {card}", declined: "η κάρτα {bad} απορρίφθηκε",
  badIban: "το IBAN {bad} βγήκε άκυρο", when: "στις {date} ώρα {time}", total: "σύνολο {amount}",
  masked: "πληρωμή με κάρτα {masked}, λήξη {exp}",
  words: [["με {w} ότι θα λυθεί", "ελπίδα"], ["θέλουμε {w} και ησυχία", "ειρήνη"], ["μια μικρή {w} για εμάς", "νίκη"]],
  caller: "Καλών", agent: "Εκπρόσωπος", reason: "Αιτία", next: "Επόμενο βήμα", summary: "Σύνοψη κλήσης",
  status: "Ενημέρωση κατάστασης", noPii: "Χωρίς στοιχεία πελάτη.", vm: "Νέο φωνητικό μήνυμα από",
}
export const TR: Pack = {
  digits: "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
  hi: "Merhaba", thanks: "Teşekkürler", dear: "Sayın", regards: "Saygılarımla",
  callback: "lütfen beni {phone} numarasından arayın", mail: "e-posta adresim {email}", ref: "konu {ref}",
  refund: "iadeyi {iban} hesabına yapın", card: "kartımdan çekebilirsiniz {card}", declined: "{bad} numaralı kart reddedildi",
  badIban: "{bad} IBAN geçersiz çıktı", when: "{date} saat {time}", total: "toplam {amount}",
  masked: "kartla ödendi {masked}, son kullanma {exp}",
  words: [["hâlâ {w} var", "umut"], ["yazın {w} kenarında", "deniz"], ["bugün {w} çok güzel", "güneş"]],
  caller: "Arayan", agent: "Temsilci", reason: "Neden", next: "Sonraki adım", summary: "Görüşme özeti",
  status: "Durum bilgisi", noPii: "Müşteri bilgisi yok.", vm: "Yeni sesli mesaj:",
}
export const RO: Pack = {
  digits: "zero unu doi trei patru cinci șase șapte opt nouă",
  hi: "Bună ziua", thanks: "Mulțumesc", dear: "Stimate/Stimată", regards: "Cu stimă",
  callback: "vă rog sunați-mă la {phone}", mail: "adresa mea de e-mail este {email}", ref: "este vorba de {ref}",
  refund: "vă rog virați banii în {iban}", card: "puteți debita cardul {card}", declined: "cardul {bad} a fost refuzat",
  badIban: "IBAN-ul {bad} a ieșit invalid", when: "pe {date} la ora {time}", total: "total {amount}",
  masked: "plătit cu cardul {masked}, expiră {exp}",
  words: [["cu {w} că se rezolvă", "speranța"], ["o mică {w} pentru noi", "victoria"]],
  caller: "Apelant", agent: "Operator", reason: "Motiv", next: "Pasul următor", summary: "Rezumatul apelului",
  status: "Actualizare de stare", noPii: "Fără date ale clienților.", vm: "Mesaj vocal nou de la",
}
export const HR: Pack = {
  digits: "nula jedan dva tri četiri pet šest sedam osam devet",
  hi: "Dobar dan", thanks: "Hvala", dear: "Poštovani/Poštovana", regards: "Srdačan pozdrav",
  callback: "molim nazovite me na {phone}", mail: "moj e-mail je {email}", ref: "radi se o {ref}",
  refund: "povrat uplatite na {iban}", card: "naplatite s kartice {card}", declined: "kartica {bad} je odbijena",
  badIban: "IBAN {bad} je nevažeći", when: "{date} u {time}", total: "ukupno {amount}",
  masked: "plaćeno karticom {masked}, vrijedi do {exp}",
  words: [["ima {w} da će se riješiti", "nada"], ["krenuli smo u {w}", "zora"]],
  caller: "Pozivatelj", agent: "Agent", reason: "Razlog", next: "Sljedeći korak", summary: "Sažetak poziva",
  status: "Obavijest o stanju", noPii: "Bez podataka o klijentima.", vm: "Nova govorna poruka od",
}
export const SR: Pack = {
  digits: "nula jedan dva tri četiri pet šest sedam osam devet",
  hi: "Dobar dan", thanks: "Hvala", dear: "Poštovani/Poštovana", regards: "Srdačan pozdrav",
  callback: "molim vas pozovite me na {phone}", mail: "moj imejl je {email}", ref: "u vezi sa {ref}",
  refund: "povraćaj uplatite na {iban}", card: "skinite sa kartice {card}", declined: "kartica {bad} je odbijena",
  badIban: "IBAN {bad} nije ispravan", when: "{date} u {time}", total: "ukupno {amount}",
  masked: "plaćeno karticom {masked}, važi do {exp}",
  words: [["postoji {w} da će proći", "nada"], ["ustali smo u {w}", "zora"], ["velika {w} za tim", "slava"]],
  caller: "Pozivalac", agent: "Operater", reason: "Razlog", next: "Sledeći korak", summary: "Rezime poziva",
  status: "Obaveštenje o stanju", noPii: "Bez podataka o klijentima.", vm: "Nova glasovna poruka od",
}
export const ET: Pack = {
  digits: "null üks kaks kolm neli viis kuus seitse kaheksa üheksa",
  hi: "Tere", thanks: "Aitäh", dear: "Lugupeetud", regards: "Lugupidamisega",
  callback: "palun helistage mulle numbril {phone}", mail: "minu e-post on {email}", ref: "asi puudutab {ref}",
  refund: "palun kandke raha kontole {iban}", card: "võite võtta minu kaardilt {card}", declined: "kaart {bad} lükati tagasi",
  badIban: "IBAN {bad} osutus vigaseks", when: "{date} kell {time}", total: "kokku {amount}",
  masked: "makstud kaardiga {masked}, kehtib {exp}",
  words: [["meri viskas suure {w} randa", "laine"], ["mäel oli kuulda {w}", "kaja"]],
  caller: "Helistaja", agent: "Teenindaja", reason: "Põhjus", next: "Järgmine samm", summary: "Kõne kokkuvõte",
  status: "Olekuteade", noPii: "Kliendiandmeid pole.", vm: "Uus kõneteade numbrilt",
}
export const FI: Pack = {
  digits: "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
  hi: "Hei", thanks: "Kiitos", dear: "Hyvä", regards: "Ystävällisin terveisin",
  callback: "soittakaa minulle numeroon {phone}", mail: "sähköpostini on {email}", ref: "asia koskee {ref}",
  refund: "palautus tilille {iban}", card: "voitte veloittaa kortiltani {card}", declined: "kortti {bad} hylättiin",
  badIban: "IBAN {bad} oli virheellinen", when: "{date} klo {time}", total: "yhteensä {amount}",
  masked: "maksettu kortilla {masked}, voimassa {exp}",
  words: [["kova {w} puhalsi koko päivän", "tuuli"], ["huomenna {w} aikaisin", "aamu"], ["hyvää {w} uuteen kotiin", "onni"]],
  caller: "Soittaja", agent: "Asiakaspalvelija", reason: "Syy", next: "Seuraava vaihe", summary: "Puhelun yhteenveto",
  status: "Tilannetiedote", noPii: "Ei asiakastietoja.", vm: "Uusi vastaajaviesti numerosta",
}
export const IS: Pack = {
  digits: "núll einn tveir þrír fjórir fimm sex sjö átta níu",
  hi: "Góðan dag", thanks: "Takk", dear: "Kæri/Kæra", regards: "Með kveðju",
  callback: "vinsamlegast hringið í mig í {phone}", mail: "netfangið mitt er {email}", ref: "varðandi {ref}",
  refund: "endurgreiðslan fari á {iban}", card: "takið af kortinu mínu {card}", declined: "kortinu {bad} var hafnað",
  badIban: "IBAN {bad} reyndist ógilt", when: "{date} kl. {time}", total: "samtals {amount}",
  masked: "greitt með korti {masked}, gildir til {exp}",
  words: [["það var {w} og blíða", "sól"], ["við gróðursettum {w} í garðinum", "björk"]],
  caller: "Hringjandi", agent: "Þjónustufulltrúi", reason: "Ástæða", next: "Næsta skref", summary: "Samantekt símtals",
  status: "Stöðutilkynning", noPii: "Engar upplýsingar um viðskiptavini.", vm: "Ný talhólfsskilaboð frá",
}
