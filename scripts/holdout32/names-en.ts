// Name pools of the English-speaking regions, by origin (with their immigrant communities).
// Surnames written "m/f" differ by gender; "given|surname" in `extra` are whole names of other origins.
export interface Pool {
  f: string[];
  m: string[];
  s: string[];
  extra: string[];
  surnameFirst?: boolean;
}
const w = (s: string) => s.trim().split(/\s*,\s*/);

export const EN_POOLS: Record<string, Pool> = {
  "en-IN": {
    f: w("Priya, Ananya, Lakshmi, Kavya, Deepika, Harpreet, Meenakshi, Sneha, Aishwarya, Pooja, Nandini, Shalini, Divya, Farzana"),
    m: w("Rahul, Venkatesh, Arjun, Siddharth, Rohan, Vikram, Karthik, Imran, Suresh, Aditya, Gurpreet, Mohan, Anil, Abhishek"),
    s: w("Nair, Iyer, Sharma, Reddy, Subramanian, Menon, Chatterjee, Banerjee, Kulkarni, Deshpande, Patel, Qureshi, Pillai, Gill, Rao"),
    extra: w("Tenzin|Dolma, Joseph|D'Souza, Sunita|Fernandes, Harpreet|Kaur, Mohammed|Ansari"),
  },
  "en-SG": {
    f: w("Jasmine, Hui Min, Shu Fen, Nur Aisyah, Siti, Priyanka, Rachel, Mei Ling, Kavitha, Farhana"),
    m: w("Wei Ming, Jun Jie, Muhammad Hafiz, Arun, Darren, Zhi Hao, Ravi, Faizal, Kelvin, Bryan"),
    s: w("Tan, Lim, Lee, Ng, Ong, Goh, Chua, Teo, Koh, Rahman, Ismail, Krishnan, Pillai, Yeo"),
    extra: w("Nur Aisyah|binti Ahmad, Muhammad Hafiz|bin Osman, Siti Nurhaliza|binte Yusof, Kavitha|d/o Ramasamy"),
  },
  "en-PH": {
    f: w("Maria Cristina, Rowena, Mary Joy, Jonalyn, Kristine, Rhea, Lovely, Princess, Analyn, Marites"),
    m: w("Jose Miguel, Rodel, Jun, Mark Anthony, Ramil, Jerome, Efren, Bong, Rommel, Joel"),
    s: w("dela Cruz, Santos, Reyes, Bautista, Villanueva, Mendoza, Manalo, Dimaculangan, Macaraeg, Tolentino, Pangilinan, Aquino"),
    extra: w("Lourdes|Sy, Kenneth|Go, Rosario|de los Reyes"),
  },
  "en-ZA": {
    f: w("Thandiwe, Nomvula, Lindiwe, Zanele, Annelie, Marlize, Ayanda, Nokuthula, Fatima, Charlene"),
    m: w("Sipho, Lwazi, Thabo, Bongani, Pieter, Johan, Mandla, Xolani, Riaan, Yusuf"),
    s: w("Dlamini, Ndlovu, Mthembu, Khumalo, Nkosi, Mokoena, Botha, van der Merwe, du Plessis, Pretorius, Naidoo, Govender, Jacobs"),
    extra: w("Siyabonga|Mabaso, Anele|Gqoba, Luyanda|Mgcina, Zintle|Ngcobo"),
  },
  "en-NG": {
    f: w("Chiamaka, Ngozi, Adaeze, Oluwaseun, Funmilayo, Yetunde, Aisha, Zainab, Ifeoma, Temitope, Folake"),
    m: w("Adebayo, Chukwuemeka, Obinna, Olumide, Babatunde, Emeka, Aminu, Ikechukwu, Tunde, Segun, Ibrahim"),
    s: w("Okafor, Ogunleye, Eze, Adeyemi, Okonkwo, Nwosu, Adewale, Bello, Abubakar, Olawale, Nnamdi, Balogun, Afolabi"),
    extra: w("Oluwadamilare|Ajayi, Chinonso|Uche, Kelechi|Iwu"),
  },
  "en-JM": {
    f: w("Shanice, Tanisha, Kerry-Ann, Simone, Shelly-Ann, Tameka, Alecia, Nordia, Sashagaye"),
    m: w("Kemar, Tajay, Damion, Romario, Andre, Jermaine, Omar, Shevon, Delroy, Nicholas"),
    s: w("Campbell, Brown, Williams, McKenzie, Grant, Thompson, Reid, Clarke, Ferguson, Lindo, Chin, Mahfood"),
    extra: w("Marcia|Lyn, Ravi|Persaud"),
  },
  "en-SCT": {
    f: w("Eilidh, Mòrag, Catrìona, Kirsty, Ishbel, Fiona, Mairi, Seonaid, Ailsa, Shona"),
    m: w("Ruaridh, Iain, Calum, Hamish, Alasdair, Fraser, Lachlan, Euan, Murdo, Tormod"),
    s: w("MacLeòid, MacDonald, Caimbeul, Stewart, Robertson, NicIllinnein, Fraser, MacKenzie, Morrison, Sinclair, Buchanan, Munro"),
    extra: w("Aleksandra|Kowalczyk, Imran|Siddiqui"),
  },
  "en-CORN": {
    f: w("Tamsin, Demelza, Morwenna, Kerensa, Lowenna, Jenna, Elowen, Senara, Wenna"),
    m: w("Jory, Jago, Peder, Kit, Cador, Tristan, Denzel, Mawgan, Piran"),
    s: w("Pascoe, Trelawny, Penrose, Tregenza, Nancarrow, Pengelly, Trevithick, Polglase, Chenoweth, Rowe, Hosking, Jago"),
    extra: w("Tomasz|Wróbel, Ines|Carvalho"),
  },
  "en-NS": {
    f: w("Siobhan, Colleen, Josée, Mélanie, Brianna, Heather, Marcelle, Kayleigh, Dianne"),
    m: w("Angus, Rory, Donnie, Gilles, Kyle, Duncan, Rémi, Brendan, Murdock"),
    s: w("MacIsaac, MacNeil, LeBlanc, Thibodeau, Comeau, Doucet, Boudreau, MacKinnon, Fraser, d'Entremont, Paul, Gloade"),
    extra: w("Nasser|Haddad, Leah|Francis"),
  },
  "en-QLD": {
    f: w("Chloe, Matilda, Jacinta, Kirra, Tayla, Brooke, Shannon, Linh, Mia"),
    m: w("Lachlan, Jarrah, Brodie, Cooper, Declan, Bryce, Tane, Minh, Hamish"),
    s: w("Murray, Nguyen, Walker, O'Brien, Kelly, Sorensen, Papadakis, Anderson, Thorpe, Hooper, Tran, Fitzgerald"),
    extra: w("Tane|Ngata, Aroha|Parata"),
  },
};

