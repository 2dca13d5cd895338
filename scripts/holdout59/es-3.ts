// es-ES texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_3 = [
  t("transcript", `agente: envíaya buenas tardes le atiende {{PERSON|jorge}}
cliente: hola soy {{PERSON|amparo}} {{PERSON|amparo llorente}} llamo por un paquete devuelto
agente: me da el número de envío
cliente: {{neg:tracking-number|ey2026051190es}}
agente: se devolvió porque el teléfono no era correcto
cliente: ah es que tenía el viejo el bueno es {{PHONE|seis cuatro nueve, doce, treinta y tres, ochenta y uno}}`),
  t("email", `Hola {{PERSON|Patricia}}:

Gracias por tu llamada. Te confirmo que hemos cambiado la domiciliación de tu seguro de coche a la cuenta {{IBAN|es80 2310 0001 1800 0001 2345}} a partir del recibo de {{neg:date|1 de julio}}.

Tu póliza sigue siendo {{neg:policy-number|SR-5520017}}. La prima anual es de {{neg:amount|412,35 €}}.

Un saludo,
{{PERSON|Óscar Lozano}} – Seguros Ruta
{{PHONE|91 788 20 45}} ext. 214`),
  t("note", `cliente {{PERSON|Wilson Mendoza Quispe}} pide factura a nombre de su empresa. se queja de que la {{neg:name-word|luz}} se va cada tarde 🔌 a las {{neg:time|19:30}}. se abre incidencia {{neg:case-number|LZ-2026-00931}}. móvil{{PHONE|+34 688 21 47 09}}`),
  t("form", `Nombre y apellidos: {{PERSON|María de los Ángeles Ruiz Prieto}}
Tel. fijo: {{PHONE|93 412 77 80}}
Tel. móvil: {{PHONE|620.418.339}}
Tarjeta: {{CARD|4000 0566 5566 5556}}
Caducidad: {{neg:card-expiry|12/27}}
CP: {{neg:postcode|08013}}`),
]
