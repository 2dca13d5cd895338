// Dutch (Flanders, Belgium): a wedding and events venue, a mortgage broker (kredietbemiddelaar),
// a city's services line (stad Gent: afval, bewonerskaart, belastingen) and a language school.
import { P, type G } from './ctx.ts'
import { r, type Piece } from './render.ts'
import type { Template } from './template.ts'

export const NL: Template[] = [
  { kind: 'form', make: (g: G): Piece => {
    const c = g.who('flanders'), p = g.who('flanders')
    return r`AANVRAAG WOONKREDIET – Kredietbemiddeling Schelde
Naam aanvrager: ${P.caps(c)}
Medeaanvrager: ${P.caps(p)}
Rijksregisternummer: ${g.n.nrn()}
GSM: ${g.ph('BE', g.pick(['nat', 'intl', 'natbr']))}
E-mail: ${g.mail(c, g.pick(['telenet.be', 'skynet.be', 'gmail.com']))}
Rekening (loon): ${g.iban('BE')}
Gevraagd bedrag: ${g.n.amount('EUR', 150000, 450000)} over ${g.pick([20, 25])} jaar
Verzonden ${g.n.date('dmy')} ${g.n.time('24')} vanaf ${g.ip()} ${g.emo()}`
  } },
  { kind: 'sms', make: (g) => {
    const c = g.who('flanders')
    return r`${g.emo()} dag ${P.lowerGiven(c)}, uw bewonerskaart ${g.ref('permit-number', 'BWK-XXXXXX')} is verlengd tot ${g.n.date('dmy')}. vragen? bel Stad Gent ${g.ph('BE', 'nat')} (ma-vr tot ${g.n.time('dot')})`
  } },
  { kind: 'chat', make: (g) => {
    const c = g.who('flanders'), a = g.who('flanders')
    return r`${P.full(c)}: hallo, kan ik de feestzaal huren voor ons trouwfeest op ${g.n.date('dmy')}? ${g.emo()}
${P.full(a)} (Kasteelhoeve Ter Linde): Dag ${P.given(c)}! Ja, die dag is nog vrij. Voor hoeveel gasten?
${P.full(c)}: ongeveer ${g.int(80, 220)}. Mijn gsm is ${g.ph('BE', g.pick(['nat', 'intl00']))}
${P.full(a)}: Prima, ik stuur de offerte ${g.ref('quote-ref', 'OFF-XXXX')} naar ${g.mail(c, 'telenet.be')}. Voorschot ${g.n.amount('EUR2', 1000, 3000)}.`
  } },
  { kind: 'summary', make: (g) => {
    const c = g.who('flanders'), a = g.who('flanders')
    return r`Samenvatting gesprek (AI): ${P.full(c)} belde over een niet-opgehaalde gft-container in ${g.mark()} ${g.emo()}. Melding ${g.ref('service-request', 'MLD-XXXXXXX')} aangemaakt. Beller vroeg ook naar het aanslagbiljet ${g.ref('tax-assessment', 'AJ XXXX XXXX XXXX')} (${g.n.amount('EUR2', 80, 400)}). Terugbellen op ${g.ph('BE', g.pick(['intl', 'nat']))}. Medewerker: ${P.full(a)}.`
  } },
  { kind: 'note', make: (g) => {
    const c = g.who('flanders')
    return r`tel ${g.n.time('dot')}: ${P.caps(c)} wil herfinancieren, rente nu ${g.ref('rate', '[1-3],XX %')}. betaalde dossierkost met kaart ${g.card(g.pick(['mc', 'visa', 'maestro']))} ${g.emo()}. terugbellen ${g.ph('BE', 'natdot')}. geen sms, mail sturen.`
  } },
  { kind: 'email', make: (g) => {
    const c = g.who('flanders'), co = g.who('flanders')
    return r`Onderwerp: RE: Inschrijving Frans B1 – avondcursus

Beste ${P.given(c)},

Uw inschrijving voor ${g.ref('course-code', 'FR-B1-XX')} is bevestigd ${g.emo()}. Het inschrijvingsgeld van ${g.n.amount('EUR2', 90, 260)} kan u storten op ${g.iban('BE')} met mededeling ${g.ref('payment-ref', '+++XXX/XXXX/XXXXX+++')}.

Met vriendelijke groeten,
${P.full(co)}
Taalcentrum De Brug | ${g.ph('BE', 'nat')} | ${g.role('secretariaat', 'taalcentrumdebrug.be')}

> Van: ${P.full(c)} <${g.mail(c, g.pick(['hotmail.com', 'telenet.be']))}>
> Kan ik ook een attest krijgen voor mijn werkgever?`
  } },
  { kind: 'csv', nfd: true, make: (g) => {
    const rows: Piece[] = []
    for (let i = 0; i < 2; i++) {
      const c = g.who('flanders')
      rows.push(r`\n${g.ref('booking-ref', 'EVT-XXXXX')};${P.full(c)};${g.ph('BE', g.pick(['intl', 'nat', 'natcompact']))};${g.mail(c, 'gmail.com')};${g.n.date('dmy')};${g.int(40, 250)}`)
    }
    return r`boeking;naam;telefoon;email;datum;gasten${rows}`
  } },
  { kind: 'json', make: (g) => {
    const c = g.who('flanders')
    return r`{"type":"inschrijving","cursus":"${g.ref('course-code', 'NL-A2-XX')}","cursist":{"naam":"${P.full(c)}","gsm":"${g.ph('BE', 'intlcompact')}","email":"${g.mail(c, 'outlook.be')}"},"betaling":{"kaart":"${g.card()}","bedrag":"${g.n.amount('EUR2', 90, 300)}"},"ip":"${g.ip(true)}"}`
  } },
  { kind: 'transcript', make: (g) => {
    const c = g.who('flanders'), a = g.who('flanders')
    return r`medewerker: stad gent contactcenter u spreekt met ${P.lowerGiven(a)}
beller: ja goeiendag met ${P.lower(c)} ik bel voor de grofvuilophaling ${g.emo()}
medewerker: op welk nummer kan ik u terugbellen
beller: ${g.ph('BE', 'spoken')}
medewerker: genoteerd dat is dan op ${g.n.date('dmy')}`
  } },
  { kind: 'note', make: (g) => r`opvolging ${g.n.date('dmy')} ${g.emo()}: dossier ${g.ref('application-ref', 'KRD-2026-XXXX')} wacht op schatting; RRN op formulier ${g.n.nrn()}; rekening ${g.n.ibanBad('BE')} klopt niet (controlegetal); kaart ${g.n.luhn()} geweigerd; afspraak ${g.n.time('dot')} in zaal ${g.n.word('Rose')}. app ${g.n.version()}` },
]
