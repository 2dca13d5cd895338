// Spanish of Catalonia (Barcelona, Girona) and Mexico (CDMX, Guadalajara, Monterrey): a mortgage
// broker, a wedding venue (masia, hacienda), the city's services line and a language school.
import { P, type G } from './ctx.ts'
import { r, type Piece } from './render.ts'
import type { Template } from './template.ts'

export const ES: Template[] = [
  // ---------- Catalonia ----------
  { kind: 'form', make: (g: G): Piece => {
    const c = g.who('catalonia'), p = g.who('catalonia')
    return r`SOLICITUD DE HIPOTECA – Intermediació Hipotecària Montjuïc
Titular (APELLIDOS, nombre): ${P.caps(c)}
Cotitular: ${P.full(p)}
DNI/NIE: ${g.n.dni()}
Móvil: ${g.ph('ES', g.pick(['nat', 'intl', 'intl00']))}
Correo: ${g.mail(c, g.pick(['gmail.com', 'telefonica.net', 'yahoo.es']))}
Cuenta de cargo: ${g.iban('ES')}
Importe: ${g.n.amount('EUR2', 120000, 480000)}
Enviado el ${g.n.date('dmy')} a las ${g.n.time('24')} desde ${g.ip()} ${g.emo()}`
  } },
  { kind: 'chat', make: (g) => {
    const c = g.who('catalonia'), a = g.who('catalonia')
    return r`${P.full(c)}: hola! teniu lliure la masia per a un casament el ${g.n.date('dmy')}? ${g.emo()}
${P.full(a)} (Masia Can Puigvert): Hola ${P.given(c)}! Sí, encara. Quants convidats?
${P.full(c)}: uns ${g.int(90, 220)}. el meu mòbil és ${g.ph('ES', g.pick(['nat', 'natcompact']))}
${P.full(a)}: T'envio el pressupost ${g.ref('quote-ref', 'PRE-XXXX')} a ${g.mail(c, 'gmail.com')}. Paga i senyal ${g.n.amount('EUR2', 1500, 5000)}.`
  } },
  { kind: 'summary', make: (g) => {
    const c = g.who('catalonia'), a = g.who('catalonia')
    return r`Resumen de la llamada (IA): ${P.full(c)} llamó al 010 del Ajuntament por un contenedor de orgánica lleno en ${g.mark()} ${g.emo()}. Incidencia ${g.ref('service-request', 'INC-XXXXXXX')}. También pidió la tarjeta de aparcamiento de residente (zona verde), tasa ${g.n.amount('EUR2', 20, 60)} pagada con ${g.card(g.pick(['visa', 'mc']))}. Volver a llamar al ${g.ph('ES', 'intl')}. Agente: ${P.full(a)}.`
  } },
  { kind: 'email', make: (g) => {
    const c = g.who('catalonia'), co = g.who('catalonia')
    return r`Asunto: RE: Matrícula curso de inglés C1

Hola ${P.given(c)},
confirmamos tu plaza en ${g.ref('course-code', 'ANG-C1-XX')}, lunes y miércoles a las ${g.n.time('24')}. El importe de ${g.n.amount('EUR2', 300, 900)} se cargará en ${g.iban('ES')}. ${g.emo()}

Salutacions,
${P.full(co)} | Escola d'Idiomes Rambla
${g.ph('ES', 'nat')} | ${g.role('secretaria', 'idiomesrambla.cat')}

> El ${g.n.date('dmy')}, ${P.full(c)} <${g.mail(c, 'hotmail.es')}> escribió:
> ¿Puedo pagar en dos plazos?`
  } },
  { kind: 'transcript', make: (g) => {
    const c = g.who('catalonia'), a = g.who('catalonia')
    return r`agente: ajuntament de girona le atiende ${P.lowerGiven(a)}
ciudadano: hola soy ${P.lower(c)} llamo por la recogida de muebles ${g.emo()}
agente: un teléfono de contacto
ciudadano: ${g.ph('ES', 'spoken')}`
  } },
  { kind: 'note', make: (g) => r`seguimiento ${g.n.date('dmy')} ${g.emo()}: expediente ${g.ref('application-ref', 'HIP-2026-XXXX')} pendiente de tasación; DNI ${g.n.dni()}; cuenta ${g.n.ibanBad('ES')} con dígito de control erróneo; tarjeta ${g.n.luhn()} denegada; cuota ${g.n.amount('EUR2', 600, 2000)} el ${g.n.date('dmy')}. mantelería ${g.n.word('rosa')}, sala Mirador.` },
  // ---------- Mexico ----------
  { kind: 'sms', make: (g) => {
    const c = g.who('mexico')
    return r`${g.emo()} hola ${P.lowerGiven(c)}! Hacienda Los Sabinos te recuerda: degustación ${g.n.date('dmy')} ${g.n.time('24')} hrs. anticipo ${g.n.amount('MXN', 15000, 60000)}. dudas al ${g.ph('MX', 'nat')} o whats ${g.ph('MX', 'intl')}`
  } },
  { kind: 'json', make: (g) => {
    const c = g.who('mexico')
    return r`{"evento":"prospecto.creado","canal":"landing-credito","cliente":{"nombre":"${P.full(c)}","curp":"${g.n.curp()}","celular":"${g.ph('MX', 'intlcompact')}","correo":"${g.mail(c, g.pick(['gmail.com', 'hotmail.com', 'prodigy.net.mx']))}"},"monto":"${g.n.amount('MXN', 800000, 3500000)}","ip":"${g.ip()}","sdk":"${g.n.version()}"}`
  } },
  { kind: 'chat', make: (g) => {
    const c = g.who('mexico'), a = g.who('mexico')
    return r`[${g.n.time('24')}] ${P.full(c)}: buenas tardes, quiero inscribir a mi hija al curso de inglés sabatino ${g.emo()}
[${g.n.time('24')}] ${P.full(a)} (Instituto Lingüístico del Bajío): ¡Claro! ¿Nombre de la alumna?
[${g.n.time('24')}] ${P.full(c)}: ${P.full(g.who('mexico'))}
[${g.n.time('24')}] ${P.full(a)}: Listo, grupo ${g.ref('class-code', 'SAB-[AB]X')}. Colegiatura ${g.n.amount('MXN', 1200, 3500)}. ¿Me compartes un correo?
[${g.n.time('24')}] ${P.full(c)}: ${g.mail(c, 'yahoo.com.mx')} y cel ${g.ph('MX', g.pick(['nat', 'natdash']))}`
  } },
  { kind: 'csv', nfd: true, make: (g) => {
    const rows: Piece[] = []
    for (let i = 0; i < 3; i++) {
      const c = g.who('mexico')
      rows.push(r`\n${g.ref('service-request', 'FOL-XXXXXX')},"${P.caps(c)}",${g.ph('MX', g.pick(['intl', 'nat', 'intl00']))},${g.mail(c, 'gmail.com')},${g.pick(['bache', 'recolección', 'alumbrado', 'predial'])}`)
    }
    return r`folio,ciudadano,telefono,correo,tema${rows}`
  } },
  { kind: 'note', make: (g) => {
    const c = g.who('mexico')
    return r`nota ${g.n.date('dmy')}: ${P.lower(c)} quiere crédito infonavit + cofinanciamiento, tasa ${g.ref('rate', '1[0-1].XX%')}. pagó avalúo con ${g.card(g.pick(['visa', 'mc', 'amex']))} ${g.emo()}. llamarle de USA al ${g.ph('US', 'intl')}`
  } },
  { kind: 'email', make: (g) => r`Asunto: Boda ${g.ref('booking-ref', 'HLS-2026-XXX')} – pendientes

${g.emo()} Buen día: el evento es el ${g.n.date('dmy')} a las ${g.n.time('24')}; faltan ${g.n.amount('MXN', 20000, 90000)}. La tarjeta ${g.n.luhn()} fue rechazada. CURP en contrato ${g.n.curp()}. ${g.n.word('Luz')} y sonido incluidos; mesa ${g.int(1, 30)}.` },
]
