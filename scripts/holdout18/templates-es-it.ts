// Spanish (Spain) and Italian templates.
import type { Template } from './templates-en-a.ts'

export const ES: Template[] = [
  { kind: 'form', domain: 'law', text: `Ficha de cliente (copiada del formulario)
Nombre: {{NAME}}
Teléfono: {{PHONE}}
Correo: {{EMAIL}}
Asunto: reclamación de cantidad
Expediente {{n:case-number}}, autos {{n:court-ref}}
Presupuesto {{n:fee-quote}}: {{n:amount}}` },
  { kind: 'sms', domain: 'ferry', text: `{{CO}}: Su salida {{n:voyage-number}} a Tánger sale el {{n:date}} a las {{n:time}}. Reserva {{n:booking-ref}}, matrícula {{n:vehicle-reg}}. Info: {{PHONE}}` },
  { kind: 'chat', domain: 'staff', text: `Agente {{FIRST}}: Hola, ¿en qué puedo ayudarte?
Candidata: hola soy {{first}} {{E}}, no me han pagado las horas del parte {{n:timesheet-ref}}
Agente {{SAMEF:1}}: Veo {{n:hours}} a {{n:rate}}. ¿Tu IBAN sigue siendo {{IBAN:ES}}?
Candidata: sí. mi móvil {{PHONE}}` },
  { kind: 'email', domain: 'ferry', text: `Asunto: Queja – camarote {{n:cabin}}

Buenas tardes:
El {{n:date}} el barco salió con {{n:time}} de retraso y perdí el enlace. Exijo {{n:amount}}. Para ustedes será una {{w:victoria}}, para mí no.
Un saludo,
{{NAME}}
{{PHONE}}

> El {{n:date}}, Atención al Cliente <{{EMAIL:atencion}}> escribió:
> Estimada Sra. {{LAST}}, su billete {{n:ticket}} ha sido anulado.` },
  { kind: 'note', domain: 'law', text: `llamó {{name}} – cita {{n:date}} {{n:time}} con la letrada {{NAME}}. pago tarjeta {{n:luhn-invalid}} rechazado; luego {{CARD}} ok. cuenta {{n:iban-checksum}} no válida.` },
  { kind: 'json', domain: 'staff', text: `{"candidato":"{{n:candidate-id}}","nombre":"{{NAME}}","email":"{{EMAIL}}","movil":"{{PHONE}}","oferta":"{{n:job-id}}","entrevista":"{{n:date}} {{n:time}}","ip":"{{IP6}}"}` },
]

export const IT: Template[] = [
  { kind: 'form', domain: 'law', text: `Scheda accoglienza cliente
Nominativo: {{NAME}}
Cellulare: {{PHONE}}
E-mail: {{EMAIL}}
Materia: diritto del lavoro
Pratica {{n:case-number}} – {{n:court-ref}}
Preventivo {{n:fee-quote}} di {{n:amount}}` },
  { kind: 'sms', domain: 'staff', text: `Ciao {{first}}, colloquio per {{n:job-id}} il {{n:date}} alle {{n:time}} da {{CO}}. Chiedi di {{NAME}}. Info {{PHONE}} int. {{pick:21|104}}` },
  { kind: 'chat', domain: 'ferry', text: `Operatore {{FIRST}}: Buongiorno, come posso aiutarla?
Cliente: salve, sono {{NAME}}, prenotazione {{n:booking-ref}} {{E}}
Cliente: vorrei cambiare il veicolo, nuova targa {{n:vehicle-reg}}
Operatore {{SAMEF:1}}: Fatto, supplemento {{n:amount}}. Cabina {{n:cabin}}, ponte {{n:deck}}. Conferma a {{EMAIL}}.` },
  { kind: 'summary', domain: 'ferry', text: `Riepilogo chiamata (assistente IA)
La chiamante {{NAME}} ha smarrito una borsa sulla corsa {{n:voyage-number}} del {{n:date}}, ore {{n:time}}. Recapito: {{PHONE}}, {{EMAIL}}. Rimborso su {{IBAN:IT}}.` },
  { kind: 'note', domain: 'staff', text: `sentito {{first}} x cedolino {{n:payroll-ref}}: {{n:hours}} non pagate, tariffa {{n:rate}}. IBAN comunicato {{n:iban-checksum}} errato. richiamare {{PHONE}} dopo {{n:time}}` },
  { kind: 'csv', domain: 'law', text: `pratica;cliente;telefono;email;udienza
{{n:case-number}};{{NAME}};{{PHONE}};{{EMAIL}};{{n:date}}
{{n:case-number}};{{NAME}};{{PHONE:X}};{{EMAIL}};{{n:date}}` },
]
