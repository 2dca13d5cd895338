// More Greek, Latvian and Slovenian: chats, complaints, exports, and notes
// that hold only lookalikes.
import { type Template, tpl } from './template'

export const EL_MORE: Template[] = [
  tpl('chat', 'vet', (d, k) => d.t`Πελάτης: Καλησπέρα ${k.emoji()} είμαι η ${k.P(k.p[0].full)}, ο σκύλος μου ο ${k.pet()} χρειάζεται εμβόλιο\nΥπάλληλος ${k.P(k.p[1].first)}: Γεια σας κα ${k.P(k.p[0].last)}! Τον αριθμό microchip ${k.chip()} τον έχουμε. Σας καλώ στο ${k.phone('GR', false)}.`),
  tpl('complaint', 'energy', (d, k) => d.t`Θέμα: RE: Προσφορά ${k.quote()}\n\nΟ inverter ${k.serial()} δεν λειτουργεί από ${k.date()}. Παροχή ${k.mprn()}. Επιστροφή ${k.amount()} στο ${k.iban('GR')}, όχι στο ${k.badIban('GR')}.\n${k.P(k.p[0].full)}, ΑΦΜ ${k.afm()}\n\n> Στις ${k.date()}, ο/η ${k.P(k.p[1].full)} <${k.role('support', 'helios-energy.gr')}> έγραψε:\n> Αγαπητέ κ. ${k.P(k.p[0].last)}, ο τεχνικός θα έρθει.`),
  tpl('note', 'funeral', (d, k) => d.t`Μητρώο τάφων ${k.date()}: ${k.plot()}, ${k.plot()}. Ληξιαρχική πράξη ${k.deathReg()}, ΑΜΚΑ ${k.amka()}, ΑΦΜ ${k.afm()}. Πρόγραμμα ${k.plan()}, τιμολόγιο ${k.invoice()} ${k.amount()}. Κάρτα ${k.badPan()} απορρίφθηκε.`),
]

export const LV_MORE: Template[] = [
  tpl('complaint', 'vet', (d, k) => d.t`Tēma: RE: atlīdzība ${k.claim()}\n\nJau trešo reizi rakstu par ${k.pet()} ārstēšanu (rēķins ${k.invoice()}, ${k.amount()}). Lūdzu pārskaitīt uz ${k.iban('LV')}.\n${k.P(k.p[0].full)}, ${k.phone('LV', true)}\n\n> ${k.date()} ${k.P(k.p[1].full)} rakstīja:\n> Cien. ${k.P(k.p[0].full)}, polise ${k.policy()} šo nesedz.`),
  tpl('csv', 'energy', (d, k) => {
    d.t`klients,tālrunis,e-pasts,objekts,jauda\n`
    for (let i = 0; i < 3; i++) d.t`${k.P(k.p[i]!.full)},${k.phone('LV', k.rng.chance(0.5))},${k.email(k.p[i]!)},${k.mprn()},${k.qty()}\n`
  }),
  tpl('note', 'funeral', (d, k) => d.t`${k.nfd('Kapsētu')} reģistrs ${k.date()}: ${k.plot()}, ${k.plot()}. Apliecība ${k.deathReg()}, p.k. ${k.lvCode()}. Līgums ${k.plan()}, rēķins ${k.invoice()} ${k.amount()}. Konts ${k.badIban('LV')} nav derīgs.`),
]

export const SL_MORE: Template[] = [
  tpl('chat', 'funeral', (d, k) => d.t`Stranka: dober dan ${k.emoji()} tukaj ${k.P(k.p[1].full.toLowerCase())}, glede pogreba ${k.P(k.p[0].full)}\nSvetovalka ${k.P(k.p[3].first)}: Iskreno sožalje. Pogreb bo ${k.date()} ob ${k.time()}. Račun ${k.invoice()} lahko plačate s kartico.\nStranka: ${k.card()}, hvala`),
  tpl('json', 'energy', (d, k) => d.t`{"stranka":"${k.P(k.p[0].full)}","tel":"${k.phone('SI', true)}","eposta":"${k.email(k.p[0])}","emso":"${k.emso()}","merilno_mesto":"${k.mprn()}","moc":"${k.qty()}","ip":"${k.ip6()}"}`),
  tpl('note', 'vet', (d, k) => d.t`${k.nfd('Cepljenje')} ${k.date()}: čip ${k.chip()} (${k.pet()}), čip ${k.chip()} (${k.pet()}). Polica ${k.policy()}, zahtevek ${k.claim()}, ${k.amount()}. EMŠO ${k.emso()} na obrazcu. Kartica ${k.badPan()} zavrnjena.`),
]
