// Greek, Latvian and Slovenian.
import { type Template, tpl } from './template'

export const EL: Template[] = [
  tpl('sms', 'vet', (d, k) => d.t`${k.nfd('Κτηνιατρείο Αιγαίου')}: ραντεβού για ${k.pet()} στις ${k.date()}, ${k.time()}, με τον Dr ${k.P(k.p[1].last)}. Αλλαγές: ${k.phone()}`),
  tpl('email', 'vet', (d, k) => d.t`Αγαπητέ κ. ${k.P(k.p[0].last)},\n\nΗ αποζημίωση ${k.claim()} (συμβόλαιο ${k.policy()}) ύψους ${k.amount()} θα καταβληθεί στο ${k.iban('GR')}. Microchip: ${k.chip()}. ΑΦΜ δικαιούχου: ${k.afm()}.\n\nΜε εκτίμηση,\n${k.P(k.p[2].full)}`),
  tpl('note', 'funeral', (d, k) => d.t`Κηδεία: ${k.P(k.p[0].full)}, απεβίωσε ${k.date()}. Ληξιαρχική πράξη ${k.deathReg()}. Συγγενής: ${k.P(k.p[1].full)}, κιν. ${k.phone('GR', false)}, ΑΜΚΑ ${k.amka()}. Ιερέας: π. ${k.P(k.p[2].first)}. Τάφος ${k.plot()}.`),
  tpl('email', 'funeral', (d, k) => d.t`Θερμά συλλυπητήρια για την απώλεια του/της ${k.P(k.p[0].full)}. ${k.emoji()} Η εξόδιος ακολουθία θα γίνει ${k.date()} ώρα ${k.time()}. Τιμολόγιο ${k.invoice()}: ${k.amount()}.\n\n${k.P(k.p[3].full)} | ${k.role('info', 'grafeio-kideion.gr')} | ${k.phone('GR', true)}`),
  tpl('summary', 'energy', (d, k) => d.t`Σύνοψη κλήσης (AI): ο ${k.P(k.p[0].full)} ρωτά για την επιδότηση ${k.grant()} (Φωτοβολταϊκά στη Στέγη). Inverter ${k.serial()}, ${k.qty()}, μέτρηση ${k.reading()}. Email ${k.email(k.p[0])}, τηλ. ${k.phone()}. Κλήση και από ${k.foreignPhone()}.`),
  tpl('json', 'energy', (d, k) => d.t`{"pelatis":"${k.P(k.p[0].latin)}","afm":"${k.afm()}","paroxi":"${k.mprn()}","kartela":"${k.card()}","ip":"${k.ip6()}"}`),
]

export const LV: Template[] = [
  tpl('sms', 'vet', (d, k) => d.t`${k.nfd('Veterinārā klīnika')}: ${k.pet()} vakcinācija ${k.date()} plkst. ${k.time()}. Ārste ${k.P(k.p[1].full)}. Atcelt: ${k.phone()}`),
  tpl('email', 'vet', (d, k) => d.t`Labdien!\n\nJūsu atlīdzības pieteikums ${k.claim()} (polise ${k.policy()}) ir apstiprināts: ${k.amount()} tiks pārskaitīti uz ${k.iban('LV')}. Mikročips ${k.chip()}.\n\nAr cieņu,\n${k.P(k.p[2].full)}\n${k.email(k.p[2])}`),
  tpl('note', 'funeral', (d, k) => d.t`Bēres: ${k.P(k.p[0].full)} (p.k. ${k.lvCode()}), miris ${k.date()}. Miršanas apliecība ${k.deathReg()}. Tuvinieks ${k.P(k.p[1].full)}, tālr. ${k.phone('LV', false)}. Mācītājs ${k.P(k.p[2].full)}. Kapavieta ${k.plot()}.`),
  tpl('summary', 'energy', (d, k) => d.t`Zvana kopsavilkums (AI): klients ${k.P(k.p[0].full)} jautā par saules paneļu ${k.qty()} pieslēgumu, objekta kods ${k.mprn()}, invertors ${k.serial()}. Rādījums ${k.reading()}. Rēķins ${k.invoice()} ${k.amount()}. Atzvanīt ${k.phone()} vai ${k.email(k.p[0])}.`),
  tpl('chat', 'funeral', (d, k) => d.t`Klients: labdien ${k.emoji()} es esmu ${k.P(k.p[1].first.toLowerCase())}, vēlos samaksāt par bērēm ar karti ${k.card()}\nOperators ${k.P(k.p[3].first)}: Paldies! Rēķins ${k.invoice()}. Nevis ${k.badPan()}, tas ir līguma numurs.`),
]

export const SL: Template[] = [
  tpl('sms', 'vet', (d, k) => d.t`${k.nfd('Veterina Šiška')}: termin za ${k.pet()} ${k.date()} ob ${k.time()}, dr. ${k.P(k.p[1].last)}. Odpoved: ${k.phone()}`),
  tpl('email', 'vet', (d, k) => d.t`Spoštovani g. ${k.P(k.p[0].last)},\n\nvaš odškodninski zahtevek ${k.claim()} (polica ${k.policy()}) je odobren. Znesek ${k.amount()} bo nakazan na ${k.iban('SI')}. Čip: ${k.chip()}.\n\nLep pozdrav,\n${k.P(k.p[2].full)}`),
  tpl('note', 'funeral', (d, k) => d.t`Pogreb ${k.P(k.p[0].full)} (EMŠO ${k.emso()}), umrl/a ${k.date()}. Mrliški list ${k.deathReg()}. Svojec: ${k.P(k.p[1].full)}, ${k.phone('SI', false)}, ${k.email(k.p[1])}. Govornik ${k.P(k.p[2].full)}. Grob ${k.plot()}.`),
  tpl('summary', 'energy', (d, k) => d.t`Povzetek klica (AI): ${k.P(k.p[0].full)} sprašuje o subvenciji ${k.grant()} za toplotno črpalko. Razsmernik ${k.serial()}, elektrarna ${k.qty()}, odčitek ${k.reading()}. Ponudba ${k.quote()}: ${k.amount()}. Klicati na ${k.phone()}; klical je tudi ${k.foreignPhone()}.`),
  tpl('complaint', 'energy', (d, k) => d.t`Zadeva: RE: račun ${k.invoice()}\n\nŽe tretjič pišem. Vračilo ${k.amount()} nakažite na ${k.iban('SI')}, ne na ${k.badIban('SI')}.\n${k.P(k.p[0].full)}\n\n> Dne ${k.date()} je ${k.P(k.p[1].full)} napisal/a:\n> Spoštovana ga. ${k.P(k.p[0].last)}, serviser pride ${k.date()}.`),
]
