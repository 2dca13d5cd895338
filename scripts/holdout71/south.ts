// Italian, Spanish and Portuguese texts of holdout71 (it-IT, es-ES, pt-PT), written one by one: lettere con
// riferimenti e oggetto, reclamaciones, notas de expediente, resúmenes de llamada y cartas de aseguradoras, bancos,
// hospitales, compañías eléctricas, operadores, organismos públicos, abogados y agencias de cobro.
import { mk } from "./mk.ts"

const it = mk("it-IT")
const es = mk("es-ES")
const pt = mk("pt-PT")

export const IT_IT = [
  it("email", `Assicurazioni Lombarde Riunite S.p.A.
Casella Postale 4418 – {{neg:postcode|20123}} Milano

Gentile Sig.ra {{PERSON|Maria Grazia De Santis}}
Via dei Mille 27
{{neg:postcode|80121}} Napoli

Ns. rif.: {{neg:claim-number|SIN-ALR-2026-77104}}
Vs. rif.: lettera del {{neg:date|20 novembre 2026}}
Milano, {{neg:date|2 dicembre 2026}}

Oggetto: liquidazione sinistro RC auto, polizza {{neg:policy-number|RCA-4471092-MI}}

Gentile Signora,

le comunichiamo che l'importo di {{neg:amount|3.120,00 €}} sarà accreditato su {{IBAN|IT16 X030 6911 8030 0000 4719 263}}.

Distinti saluti,
Dott. {{PERSON|Lorenzo Bellandi}}
Ufficio Sinistri
Tel. {{PHONE|+39 02 8645 3120}} int. 27`),
  it("note", `Nota pratica – Studio Legale Avv. {{PERSON|Federica Altieri}}
Pratica {{neg:case-number|2026/331/FA}}
Cliente: Sig. {{PERSON|Salvatore Cuccurullo}}, opposizione a decreto ingiuntivo di {{neg:amount|8.400 €}}.
Testimone: Sig.ra {{PERSON|Annunziata Esposito}}, cell. {{PHONE|347 812 4406}}.
Udienza {{neg:date|22 gennaio 2027}} ore {{neg:time|10:30}}.`),
  it("summary", `Riepilogo chiamata – Servizio clienti Energia Adriatica
Cliente: {{PERSON|Giancarlo Ruggeri}}, POD {{neg:meter-number|IT001E44718203}}
Contesta conguaglio di {{neg:amount|742,18 €}}. Numero dettato: {{PHONE|tre tre tre, quattro uno due, sette sette zero otto}} → {{PHONE|tre tre tre, quattro uno due, sette sette zero otto}}.
Operatrice: {{PERSON|Chiara Fumagalli}}.`),
  it("email", `Da: {{PERSON|Rosalba Lo Presti}} <{{EMAIL|rosalba.lopresti@example.it.example}}>
A: Reclami Banca Tirrenica <{{EMAIL|reclami@bancatirrenica.example}}>
Oggetto: Reclamo formale – addebito non autorizzato

Spettabile Banca,

in data {{neg:date|14 novembre}} è stato addebitato sul mio conto {{IBAN|IT75 K020 0805 3640 0010 3847 261}} un importo di {{neg:amount|1.290,00 €}} che non riconosco. Chiedo il rimborso entro 15 giorni.

Cordiali saluti,
{{PERSON|Rosalba Lo Presti}}
Tel. {{PHONE|06 4470 2281}}`),
  it("transcript", `OPERATORE: Ospedale San Matteo (modello), ufficio ricoveri, sono {{PERSON|Alessio}}.
CHIAMANTE: Buongiorno, sono {{PERSON|Teresa Galli}}, figlia del paziente {{PERSON|Vittorio Galli}}.
OPERATORE: Mi serve un recapito.
CHIAMANTE: {{PHONE|339 207 5518}}.
OPERATORE: Grazie. Il ricovero è confermato per il {{neg:date|9 dicembre}}, codice {{neg:reference|RIC-2026-0847}}.`),
  it("note", `Nota interna – Agenzia recupero crediti Nord Est
Debitore: Ing. {{PERSON|Massimo Zanardi}}, pratica {{neg:case-number|RC-NE-30917}}
Procuratore: Avv. {{PERSON|Elena Brambilla}}, {{EMAIL|e.brambilla@studiobrambilla.example}}, {{PHONE|041 522 7809}}.
Proposta di saldo e stralcio {{neg:amount|2.000 €}} su {{neg:amount|3.460 €}}. IBAN errato nella proposta: {{neg:iban-checksum|IT57 K020 0805 3640 0010 3847 261}}.`),
  it("summary", `Resoconto telefonata – INPS-modello, sede di Bologna
Utente: Sig. {{PERSON|Arturo Benedetti}}, pratica pensione di reversibilità per la moglie Sig.ra {{PERSON|Gabriella Benedetti}}.
Il figlio {{PERSON|Stefano Benedetti}} delegato. Recapito: {{PHONE|051 643 2190}}, mail {{EMAIL|stefano.benedetti@example.com}}.`),
  it("chat", `Chat – TelcoItalia (modello)
Operatrice {{PERSON|Giulia}}: Buonasera, come posso aiutarla?
Cliente: mi avete addebitato {{neg:amount|29,90 €}} per servizi in abbonamento
Operatrice {{PERSON|Giulia}}: Mi indica intestatario e numero?
Cliente: {{PERSON|Pasquale Iannuzzi}}, {{PHONE|328 441 0972}}
Operatrice {{PERSON|Giulia}}: Rimborso disposto, pratica {{neg:ticket-number|TI-2026-88104}}.`),
  it("ticket", `Modulo reclamo ASL (modello)
Cognome: {{PERSON|Marchetti}}
Nome: {{PERSON|Loredana}}
Telefono: {{PHONE|055 238 4419}}
Email: {{EMAIL|loredana.marchetti@example.org}}
Struttura: poliambulatorio, visita del {{neg:date|3 novembre 2026}}
Descrizione: attesa di 4 ore, referto mai ricevuto. Medico: Dott.ssa {{PERSON|Ilaria Pontecorvo}}.`),
]