/** English names that are also ordinary words, with a phrase using the word (marked as a name-word negative). */
export const EN_WORDS: [string, string][] = [
  ["May", "you {n:name-word:may} need to bring the old paperwork"], ["Will", "someone {n:name-word:will} ring you back today"],
  ["Bill", "the {n:name-word:bill} is attached as a PDF"], ["Mark", "please {n:name-word:mark} it as urgent"],
  ["Rose", "the price {n:name-word:rose} again last month"], ["Grace", "there is a 14-day {n:name-word:grace} period"],
  ["Hope", "we {n:name-word:hope} this helps"], ["Joy", "still no {n:name-word:joy} from the courier"],
  ["Dawn", "the crew leaves at {n:name-word:dawn}"], ["Sunny", "it was {n:name-word:sunny} all afternoon"],
  ["Rich", "the coffee there is too {n:name-word:rich} for me"], ["Guy", "the delivery {n:name-word:guy} rang twice"],
  ["Art", "the framed {n:name-word:art} goes in its own crate"], ["Frank", "to be {n:name-word:frank}, the delay is on us"],
  ["Wade", "we had to {n:name-word:wade} through a lot of forms"], ["Chase", "could you {n:name-word:chase} the insurer for us"],
  ["Summer", "the {n:name-word:summer} timetable starts soon"], ["Faith", "we acted in good {n:name-word:faith}"],
  ["Honey", "{n:name-word:honey} and lemon lozenges are on the shelf"], ["Precious", "{n:name-word:precious} items go in a separate box"],
  ["Blessing", "the delay was a {n:name-word:blessing} in disguise"], ["Gift", "a {n:name-word:gift} voucher is included"],
  ["Goodness", "thank {n:name-word:goodness} it turned up"],
];
