// Names of the seven Englishes: given names by gender and family names, of many origins. Names that are also English
// words (May, Will, Bill, Mark, Hope, Grace; Gift and Precious in South Africa, Sunny in India) are among them.
import type { NameList } from "./names.ts"

export const EN_NAMES: Record<string, NameList> = {
  "en-US": {
    m: ["James", "Michael", "DeShawn", "Carlos", "Luis", "Tuan", "Ahmed", "Brandon", "Tyler", "Kwame", "Hiroshi", "Dmitri", "Will", "Bill", "Mark", "Mateo"],
    f: ["Jennifer", "Maria", "Keisha", "Ashley", "Mei", "Priya", "Guadalupe", "Shanice", "Olga", "Grace", "Hope", "May", "Brittany", "Fatima", "Rochelle"],
    fam: ["Johnson", "Ramirez", "Nguyen", "Kowalski", "Washington", "O'Connor", "Goldberg", "Patel", "Hernandez", "Kim", "Jackson", "Rossi",
      "Yamamoto", "Okafor", "Schultz", "Baptiste", "Rodriguez", "MacDonald", "Abdullah", "Whitfield", "Castillo", "Lindqvist"],
  },
  "en-GB": {
    m: ["Oliver", "Harry", "Mohammed", "Callum", "Rhys", "Tomasz", "Kwabena", "Dev", "Jamie", "Alfie", "Will", "Mark", "Gareth", "Imran"],
    f: ["Sophie", "Charlotte", "Aisha", "Siobhan", "Megan", "Priya", "Zofia", "Chloe", "Grace", "Hope", "May", "Bethany", "Nia", "Shazia"],
    fam: ["Smith", "Jones", "Williams", "Taylor", "Khan", "Patel", "Evans", "O'Neill", "Macleod", "Nowak", "Okonkwo", "Hughes", "Begum",
      "Walsh", "Fitzgerald", "Thompson", "Ahmed", "Davies", "Brennan", "Chowdhury", "Pryce", "Adeyemi"],
  },
  "en-IE": {
    m: ["Seán", "Ciarán", "Pádraig", "Darragh", "Cian", "Oisín", "Eoin", "Tomás", "Piotr", "Chidi", "Liam", "Mark", "Dónal"],
    f: ["Aoife", "Niamh", "Siobhán", "Saoirse", "Róisín", "Caoimhe", "Gráinne", "Orla", "Agnieszka", "Grace", "Hope", "Máire", "Ifeoma"],
    fam: ["Murphy", "O'Sullivan", "Kelly", "Byrne", "Ryan", "O'Brien", "Walsh", "McCarthy", "Doyle", "Kowalczyk", "Nwosu", "Fitzpatrick",
      "Quinn", "Brennan", "Lynch", "Dunne", "Kavanagh", ["Ó Domhnaill", "Ní Dhomhnaill"], "Mac Giolla Phádraig", "Nolan", ["Ó Briain", "Ní Bhriain"]],
  },
  "en-AU": {
    m: ["Jack", "Lachlan", "Cooper", "Tuan", "Nikos", "Rajesh", "Mitchell", "Hamish", "Jarrah", "Wei", "Bill", "Mark", "Dylan"],
    f: ["Chloe", "Matilda", "Isla", "Mei", "Priya", "Kylie", "Sienna", "Thanh", "Eleni", "Grace", "May", "Tahlia", "Hope"],
    fam: ["Smith", "Nguyen", "Papadopoulos", "Singh", "Wilson", "O'Brien", "Kelly", "Tran", "Chen", "Anderson", "Kaur", "Rossi",
      "Campbell", "Murray", "Nakamura", "Walker", "Harris", "Vukovic", "McGrath", "Ioannou", "Bui"],
  },
  "en-IN": {
    m: ["Rahul", "Arjun", "Vikram", "Sanjay", "Aditya", "Imran", "Sunny", "Karthik", "Joseph", "Harpreet", "Suresh", "Mohan", "Farhan"],
    f: ["Priya", "Ananya", "Deepika", "Lakshmi", "Fatima", "Meera", "Kavya", "Sunita", "Neha", "Ayesha", "Mary", "Swati", "Roshni"],
    fam: ["Sharma", "Iyer", "Reddy", "Banerjee", "Chatterjee", "Nair", "D'Souza", "Khan", "Gupta", "Menon", "Singh", "Patil",
      "Mukherjee", "Pillai", "Agarwal", "Rao", "Fernandes", "Deshpande", "Siddiqui", "Bose", "Kulkarni", "Ghosh"],
  },
  "en-ZA": {
    m: ["Thabo", "Sipho", "Johan", "Pieter", "Themba", "Mandla", "Kagiso", "Gift", "Ravi", "Mohammed", "Ruan", "Bongani", "Tshepo"],
    f: ["Nomvula", "Thandiwe", "Precious", "Lindiwe", "Annelie", "Zanele", "Palesa", "Refilwe", "Fatima", "Chantelle", "Naledi", "Grace"],
    fam: ["Dlamini", "Nkosi", "van der Merwe", "Botha", "Naidoo", "Pillay", "Mokoena", "Khumalo", "Ndlovu", "Pretorius", "Mthembu",
      "Govender", "le Roux", "Jacobs", "Sithole", "Adams", "Molefe", "Steenkamp", "Maharaj", "Mahlangu", "du Plessis"],
  },
  "en-CA": {
    m: ["Liam", "Étienne", "Mathieu", "Raj", "Jasdeep", "Wei", "Connor", "Kwame", "Hassan", "Tyler", "Will", "Gurpreet", "Nathan"],
    f: ["Émilie", "Chloé", "Sarah", "Harpreet", "Mei", "Amira", "Geneviève", "Madison", "Olivia", "Hope", "Grace", "Mackenzie", "Nadia"],
    fam: ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Chen", "Singh", "Wong", "MacDonald", "Campbell", "Li", "Gill", "Leblanc",
      "Martin", "Morrison", "Thompson", "Pelletier", "Sandhu", "Nguyen", "Fraser", "Okonkwo", "Bélanger"],
  },
}