export const ES_ES = [
  es("email", `Mutua Levantina de Seguros
Apartado de Correos 1180 – {{neg:postcode|46080}} Valencia

Sra. Dña. {{PERSON|Inmaculada Ferrándiz Soler}}
C/ Músico Padilla, 14, 3.º B
{{neg:postcode|46005}} Valencia

Nuestra ref.: {{neg:claim-number|SIN-ML-2026-40817}}
Su ref.: daños por agua
Valencia, {{neg:date|2 de diciembre de 2026}}

Asunto: siniestro de hogar, póliza {{neg:policy-number|HOG-772041-V}}

Estimada Sra. {{PERSON|Ferrándiz}}:

Le informamos que abonaremos {{neg:amount|1.845,60 €}} en la cuenta {{IBAN|ES95 2100 0813 6902 0174 9368}}.

Atentamente,
{{PERSON|Vicente Llorca Martí}}
Departamento de Siniestros
Tel. {{PHONE|+34 963 517 240}}, ext. 118`),
  es("note", `Nota de expediente – Despacho de abogados (modelo)
Exp. {{neg:case-number|2026/0411-LAB}}
Cliente: D. {{PERSON|Ernesto Garrido Peña}}, despido improcedente.
Testigo: Dña. {{PERSON|Remedios Cabello}}, compañera, {{PHONE|612 448 391}}.
Conciliación el {{neg:date|17 de diciembre}} a las {{neg:time|11:00}}.`),
  es("summary", `Resumen de llamada – Atención al cliente, Eléctrica del Cantábrico
Cliente: {{PERSON|Begoña Uriarte}}, CUPS {{neg:meter-number|ES0021000004471822QX}}
Reclama factura de {{neg:amount|318,40 €}}. Teléfono dictado: {{PHONE|seis uno cinco, dos dos tres, cuatro cero nueve}} → {{PHONE|seis uno cinco, dos dos tres, cuatro cero nueve}}.
Agente: {{PERSON|Iker Zabala}}.`),
  es("email", `De: {{PERSON|Rocío Benítez Aranda}} <{{EMAIL|rocio.benitez@example.es.example}}>
Para: Servicio de Atención al Cliente, Banco Ibérico <{{EMAIL|sac@bancoiberico.example}}>
Asunto: Reclamación – cargo duplicado

Muy señores míos:

El {{neg:date|20 de noviembre}} se me cargó dos veces la cuota del préstamo {{neg:loan-number|PRE-2026-558104}} ({{neg:amount|412,77 €}}) en la cuenta {{IBAN|ES57 0049 1500 0728 1103 7456}}. Ruego la devolución.

Atentamente,
{{PERSON|Rocío Benítez Aranda}}
Tel. {{PHONE|933 104 772}}`),
  es("transcript", `AGENTE: Seguros Meseta, le atiende {{PERSON|Lucía}}.
CLIENTE: Hola, soy {{PERSON|Fernando Ortega}}, quiero dar de baja el seguro.
AGENTE: ¿Me confirma la tarjeta con la que paga?
CLIENTE: {{CARD|4716 0392 8845 1201}}.
AGENTE: Correcto. Tramito la baja con efecto {{neg:date|31/12/2026}}. Referencia {{neg:reference|BAJ-88412}}.`),
  es("note", `Hospital (modelo) – nota de trabajo social
Paciente: D. {{PERSON|Julián Moreno Castillo}}, NHC {{neg:reference|NHC-0448127}}
Persona de contacto: su sobrina {{PERSON|Nerea Castillo}}, {{PHONE|678 330 214}}.
Médico de cabecera: Dra. {{PERSON|Ainhoa Etxeberria}}.`),
  es("email", `Agencia de recobro Cobros del Sur, S.L.
Ref.: {{neg:reference|CDS-2026-1187}}
Sevilla, {{neg:date|3 de diciembre de 2026}}

Sr. D. {{PERSON|Manuel Jesús Rivas}}:

Le recordamos que tiene pendiente {{neg:amount|964,30 €}} con la operadora Tel-Sur. Puede llamar a {{PERSON|Macarena Gil}} al {{PHONE|954 218 603}} o escribir a {{EMAIL|m.gil@cobrosdelsur.example}}.`),
  es("summary", `Resumen – Seguridad Social (modelo), pensión de viudedad
Solicitante: Dña. {{PERSON|Amparo Vidal}}; su hijo {{PERSON|Óscar Vidal}} tiene poder notarial. Contacto {{PHONE|655 902 418}}. Documentación a {{EMAIL|viudedad@seg-social.example}}.`),
  es("chat", `Chat – Telefónica-modelo
Agente ({{PERSON|Sergio}}): ¡Hola! ¿En qué te ayudo?
Cliente: me cobran {{neg:amount|15 €}} de más desde octubre, tel {{PHONE|622 817 430}}
Agente ({{PERSON|Sergio}}): ¿Titular?
Cliente: {{PERSON|Nuria Pascual}}`),
]

