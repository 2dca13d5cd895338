// es-ES and pt-PT texts, written one by one: sala VIP, micromecenazgo, seguro de mascotas, academia de idiomas, placas
// solares, casa de empeños, reventa de entradas, club de vinos, administración de fincas.
import { mk } from "./mk.ts"

const es = mk("es-ES")
const pt = mk("pt-PT")

export const ES_ES = [
  es("chat", `Bodega Club Ribera – chat
{{PERSON|Nerea Etxeberria}}: hola, me habéis cobrado dos veces la cuota de diciembre 😡
{{PERSON|Álvaro}} (Bodega Club): Hola {{PERSON|Nerea}}, lo siento. ¿Me dices los últimos dígitos de la tarjeta?
{{PERSON|Nerea Etxeberria}}: acaba en {{neg:masked-card|**** 2279}}
{{PERSON|Álvaro}} (Bodega Club): Veo dos cargos de {{neg:amount|39,90 €}}. Devolvemos uno en 3-5 días.`),
  es("note", `Mascota Segura – llamada de {{PERSON|Rocío Fernández Gil}} sobre la póliza {{neg:policy-number|MS-220918}} de su perro. Pide cambiar domiciliación a {{IBAN|ES56 2100 0418 4272 0933 6614}}. Tel. {{PHONE|612 487 309}}. Llamar mañana a las {{neg:time|10:30}}.`),
  es("email", `Asunto: Reembolso proyecto cancelado

Hola equipo de Impulsa,
Apoyé el proyecto "Cómic Malasaña" con {{neg:amount|50 euros}} el {{neg:date|2 de septiembre}} y se ha cancelado. ¿Cuándo recibo el reembolso? La tarjeta era {{CARD|5499 1027 4455 6300}}.
Un saludo,
{{PERSON|Iñaki Goikoetxea}}
{{PHONE|+34 688 214 507}}`),
  es("summary", `Resumen de llamada – SolarSur Instalaciones. Cliente {{PERSON|Manuel Ortega Ruiz}} (Sevilla, {{neg:postcode|41010}}). La instalación de 12 paneles quedó para el {{neg:date|19 de enero}}. Presupuesto {{neg:amount|6.480 €}}. Contacto {{PHONE|954 27 81 40}}, {{EMAIL|m.ortega.ruiz@example.com}}.`),
  es("transcript", `AGENTE: Academia Babel, le atiende {{PERSON|Lucía}}.
CLIENTE: hola, llamo para apuntar a mi hija al curso de inglés
AGENTE: Perfecto. ¿Nombre de la alumna?
CLIENTE: {{PERSON|Valeria Castillo}}
AGENTE: ¿Y un teléfono?
CLIENTE: {{PHONE|seis cuatro cuatro, dos uno ocho, tres nueve siete}}
AGENTE: {{PHONE|seis cuatro cuatro, dos uno ocho, tres nueve siete}}. La matrícula son {{neg:amount|60 €}}.`),
  es("ticket", `Fincas Goya – incidencia {{neg:ticket-number|FG-77120}}
Propietario: {{PERSON|Salvador Prieto}}
Piso: Calle Goya 41, 3ºB, {{neg:postcode|28001}} Madrid
Teléfono: {{PHONE|91 522 4418}}
Descripción: humedad en el techo del baño desde el {{neg:date|28/11}}`),
]

export const PT_PT = [
  pt("chat", `Adega Clube Douro
{{PERSON|Inês Carvalho}}: olá, a caixa de vinhos chegou com uma garrafa partida 😕
{{PERSON|Rui}} (Adega Clube): Olá {{PERSON|Inês}}! Pode indicar a encomenda?
{{PERSON|Inês Carvalho}}: {{neg:order-number|AD-40918}}
{{PERSON|Rui}} (Adega Clube): Vamos reenviar. A morada continua em {{neg:postcode|4050-291}} Porto?`),
  pt("email", `Assunto: Seguro do gato – reembolso

Boa tarde,
Envio a fatura da clínica ({{neg:amount|148,50 €}}) de {{neg:date|5 de dezembro}}. O reembolso deve ir para {{IBAN|PT50 0035 0012 0441 8739 1236 9}}.
Cumprimentos,
{{PERSON|Tiago Mendes}}
{{PHONE|912 348 561}}`),
  pt("summary", `Resumo da chamada – Casa de Penhores Lusa. Cliente {{PERSON|Maria da Graça Antunes}} quer resgatar o anel (contrato {{neg:contract-number|CP 2026 0918}}). Juros {{neg:amount|31,20 €}}. Telefone {{PHONE|213 421 887}}. Passa cá na sexta, {{neg:date|12 de dezembro}}.`),
  pt("note", `Escola de Línguas Farol: {{PERSON|Ana Beatriz Lopes}} pede troca de horário para as {{neg:time|19h}}. Aluna nº {{neg:student-number|FL-1187}}. Contacto {{PHONE|+351 936 204 718}}, {{EMAIL|anabia.lopes@example.org}}.`),
]
