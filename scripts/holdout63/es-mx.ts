// es-MX texts: written one by one (clínica de fertilidad, transporte escolar, cine, alimento para mascotas, paneles
// solares en renta, escuela de manejo, carga de autos eléctricos, coworking, plan funerario, taller de bicicletas).
import { mk } from "./markup.ts"

const t = mk("es-MX")

export const ES_MX = [
  t("chat", `Fertilidad Integral Polanco – WhatsApp
Agenda: ¡Hola! Le atiende {{PERSON|Guadalupe}}, ¿en qué le puedo ayudar?
paciente: buenas tardes quiero agendar mi primera consulta
Agenda: Con gusto. ¿Nombre completo?
paciente: {{PERSON|Ximena Cervantes Aguilar}}
Agenda: Le queda el jueves {{neg:date|17 de diciembre}} a las {{neg:time|16:00}} con el Dr. {{PERSON|Treviño}}. La consulta cuesta {{neg:amount|$1,800 MXN}}.`),
  t("sms", `Fertilidad Integral: {{PERSON|XIMENA}}, le recordamos su cita el {{neg:date|17/12}} a las {{neg:time|16:00}}. Para cambios llame al {{PHONE|55 5280 4417}}.`),
  t("note", `Transporte escolar Colegio Arboleda: mamá {{PERSON|Adriana Solís}} pide cambiar la ruta de sus hijos {{PERSON|Emiliano}} y {{PERSON|Renata}} a la ruta {{neg:route-number|5}} a partir de enero. CP {{neg:postcode|45070}}. Cel {{PHONE|33 1874 6620}}. Pago mensual {{neg:amount|$2,350}}.`),
  t("email", `Asunto: Cargo doble en mi renta de paneles

Hola,

Este mes me cobraron dos veces la renta de los paneles solares ({{neg:amount|$1,149.00}} cada una). Mi contrato es {{neg:contract-number|SOLMX-2025-30917}}.

Pueden regresarme el cargo a mi tarjeta {{neg:masked-card|**** 7710}}. Mi número es {{PHONE|81 8340 2217}}.

Saludos,
{{PERSON|Rogelio Garza}}
{{EMAIL|rogelio.garza@correo.example}}`),
  t("transcript", `AGENTE: Cinemas Estrella, le atiende {{PERSON|Brenda}}.
CLIENTE: Hola, compré boletos en la app y no me llegaron.
AGENTE: ¿Me da el número de compra?
CLIENTE: {{neg:order-number|CE 4418 2207 91}}
AGENTE: Ya lo veo, los reenvío. ¿A qué celular?
CLIENTE: {{PHONE|cincuenta y cinco, cuarenta y ocho, veintiuno, treinta y siete, cero nueve}}
AGENTE: {{PHONE|55 4821 3709}}, listo.`),
  t("ticket", `CROQUETAS A TU PUERTA – ALTA DE SUSCRIPCIÓN
Nombre: {{PERSON|Luz María Olvera}}
Tel: {{PHONE|+52 222 418 3306}}
Correo: {{EMAIL|luzma.olvera@buzon.example}}
Mascota: Canela (perro, 12 kg)
Tarjeta: {{CARD|4024 0071 8824 2}}
Monto: {{neg:amount|$689.00}} cada 30 días`),
  t("chat", `[10:41] Tú: hola el cargador de la plaza no me deja conectar
[10:42] {{PERSON|Iván}} | VoltMéx: Hola, ¿qué número tiene el cargador?
[10:42] Tú: {{neg:charger-id|VMX-CDMX-2207}}
[10:43] {{PERSON|Iván}} | VoltMéx: Lo reinicié, intente de nuevo por favor. La sesión anterior de {{neg:amount|$96.40}} ya se canceló.
[10:45] Tú: ya quedó gracias`),
  t("note", `Manejo Seguro escuela: alumna {{PERSON|Dulce Rangel}} pide clases sábado {{neg:time|9:00}}. Instructor {{PERSON|Fermín}}. Paquete 10 clases {{neg:amount|$4,500}}. Tel casa {{PHONE|442 216 0873}}, papá {{PERSON|Jesús Rangel}} {{PHONE|442 388 1429}}.`),
  t("email", `De: {{PERSON|Mariana Fuentes}} <{{EMAIL|mfuentes@colmena-cowork.example}}>
Para: {{PERSON|Óscar Delgado}}
Asunto: RE: Factura de noviembre

Hola {{PERSON|Óscar}}:
Ya corregimos la factura {{neg:invoice-number|CW-MX-11-2026-0412}} con tu RFC. El escritorio fijo queda en {{neg:amount|$3,900}} al mes. Si la red te sigue fallando, tu equipo tenía la IP {{IP_ADDRESS|192.168.1.57}}.
Saludos,
{{PERSON|Mariana}}, Colmena Cowork`),
  t("transcript", `asesora previsión funeraria san judas buenas tardes habla {{PERSON|rosario}}
cliente buenas tardes mi abuelita tenía un plan con ustedes doña {{PERSON|petra}}
asesora me permite el número de contrato
cliente es {{neg:contract-number|SJ 0091 4471 28}}
asesora y un teléfono donde le llamemos
cliente {{PHONE|treinta y tres, doce, cuarenta y cuatro, setenta y uno, ochenta y nueve}}`),
  t("sms", `Taller La Cadena: Hola {{PERSON|Beto}}, tu bici quedó lista 🚲 Total {{neg:amount|$750}}. Abrimos hasta las {{neg:time|19:00}}. WhatsApp {{PHONE|55 3917 0482}}`),
  t("ticket", `TALLER LA CADENA – ORDEN {{neg:order-number|LC-3310}}
Cliente: {{PERSON|Hernández, Yareli}}
Tel: {{PHONE|(55) 6218-4093}}
Bici: Benotto R26, serie {{neg:serial-number|BN 44018 22}}
Trabajo: cambio de cámara y ajuste de frenos`),
]