export const PT_PT = [
  pt("email", `Seguradora Atlântica, S.A.
Apartado 4418, {{neg:postcode|1001-001}} Lisboa

Exma. Senhora
D. {{PERSON|Maria do Rosário Figueiredo}}
Rua de Cedofeita, 220
{{neg:postcode|4050-174}} Porto

N/ Ref.ª: {{neg:claim-number|SIN-SA-2026-30417}}
V/ Ref.ª: carta de {{neg:date|19 de novembro}}
Lisboa, {{neg:date|2 de dezembro de 2026}}

Assunto: Sinistro automóvel, apólice {{neg:policy-number|AUT-880471-P}}

Exma. Senhora,

Informamos que a indemnização de {{neg:amount|2.310,00 €}} será transferida para {{IBAN|PT50 0035 0651 0003 8271 9452 2}}.

Com os melhores cumprimentos,
{{PERSON|Rui Pedro Antunes}}
Departamento de Sinistros
Tel. {{PHONE|+351 213 447 820}}`),
  pt("note", `Nota de processo – Sociedade de Advogados (modelo)
Proc. {{neg:case-number|2026/118/LAB}}
Cliente: Sr. {{PERSON|Joaquim Mendes}}, crédito laboral.
Testemunha: Sra. {{PERSON|Fátima Correia}}, {{PHONE|912 336 481}}.
Audiência a {{neg:date|14 de janeiro}} às {{neg:time|9:30}}.`),
  pt("summary", `Resumo de chamada – Linha de apoio, Elétrica do Norte
Cliente: {{PERSON|Albano Teixeira}}, CPE {{neg:meter-number|PT0002000044718202KT}}
Contesta fatura de {{neg:amount|205,16 €}}. Número ditado: {{PHONE|dois dois cinco, zero oito quatro, três um sete}} → {{PHONE|dois dois cinco, zero oito quatro, três um sete}}.
Operadora: {{PERSON|Sónia Pires}}.`),
  pt("email", `De: {{PERSON|Beatriz Sousa Magalhães}} <{{EMAIL|beatriz.sm@example.pt.example}}>
Para: Provedoria do Cliente, Banco Lusitano <{{EMAIL|provedor@bancolusitano.example}}>
Assunto: Reclamação – comissão indevida

Exmos. Senhores,

Em {{neg:date|5 de novembro}} foi cobrada uma comissão de {{neg:amount|35,00 €}} na conta {{IBAN|PT50 0033 0000 4531 6702 1848 3}}. Solicito a devolução.

Com os melhores cumprimentos,
{{PERSON|Beatriz Sousa Magalhães}}
{{PHONE|918 225 047}}`),
  pt("transcript", `OPERADOR: Hospital (modelo), serviço de internamento, fala o {{PERSON|Tiago}}.
CHAMADOR: Bom dia, sou o {{PERSON|Henrique Lopes}}, filho da doente {{PERSON|Graça Lopes}}.
OPERADOR: Tem um contacto?
CHAMADOR: {{PHONE|936 771 204}}.
OPERADOR: A alta está prevista para {{neg:date|6 de dezembro}}.`),
  pt("note", `Nota – Empresa de cobranças (modelo)
Devedor: Eng. {{PERSON|Nuno Valente}}, processo {{neg:case-number|CB-2026-44719}}
Mandatária: Dra. {{PERSON|Catarina Vieira}}, advogada, {{EMAIL|c.vieira@advogados-porto.example}}, {{PHONE|226 093 518}}.
Valor em dívida {{neg:amount|1.120,44 €}}.`),
  pt("summary", `Resumo – Segurança Social (modelo), pensão de sobrevivência
Requerente: Sra. {{PERSON|Odete Carvalho}}; procurador o genro, Sr. {{PERSON|Vasco Amaral}}, {{PHONE|963 408 129}}. Documentos para {{EMAIL|pensoes@seg-social-pt.example}}.`),
  pt("chat", `Chat – Operadora MEO-modelo
Assistente ({{PERSON|Inês}}): Olá! Como posso ajudar?
Cliente: cobraram {{neg:amount|12,99 €}} a mais, nº {{PHONE|927 114 583}}
Assistente ({{PERSON|Inês}}): Nome do titular?
Cliente: {{PERSON|Márcio Baptista}}`),
  pt("ticket", `Livro de reclamações eletrónico (modelo)
Nome: {{PERSON|Luísa Fontes Quaresma}}
Telefone: {{PHONE|219 447 302}}
Email: {{EMAIL|luisa.fq@example.com}}
Entidade: Seguradora Atlântica, apólice {{neg:policy-number|VID-2026-00418}}
Data: {{neg:date|28/11/2026}}`),
]
