// Texts of Brazil (Portuguese) and Argentina (Spanish), written one by one: quoted marketplace threads, agents' case
// notes, report forms and moderation log lines, and quoted reviews of a trust-and-safety and support desk.
import { mk } from "./mk.ts"

const br = mk("pt-BR")
const ar = mk("es-AR")

export const PT_BR = [
  br("thread", `Disputa {{neg:case-number|DSP-2026-55190}}, conversa citada — anúncio {{neg:listing-id|MLB-88120931}} (geladeira, Campinas)
comprador rafa_cps: ainda tá disponível?
vendedora {{PERSON|Luciana Albuquerque}}: tá sim, me chama no zap {{PHONE|(11) 97342-1856}} que eu faço desconto
comprador rafa_cps: prefiro fechar por aqui mesmo`),
  br("report", `denúncia tipo=pagamento_fora autor=@vovo_do_bazar anúncio={{neg:listing-id|BR-2958-SP}}
texto="ele escreveu o número por extenso: {{PHONE|dois um, nove oito sete, cinco zero, quatro um dois oito}}"
ação=anúncio_removido moderador=mod_br_8`),
  br("case", `Nota do atendente: conta de {{PERSON|Patrícia Nogueira}} invadida, login de {{IP_ADDRESS|203.0.113.200}} em {{neg:date|2 de dezembro}} às {{neg:time|03:40}}. E-mail trocado para {{EMAIL|pat.suporte.conta@example.com}}. Revertido; reembolso de {{neg:amount|R$ 389,90}} no cartão {{neg:masked-card|**** 5310}}.`),
  br("review", `Avaliação citada na reclamação {{neg:case-number|RC-9027}}: "Casa na praia em Ubatuba linda, mas o anfitrião {{PERSON|Reinaldo}} sumiu. O caseiro, seu {{PERSON|Jair}}, resolveu tudo." Resposta: "Obrigado! O caseiro trabalha das {{neg:time|8h}} às 17h, fone {{PHONE|(12) 3832-1907}}."`),
  br("case", `Repasse ao vendedor: {{PERSON|Wesley Cardoso}} cadastrou conta em Portugal? Não — informou IBAN brasileiro {{neg:iban-checksum|BR98 0036 0305 0000 1000 9795 493P 1}}, inválido; o correto é {{IBAN|BR97 0036 0305 0000 1000 9795 493P 1}}. Valor {{neg:amount|R$ 2.140,00}}, pedido {{neg:order-number|PED-73360-BR}}.`),
  br("thread", `Reserva {{neg:booking-ref|HSP-RJ-3185}}, mensagens anfitriã/hóspede
hóspede {{PERSON|Gustavo Oliveira}}: chegamos umas {{neg:time|23:00}}, tudo bem?
anfitriã {{PERSON|Márcia Tavares}}: tranquilo, o porteiro {{PERSON|Severino}} te entrega a chave. Qualquer coisa {{PHONE|+55 31 98822-4170}}
hóspede: valeu! 🌴`),
  br("report", `log_moderação ação=remoção motivo=contato_no_anúncio anúncio={{neg:listing-id|CEL-8841}} texto="iphone 12 sem detalhes, email {{EMAIL|trocas.iphone.sp@example.com}}" versão={{neg:version|9.12.0}} revisora=mod_br_2 fone_no_texto={{PHONE|+55 11 94410-2837}}`),
  br("case", `Verificação de identidade: documento de {{PERSON|Kaique Santos Ferreira}}, CPF {{neg:tax-id|123.456.789-09}}, CEP {{neg:postcode|01310-100}}. Cartão {{CARD|4509 9512 8837 4020}} adicionado; primeira tentativa {{neg:luhn-invalid|4509 9512 8837 4021}} recusada. Telefone {{PHONE|(11) 3045-7812}}.`),
  br("thread", `Conversa citada no chamado {{neg:case-number|GLP-448210}} (golpe do link falso)
"comprador" lucas_compras: já paguei, clica no link pra liberar teu dinheiro
vendedora {{PERSON|Tânia Medeiros}}: o app não mostra venda nenhuma
"comprador": é só confirmar os dados do cartão, senão os {{neg:amount|R$ 1.870,00}} voltam
vendedora: vou ligar pro suporte no {{PHONE|0800 721 4490}} antes`),
  br("review", `★☆☆☆☆ "Tênis falsificado, vendedor mal educado." — {{PERSON|Bruna Siqueira}}. Resposta do vendedor: "Nota fiscal de {{neg:date|25/11/2026}}, é original. A caixa {{neg:name-word|branca}} veio junto."`),
  br("case", `Estorno: compradora {{PERSON|Adriana Lopes}} pagou {{neg:amount|R$ 159,00}} com {{CARD|2221 0044 7915 3620}}. Vendedor notificado no {{PHONE|(51) 99208-3316}}. Contato da compradora {{PHONE|onze, nove sete quatro, zero oito, um dois, nove três}}.`),
  br("report", `alerta_ato usuário=dani.m novo_ip={{IP_ADDRESS|2001:db8:55::8}} ip_antigo={{IP_ADDRESS|10.1.1.45}} tel_novo={{PHONE|(21) 99614-0237}} denunciado_por=dani.m`),
  br("case", `Aluguel de carro entre particulares, reserva {{neg:booking-ref|CAR-SP-60721}}. Proprietário {{PERSON|Anderson Vieira}} alega amassado no para-choque, placa {{neg:plate|RTX4B29}}. A locatária tem fotos da retirada às {{neg:time|07:50}}. Vistoria marcada; proprietário avisado pelo {{PHONE|(19) 99173-5408}}. Caução de {{neg:amount|R$ 1.500}} retida até lá.`),
  br("case", `KYC reprovado: a selfie não confere com o RG enviado em nome de {{PERSON|Lívia Castro Menezes}}; três tentativas a partir de {{IP_ADDRESS|203.0.113.9}}, a mesma rede de outras contas banidas. A titular verdadeira ligou do {{PHONE|(41) 98836-2017}} dizendo que perdeu a carteira em {{neg:date|9 de novembro}}. Conta congelada, protocolo {{neg:ticket-number|KYC-BR-33904}}.`),
  br("review", `★★★★★ "Vendedor nota 10, entregou a bike em mãos no metrô Sé e ainda trouxe a nota." — avaliação de malu_pedala, citada pelo vendedor {{PERSON|Caio Henrique}} ao contestar a suspensão da conta {{neg:account-number|SLR-BR-220914}} em {{neg:date|3 de dezembro}}`),
]

