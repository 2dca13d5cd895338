// Turkish: a mortgage broker (konut kredisi danışmanı), a wedding venue (düğün salonu), the
// municipality's services line (belediye: çöp, otopark, emlak vergisi) and a language school.
import { P, type G } from './ctx.ts'
import { r, type Piece } from './render.ts'
import type { Template } from './template.ts'

export const TR: Template[] = [
  { kind: 'form', make: (g: G): Piece => {
    const c = g.who('turkey')
    return r`KONUT KREDİSİ ÖN BAŞVURU FORMU
Ad Soyad (SOYAD önce): ${P.caps(c)}
T.C. Kimlik No: ${g.n.tckn()}
Cep telefonu: ${g.ph('TR', g.pick(['nat', 'natbr', 'intl']))}
E-posta: ${g.mail(c, g.pick(['gmail.com', 'hotmail.com', 'yandex.com.tr']))}
Maaş hesabı IBAN: ${g.iban('TR')}
Kredi tutarı: ${g.n.amount('TRY', 800000, 4000000)}
Gönderim: ${g.n.date('dot')} ${g.n.time('24')} / ${g.ip()} ${g.emo()}`
  } },
  { kind: 'sms', make: (g) => {
    const c = g.who('turkey')
    return r`${g.emo()} sayın ${P.lower(c)}, ${g.n.date('dot')} tarihli nikah töreniniz için salon ${g.ref('hall', '[A-C]-X')} ayrılmıştır. kapora ${g.n.amount('TRY', 10000, 50000)}. bilgi: ${g.ph('TR', 'nat')} Beyaz Köşk Düğün Salonu`
  } },
  { kind: 'chat', make: (g) => {
    const c = g.who('turkey'), a = g.who('turkey')
    return r`${P.full(c)}: merhaba, oğlum için İngilizce yaz kursuna kayıt olmak istiyorum ${g.emo()}
${P.full(a)} (Köprü Dil Okulu): Merhaba ${P.given(c)} Hanım/Bey, hangi seviye?
${P.full(c)}: A2 sanırım. telefonum ${g.ph('TR', g.pick(['nat', 'intl']))}
${P.full(a)}: Kayıt formunu ${g.mail(c, 'gmail.com')} adresine gönderdim. Kurs kodu ${g.ref('course-code', 'ING-A2-XX')}, ücret ${g.n.amount('TRY', 6000, 20000)}.`
  } },
  { kind: 'summary', make: (g) => {
    const c = g.who('turkey'), a = g.who('turkey')
    return r`Görüşme özeti (YZ): ${P.full(c)} belediye çağrı merkezini ${g.mark()} mahallesindeki çöp konteyneri için aradı ${g.emo()}. Talep no ${g.ref('service-request', 'BLD-XXXXXXX')}. Emlak vergisi ${g.n.amount('TRY', 1000, 9000)} kredi kartı ${g.card(g.pick(['visa', 'mc', 'amex']))} ile ödendi. Geri dönüş: ${g.ph('TR', 'intl')}. Temsilci: ${P.full(a)}.`
  } },
  { kind: 'email', make: (g) => {
    const c = g.who('turkey'), co = g.who('turkey')
    return r`Konu: YNT: Kredi dosyası ${g.ref('application-ref', 'KK-2026-XXXXX')}

Merhaba ${P.given(c)} Bey/Hanım,
Ekspertiz raporu ${g.n.date('dot')} tarihinde geldi; değer ${g.n.amount('TRY', 2000000, 8000000)}. Masraf iadesi için ${g.iban('TR')} numaralı hesabınızı kullanacağız. ${g.emo()}

Saygılarımla,
${P.full(co)} – Anadolu Kredi Danışmanlık
${g.ph('TR', 'nat')} | ${g.mail(co, 'anadolukredi.com.tr')}

> ${P.full(c)} yazdı:
> Eşim yurt dışında, ona ${g.ph(g.pick(['DE', 'NL', 'AE']), 'intl')} numarasından ulaşabilirsiniz.`
  } },
  { kind: 'csv', nfd: true, make: (g) => {
    const rows: Piece[] = []
    for (let i = 0; i < 3; i++) {
      const c = g.who('turkey')
      rows.push(r`\n${g.ref('booking-ref', 'DGN-XXXXX')};${P.full(c)};${g.ph('TR', g.pick(['intl', 'nat', 'natcompact']))};${g.mail(c, 'hotmail.com')};${g.n.date('dot')}`)
    }
    return r`rezervasyon;ad_soyad;telefon;eposta;tarih${rows}`
  } },
  { kind: 'json', make: (g) => {
    const c = g.who('turkey')
    return r`{"olay":"basvuru.olustu","kaynak":"web","basvuran":{"ad_soyad":"${P.full(c)}","tckn":"${g.n.tckn()}","telefon":"${g.ph('TR', 'intlcompact')}","eposta":"${g.mail(c, 'outlook.com')}"},"ip":"${g.ip()}","surum":"${g.n.version()}"}`
  } },
  { kind: 'transcript', make: (g) => {
    const c = g.who('turkey'), a = g.who('turkey')
    return r`temsilci: belediye çağrı merkezi ben ${P.lowerGiven(a)} buyurun
arayan: merhaba ben ${P.lower(c)} otopark kartım için arıyorum ${g.emo()}
temsilci: size hangi numaradan ulaşalım
arayan: ${g.ph('TR', 'spoken')}
temsilci: tamam kayıt numaranız ${g.ref('service-request', 'XXX XXX XX')}`
  } },
  { kind: 'note', make: (g) => {
    const c = g.who('turkey')
    return r`not ${g.n.date('dot')}: ${P.caps(c)} düğün menüsünü değiştirmek istiyor, ${g.int(150, 400)} kişi ${g.emo()}. kartla ön ödeme ${g.card()} – onaylandı. tel ${g.ph('TR', 'natcompact')}`
  } },
  { kind: 'note', make: (g) => r`takip ${g.n.date('dot')} ${g.emo()}: başvuru ${g.ref('application-ref', 'KK-2026-XXXXX')} ekspertiz bekliyor; TCKN ${g.n.tckn()} formda; IBAN ${g.n.ibanBad('TR')} kontrol hanesi hatalı; kart ${g.n.luhn()} reddedildi; taksit ${g.n.amount('TRY', 9000, 40000)} vadesi ${g.n.date('dot')} saat ${g.n.time('24')}` },
]
