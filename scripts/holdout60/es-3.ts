// es-ES texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_3 = [
  t("note", `Clínica – paciente {{PERSON|Amparo Lledó}} anula cita de traumatología del {{neg:date|22/10}}. Quiere otra con el Dr. {{PERSON|Sanchís}} por la tarde. Llamar al {{PHONE|963 51 22 08}} o a su hija {{PERSON|Vicenta}} {{PHONE|629 118 440}}.`),
  t("sms", `Mensaje de voz de {{PHONE|+34 699 204 518}}: "hola soy {{PERSON|marisa}} de la aseguradora, el perito pasará el jueves a las {{neg:time|10:00}}, si no le viene bien llámeme, gracias"`),
  t("chat", `[09:40] {{PERSON|Jordi}}: bon dia, quiero cambiar mi tarifa del gimnasio a la de mañanas
[09:41] FitBarna – {{PERSON|Laia}}: ¡Hola {{PERSON|Jordi}}! Claro, la tarifa mañanas es {{neg:amount|29 €}}/mes. ¿Te la cambio desde el {{neg:date|1 de mayo}}?
[09:41] {{PERSON|Jordi}}: sí gracias`),
  t("email", `Asunto: Reembolso de la devolución {{neg:return-number|DV-88120}}

Buenas tardes,

Devolví el pedido el {{neg:date|3 de marzo}} y aún no tengo el dinero. Por favor, ingresadlo en {{IBAN|ES76 2077 0024 0031 0257 5766}}.

Un saludo,
{{PERSON|Ainhoa Etxeberria}}
{{PHONE|943 21 44 09}}`),
  t("transcript", `agente: fibra y móvil buenas tardes soy {{PERSON|adrián}}
cliente: hola no me funciona internet desde ayer
agente: me dice el titular de la línea
cliente: {{PERSON|rafael}} {{PERSON|ruiz}} {{PERSON|prieto}}
agente: y un móvil de contacto
cliente: {{PHONE|seis siete uno, veintidós, cero ocho, catorce}}`),
  t("ticket", `Expediente {{neg:claim-number|HOG-2026-88412}}
Asegurado: {{PERSON|María de los Ángeles Ruiz Prieto}}
Tel.: {{PHONE|+34 954 22 81 30}}
Siniestro: rotura de tubería, daños en el piso de abajo (Sr. {{PERSON|Olmedo}}).
Estado: perito asignado {{neg:date|09/03}}.`),
]
