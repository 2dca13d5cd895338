// Polish: a mortgage broker (doradca kredytowy), a wedding venue (dom weselny), the city's
// services line (odpady, strefa płatnego parkowania, podatek od nieruchomości) and a language school.
import { P, type G } from './ctx.ts'
import { r, type Piece } from './render.ts'
import type { Template } from './template.ts'

export const PL: Template[] = [
  { kind: 'form', nfd: true, make: (g: G): Piece => {
    const c = g.who('poland')
    return r`WNIOSEK O KREDYT HIPOTECZNY – Doradztwo Kredytowe Wisła
Nazwisko i imię: ${P.caps(c)}
PESEL: ${g.n.pesel()}
Telefon: ${g.ph('PL', g.pick(['nat', 'intl', 'natdash']))}
E-mail: ${g.mail(c, g.pick(['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl']))}
Rachunek do spłaty: ${g.iban('PL')}
Kwota: ${g.n.amount('PLN', 250000, 900000)}
Wysłano ${g.n.date('dot')} ${g.n.time('24')} z IP ${g.ip()} ${g.emo()}`
  } },
  { kind: 'sms', make: (g) => {
    const c = g.who('poland')
    return r`${g.emo()} ${P.lowerGiven(c)}, przypominamy: odbiór odpadów wielkogabarytowych ${g.n.date('dot')} od ${g.n.time('24')}. zgłoszenie ${g.ref('service-request', 'ZGL/XXXXX/26')}. info ${g.ph('PL', 'nat')} – UM Kraków`
  } },
  { kind: 'chat', make: (g) => {
    const c = g.who('poland'), a = g.who('poland')
    return r`${P.full(c)}: dzień dobry, czy sala jest wolna na wesele w ${g.n.date('dot')}? ${g.emo()}
${P.full(a)} (Dom Weselny Pod Jabłonią): Dzień dobry, tak. Ilu gości?
${P.full(c)}: ok. ${g.int(80, 200)}. proszę o kontakt ${g.ph('PL', g.pick(['nat', 'intl']))}
${P.full(a)}: Wyślę ofertę ${g.ref('quote-ref', 'OF/XXX/26')} na ${g.mail(c, 'wp.pl')}. Zadatek ${g.n.amount('PLN', 3000, 10000)}.`
  } },
  { kind: 'summary', make: (g) => {
    const c = g.who('poland'), a = g.who('poland')
    return r`Podsumowanie rozmowy (AI): ${P.full(c)} dzwonił(a) w sprawie abonamentu w strefie płatnego parkowania ${g.emo()} (${g.mark()}). Opłata ${g.n.amount('PLN', 30, 250)} kartą ${g.card(g.pick(['visa', 'mc', 'maestro']))}. Numer sprawy ${g.ref('service-request', 'SPP-XXXXXX')}. Kontakt zwrotny: ${g.ph('PL', 'intl')}. Konsultant: ${P.full(a)}.`
  } },
  { kind: 'email', make: (g) => {
    const c = g.who('poland'), co = g.who('poland')
    return r`Temat: Odp: Kurs niemieckiego A2 – faktura

Dzień dobry Pani/Panie ${P.family(c)},
faktura ${g.ref('invoice', 'FV/XXXX/26')} na ${g.n.amount('PLN', 600, 2400)} jest w załączniku. Numer konta: ${g.iban('PL')}. Zajęcia od ${g.n.date('dot')}, godz. ${g.n.time('24')}. ${g.emo()}

Pozdrawiam
${P.full(co)}, Szkoła Językowa Lingwista
${g.ph('PL', 'nat')} | ${g.role('sekretariat', 'lingwista.edu.pl')}

> ${P.full(c)} <${g.mail(c, 'onet.pl')}> napisał(a):
> Proszę o fakturę na firmę.`
  } },
  { kind: 'csv', nfd: true, make: (g) => {
    const rows: Piece[] = []
    for (let i = 0; i < 3; i++) {
      const c = g.who('poland')
      rows.push(r`\n${g.ref('student-id', 'K-XXXXX')};${P.caps(c)};${g.ph('PL', g.pick(['intl', 'nat', 'intl00']))};${g.mail(c, 'gmail.com')};${g.ref('course-code', 'ANG-[ABC][12]')}`)
    }
    return r`nr;kursant;telefon;email;kurs${rows}`
  } },
  { kind: 'json', make: (g) => {
    const c = g.who('poland')
    return r`{"zdarzenie":"wniosek.nowy","klient":{"imie_nazwisko":"${P.full(c)}","pesel":"${g.n.pesel()}","telefon":"${g.ph('PL', 'intlcompact')}","email":"${g.mail(c, 'interia.pl')}"},"kwota":"${g.n.amount('PLN', 200000, 800000)}","ip":"${g.ip(true)}","wersja":"${g.n.version()}"}`
  } },
  { kind: 'transcript', make: (g) => {
    const c = g.who('poland'), a = g.who('poland')
    return r`konsultant: urząd miasta ${P.lowerGiven(a)} słucham
dzwoniący: dzień dobry ${P.lower(c)} dzwonię w sprawie podatku od nieruchomości ${g.emo()}
konsultant: proszę podać numer telefonu
dzwoniący: ${g.ph('PL', 'spoken')}`
  } },
  { kind: 'note', make: (g) => {
    const c = g.who('poland')
    return r`notatka ${g.n.date('dot')}: ${P.lower(c)} – refinansowanie, marża ${g.ref('rate', '[1-2],XX%')}. opłata za wycenę kartą ${g.card()} ${g.emo()}. oddzwonić ${g.ph('PL', 'natcompact')}`
  } },
  { kind: 'sms', make: (g) => r`${g.emo()} Dom Weselny: wesele ${g.ref('booking-ref', 'WES-2026-XXX')} ${g.n.date('dot')}, godz. ${g.n.time('24')}. dopłata ${g.n.amount('PLN', 5000, 20000)}. karta ${g.n.luhn()} odrzucona, konto ${g.n.ibanBad('PL')} błędne. PESEL w umowie ${g.n.pesel()}.` },
]
