// German (Austria) and French (Switzerland, Luxembourg).
import { type Template, tpl } from './template'

export const DE: Template[] = [
  tpl('sms', 'vet', (d, k) => d.t`Tierklinik Donau: Termin für ${k.pet()} am ${k.date()} um ${k.time()} bei Dr. ${k.P(k.p[1].last)}. Absage bitte unter ${k.phone()}. ${k.emoji()}`),
  tpl('email', 'vet', (d, k) => d.t`Sehr geehrte Frau ${k.P(k.p[0].last)},\n\nzu Ihrer ${k.nfd('Schadensmeldung über')} ${k.claim()} (Polizze ${k.policy()}) überweisen wir ${k.amount()} auf ${k.iban('AT')}. Chipnummer laut Impfpass: ${k.chip()}.\n\nMit freundlichen Grüßen\nMag. ${k.P(k.p[2].full)}\nTierversicherung Leistung | ${k.phone('AT', true)}`),
  tpl('note', 'funeral', (d, k) => d.t`Bestattung ${k.P(k.p[0].full)}, verst. ${k.date()}. Angehörige: ${k.P(k.p[1].full)} (Tochter), ${k.phone('AT', false)}, ${k.email(k.p[1])}. Sterbeurkunde ${k.deathReg()}, Grab ${k.plot()}. Redner: Dipl.-Ing. ${k.P(k.p[2].full)}. Vorsorge ${k.plan()}.`),
  tpl('email', 'funeral', (d, k) => d.t`Liebe ${k.P(k.p[1].first)},\n\nunser aufrichtiges Beileid zum Tod von ${k.P(k.p[0].full)}. ${k.emoji()} Die Verabschiedung findet am ${k.date()} um ${k.time()} statt. Die Rechnung ${k.invoice()} über ${k.amount()} kann auch mit Karte ${k.card()} bezahlt werden.\n\nHerzlich\n${k.P(k.p[3].full)}\nBestattung Gruber & Söhne`),
  tpl('summary', 'energy', (d, k) => d.t`Gesprächszusammenfassung (KI): ${k.P(k.p[0].full)} meldet, dass der Wechselrichter ${k.serial()} seit ${k.date()} keine Daten liefert. Zählerstand ${k.reading()}, Anlage ${k.qty()}. Förderung ${k.grant()}, OeMAG-Vertrag ${k.tariff()}. Rückruf durch ${k.P(k.p[1].first)} unter ${k.phone()} erbeten.`),
  tpl('complaint', 'energy', (d, k) => d.t`Betreff: AW: Angebot ${k.quote()}\n\nDie Wärmepumpe ist seit ${k.date()} kaputt, der Techniker kam nicht. Zählpunkt ${k.mprn()}. Bitte erstatten Sie ${k.amount()} auf ${k.iban('AT')} – nicht auf ${k.badIban('AT')}.\n${k.P(k.p[0].full)}\n\n> Am ${k.date()} schrieb ${k.P(k.p[1].full)} <${k.role('service', 'sonnendach.at')}>:\n> Sehr geehrter Herr ${k.P(k.p[0].last)}, der Termin im ${k.word('Mai')} steht.`),
  tpl('csv', 'vet', (d, k) => {
    d.t`Besitzer;Tier;Chip;Telefon;Impfung\n`
    for (let i = 0; i < 3; i++) d.t`${k.P(k.p[i]!.full)};${k.pet()};${k.chip()};${k.phone('AT', false)};${k.date()}\n`
  }),
]

const frHome = (k: { home: string }): string => k.home

export const FR: Template[] = [
  tpl('sms', 'vet', (d, k) => d.t`${k.nfd('Clinique vétérinaire du Lac')} : RDV de ${k.pet()} le ${k.date()} à ${k.time()} avec la Dre ${k.P(k.p[1].last)}. Annulation : ${k.phone()}`),
  tpl('email', 'vet', (d, k) => d.t`Bonjour Madame ${k.P(k.p[0].last)},\n\nNous avons bien reçu votre déclaration de sinistre ${k.claim()} pour ${k.pet()} (puce ${k.chip()}). Le remboursement de ${k.amount(frHome(k) === 'CH' ? 'CHF' : undefined)} sera versé sur ${k.iban(frHome(k))}.\n\nMeilleures salutations,\n${k.P(k.p[2].full)}\nAssurance animaux | ${k.role('sinistres', 'animalia-assurance.ch')}`),
  tpl('email', 'funeral', (d, k) => d.t`Chère ${k.P(k.p[1].first)},\n\nC'est avec tristesse que nous avons appris le décès de ${k.P(k.p[0].full)}. ${k.emoji()} La cérémonie sera célébrée le ${k.date()} à ${k.time()} par le pasteur ${k.P(k.p[2].full)}. Concession : ${k.plot()}. Contrat obsèques ${k.plan()}.\n\nSincères condoléances,\n${k.P(k.p[3].full)}\nPompes funèbres ${k.pick(['Rochat', 'Thill'])} SA, ${k.phone(frHome(k), true)}`),
  tpl('note', 'funeral', (d, k) => d.t`Entretien ${k.date()} : défunt ${k.P(k.p[0].full)}, acte de décès ${k.deathReg()}. Contact : M. ${k.P(k.p[1].last)} ${k.phone(frHome(k), false)}, ${k.email(k.p[1])}. Appel reçu aussi de ${k.foreignPhone()} (cousin à l'étranger).`),
  tpl('summary', 'energy', (d, k) => d.t`Résumé d'appel (assistant IA) : ${k.P(k.p[0].full)} demande où en est la subvention ${k.grant()} pour sa pompe à chaleur. Onduleur ${k.serial()}, production ${k.qty()}, relevé ${k.reading()}. Devis ${k.quote()} de ${k.amount(frHome(k) === 'CH' ? 'CHF' : undefined)}. Rappeler au ${k.phone()} ou écrire à ${k.email(k.p[0])}.`),
  tpl('json', 'energy', (d, k) => d.t`{"client":"${k.P(k.p[0].full)}","tel":"${k.phone(frHome(k), true)}","courriel":"${k.email(k.p[0])}","compteur":"${k.mprn()}","installation":"${k.qty()}","facture":"${k.invoice()}","ip":"${k.ip()}"}`),
  tpl('chat', 'vet', (d, k) => d.t`Client : bonjour ${k.emoji()} c'est ${k.P(k.p[0].first.toLowerCase())}, mon chat ${k.pet()} doit faire son vaccin\nAgent ${k.P(k.p[1].first)} : Bonjour ${k.P(k.p[0].first)} ! Le ${k.date()} à ${k.time()} vous convient ?\nClient : oui. je paie avec ${k.card()}`),
]