export const ES_AR = [
  ar("thread", `Reclamo {{neg:case-number|REC-2026-33018}}, conversación citada — publicación {{neg:listing-id|MLA-99203411}} (heladera, Palermo)
comprador nico_palermo: ¿sigue disponible?
vendedor {{PERSON|Horacio Benítez}}: sí, escribime al wasap {{PHONE|+54 9 11 4512-7788}} y lo arreglamos
comprador nico_palermo: prefiero por acá`),
  ar("report", `denuncia tipo=pago_por_fuera autor=@la_abuela_vende publicación={{neg:listing-id|AR-8120-CBA}}
texto="escribió el número en letras para que no lo detecten: {{PHONE|cero once, cuarenta y seis, treinta y uno, cincuenta y ocho, noventa}}"
acción=publicación_eliminada moderadora=mod_ar_4`),
  ar("case", `Nota de agente: cuenta de {{PERSON|Florencia Giménez}} tomada, ingreso desde {{IP_ADDRESS|198.51.100.93}} el {{neg:date|1 de diciembre}} a las {{neg:time|04:05}}. Mail cambiado a {{EMAIL|flor.gimenez.ayuda@example.com}}. Restablecida; reintegro de {{neg:amount|$ 45.000}} a la tarjeta {{neg:masked-card|**** 4020}}.`),
  ar("review", `Reseña citada en el reclamo {{neg:case-number|RC-2265}}: "La cabaña en Bariloche un sueño, pero el dueño {{PERSON|Ezequiel}} no contestaba. El vecino, don {{PERSON|Rubén}}, nos abrió, su celu es {{PHONE|+54 9 294 455-1830}}." Respuesta: "Perdón, estaba sin señal hasta el {{neg:date|30 de noviembre}}."`),
  ar("case", `Cobro del vendedor: {{PERSON|Gonzalo Ferreyra}} vive en Valencia y cargó el IBAN {{neg:iban-checksum|ES92 2100 0418 4502 0005 1332}}, rechazado; el correcto es {{IBAN|ES91 2100 0418 4502 0005 1332}}. CBU argentino {{neg:account-number|0170099220000067797370}} descartado. Orden {{neg:order-number|ORD-AR-61407}}, vendedor al {{PHONE|+34 612 480 337}}.`),
  ar("thread", `Reserva {{neg:booking-ref|ALQ-MDZ-9418}}, mensajes anfitriona/huésped
huésped {{PERSON|Camila Sosa}}: llegamos tipo {{neg:time|23:30}}, ¿está bien?
anfitriona {{PERSON|Graciela Acosta}}: sí, mi sobrino los espera, {{PHONE|+54 9 351 612-4480}}
huésped: ¡genial, gracias! 🍷`),
  ar("report", `log_moderación acción=baja motivo=datos_de_contacto publicación={{neg:listing-id|BIC-6152}} texto="bici rodado 29, mandame mail a {{EMAIL|bicis.usadas.caba@example.com}}" versión={{neg:version|10.4.2}} revisor=mod_ar_11`),
  ar("case", `Verificación de identidad: DNI de {{PERSON|Jazmín Coronel}}, domicilio CP {{neg:postcode|C1425ABD}}. Tarjeta {{CARD|5465 5371 0294 8161}} agregada; primer intento {{neg:luhn-invalid|5465 5371 0294 8162}} rechazado. Teléfono fijo {{PHONE|011 4785-2210}}.`),
  ar("report", `Formulario de denuncia
Categoría: alquiler inexistente
Publicación: {{neg:listing-id|INM-2277104}} (2 ambientes en Caballito, {{neg:amount|$ 380.000}} por mes)
Qué pasó: "el supuesto dueño me pidió una seña antes de ver el depto y me pasó un alias y el {{PHONE|+54 9 11 3867-2150}}. Cuando fui, el encargado del edificio me dijo que ese depto no se alquila"
Denunciante: {{EMAIL|mica.lorenzo@example.com}}`),
  ar("review", `★☆☆☆☆ "Campera con manchas, vendedor maleducado." — {{PERSON|Agustina Paz}}. Respuesta: "Foto del {{neg:date|26 de noviembre}}, estaba impecable. La {{neg:name-word|luz}} del local engaña."`),
  ar("case", `Devolución: comprador {{PERSON|Facundo Herrera}} pagó {{neg:amount|$ 89.900}} con {{CARD|4140 7288 6301 9542}}. Vendedora notificada al {{PHONE|(0223) 495-6071}}. Contacto del comprador {{PHONE|(0341) 15-482-7719}}.`),
  ar("report", `alerta_ato usuario=seba_g ip_nueva={{IP_ADDRESS|2001:db8:ab::12}} ip_vieja={{IP_ADDRESS|192.168.100.7}} tel_nuevo={{PHONE|once, cuatro tres nueve dos, cero seis uno cinco}} denunciado_por=seba_g`),
  ar("thread", `Publicación denunciada {{neg:listing-id|AUT-3396}}:
vendedor "Pilar Motors": mandame la seña de {{neg:amount|$ 200.000}} por transferencia
comprador {{PERSON|Julián Domínguez}}: solo pago por la plataforma
vendedor: en {{neg:name-word|Pilar}} nadie me pidió eso 🙄`),
  ar("case", `Problema de cobro: la vendedora {{PERSON|Mariela Bustos}} no recibe {{neg:amount|$ 312.400}} desde el {{neg:date|22 de noviembre}}; el CBU cargado {{neg:account-number|2850590940090418135201}} es de otra persona. Se pidió constancia bancaria; contacto {{PHONE|+54 9 261 540-3317}}. Caso {{neg:case-number|COB-88217}}.`),
  ar("review", `Reseña del anfitrión sobre el huésped, citada en la apelación {{neg:case-number|AP-50218}}: "Dejaron la parrilla sucia y rompieron dos copas. Igual, {{PERSON|Tobías}} avisó enseguida." Respuesta del huésped: "Las copas las pagamos, {{neg:amount|$ 12.000}}, te mandé el comprobante a {{EMAIL|depto.bariloche.sur@example.com}}."`),
]
