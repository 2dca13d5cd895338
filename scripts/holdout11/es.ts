// Spanish (Mexico and Spain): all four businesses.
import type { Ctx } from "./ctx.ts"
import { T, type Template, neg } from "./render.ts"
import { digits } from "./values.ts"

/** Mexico pays by CLABE (18 digits, not an IBAN); Spain by IBAN. */
const payTo = (c: Ctx) => (c.loc.id === "es-MX" ? T`CLABE ${neg("clabe", `0${digits(c.rng, 17)}`)}` : T`IBAN ${c.iban("ES")}`)
const GYM = ["FitHub", "Gimnasio Vértice"]

export const ES: Template<Ctx>[] = [
  {
    kind: "call", biz: "dental", make: (c) => {
      const a = c.person(), d = c.person()
      return T`agente: clínica dental sonrisa buenos días le atiende ${c.first(d)}
cliente: hola buenas soy ${c.lower(a)} quería pedir cita para una limpieza
agente: claro me da un teléfono de contacto
cliente: sí es el ${c.phone(false)}
agente: tenemos el ${c.date()} a las ${c.time()} con la doctora ${c.last(d)} en el gabinete ${c.room()}
cliente: perfecto y cuánto cuesta
agente: son ${c.money()} su referencia es ${c.ref()}`
    },
  },
  {
    kind: "sms", biz: "optician", make: (c) => {
      const a = c.person()
      return T`Ópticas Visión Clara: Hola ${c.first(a)}, te recordamos tu revisión el ${c.date()} a las ${c.time()}. Para cancelar llama al ${c.phone()}. Ref. ${c.ref()}`
    },
  },
  {
    kind: "email", biz: "gym", make: (c) => {
      const a = c.person()
      return T`Asunto: Congelar mi membresía ${c.member()}
Hola equipo de ${c.pick(GYM)}:
Soy ${c.full(a)} y quiero congelar mi membresía desde el ${c.date()} por dos meses. La cuota de ${c.money()} se cobra de ${payTo(c)}. Taquilla ${c.locker()}.
Mi correo es ${c.email(a)} y mi móvil ${c.phone()}.
Un saludo,
${c.first(a)}`
    },
  },
  {
    kind: "chat", biz: "gym", make: (c) => {
      const a = c.person(), g = c.person()
      return T`Cliente: hola ${c.emoji()}me han cobrado dos veces ${c.money()}
Agente ${c.first(g)}: Lo siento mucho. ¿Me indica su nombre y número de socio?
Cliente: ${c.full(a)}, socio ${c.member()}
Cliente: la tarjeta es ${c.card()}
Agente ${c.first(g)}: Por seguridad no comparta la tarjeta completa. La devolución llegará antes del ${c.date()}.
[ip ${c.ip()}]`
    },
  },
  {
    kind: "admissions", biz: "university", make: (c) => {
      const a = c.person()
      return T`Asunto: Solicitud ${c.applicant()} – ${c.course()}
Estimada Oficina de Admisiones:
Me llamo ${c.full(a)}. Mi promedio es ${c.grade()}. Adjunto:
- pasaporte.pdf
- certificado_notas_${c.last(a)}.pdf
Mi ${c.loc.id === "es-MX" ? "RFC" : "DNI"} es ${c.taxId()}. Pueden llamarme al ${c.phone()} o al ${c.foreign()}.
Atentamente,
${c.full(a)}`
    },
  },
  {
    kind: "complaint", biz: "dental", make: (c) => {
      const a = c.person()
      return T`HOJA DE RECLAMACIÓN
Nombre: ${c.upperLast(a)}
Teléfono: ${c.phone()}
Correo: ${c.email(a)}
Nº de paciente: ${c.member()}
Factura: ${c.invoice()}
Motivo: se me cobró ${c.money()} por una cita que anulé el ${c.date()}. Solicito la devolución a ${payTo(c)}. La cuenta ${c.badIban("ES")} que figura en la factura no es mía.
Lo supe por el folleto de la campaña ${c.word("Rosa")} de prevención.`
    },
  },
  {
    kind: "wrap", biz: "optician", make: (c) => {
      const a = c.person(), g = c.person()
      return T`Nota: llamó ${c.full(a)} para cambiar la recogida de gafas al ${c.date()} ${c.time()}. Pagado ${c.money()} con tarjeta ${c.card()}. Tel. ${c.phone()}. CP ${c.postcode()}. Atendió ${c.first(g)}.`
    },
  },
  {
    kind: "crm", biz: "university", make: (c) => {
      const head = `id_aspirante\tnombre\tcorreo\ttelefono\tprograma\tnota\n`
      const rows = [c.person(), c.person()].map((p) => T`${c.applicant()}\t${c.full(p)}\t${c.email(p)}\t${c.phone()}\t${c.course()}\t${c.grade()}\n`)
      return [head, ...rows.flat()]
    },
  },
  {
    kind: "letter", biz: "university", make: (c) => {
      const a = c.person(), d = c.person()
      return T`Estimada Sra. ${c.last(a)}:
Le agradecemos su donativo de ${c.money()} del ${c.date()} al fondo de becas; nos da ${c.word("esperanza")}. Para cualquier duda: ${c.roleEmail("exalumnos", "uvertice.edu")} o ${c.phone()}.
Cordialmente,
${c.full(d)}
Decana de la Facultad`
    },
  },
]

export const ES_REFS: Template<Ctx>[] = [
  {
    kind: "sms", biz: "gym", make: (c) => T`${c.pick(GYM)}: tu clase de spinning del ${c.date()} a las ${c.time()} en la sala ${c.room()} está confirmada. Taquilla ${c.locker()}. Ref. ${c.ref()}`,
  },
  {
    kind: "crm", biz: "dental", make: (c) => {
      const rows = [0, 1, 2].map(() => T`${c.invoice()}\t${c.date()}\t${c.money()}\t${c.member()}\n`)
      return ["factura\tfecha\timporte\tpaciente\n", ...rows.flat(), ...T`rechazada: ${c.badCard()}\n`]
    },
  },
]
