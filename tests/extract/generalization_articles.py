"""Hand-written news articles (not from the dev set) with what a careful analyst expects from them.

Each article: ``entities`` must be found with that type; ``optional`` entity names may or may not be found
(neither rewarded nor penalised); anything else found is a false positive.  ``quotes`` are
(fragment of the quoted text, expected speaker or None).
"""

from __future__ import annotations

from typing import Any

ArticleCase = dict[str, Any]

ARTICLES: list[ArticleCase] = [
    # ---------------------------------------------------------------- Italian
    {
        "id": "it_war", "lang": "it", "published": "2025-10-10",
        "text": (
            "KIEV - Nella notte la Russia ha lanciato oltre cento droni contro l'Ucraina, colpendo "
            "infrastrutture energetiche nelle regioni di Kharkiv e Odessa. Lo ha riferito l'aeronautica "
            "militare ucraina su Telegram. «È un attacco deliberato contro i civili», ha dichiarato il "
            "presidente Volodymyr Zelensky in un video diffuso sui social. Il capo dello Stato ha chiesto agli "
            "alleati nuovi sistemi di difesa aerea. «Abbiamo bisogno dei Patriot adesso, non tra sei mesi», ha "
            "aggiunto. Secondo il sindaco di Kharkiv, Ihor Terekhov, almeno tre persone sono rimaste ferite. "
            "Il Cremlino non ha commentato."),
        "entities": [("Kyiv", "GPE"), ("Russia", "GPE"), ("Ukraine", "GPE"), ("Kharkiv", "GPE"),
                     ("Odesa", "GPE"), ("Ukrainian Air Force", "ORG"), ("Volodymyr Zelenskyy", "PER"),
                     ("Ihor Terekhov", "PER")],
        "optional": ["Telegram", "Patriot", "Kremlin", "MIM-104 Patriot", "Government of Russia"],
        "quotes": [("È un attacco deliberato", "Volodymyr Zelenskyy"),
                   ("Abbiamo bisogno dei Patriot", "Volodymyr Zelenskyy")],
    },
    {
        "id": "it_politics", "lang": "it", "published": "2025-11-12",
        "text": (
            "ROMA – La premier Giorgia Meloni ha difeso la manovra economica davanti alla Camera. «Non "
            "aumenteremo le tasse sulle famiglie», ha detto la presidente del Consiglio, rispondendo alle "
            "critiche delle opposizioni. Dura la replica della segretaria del Pd, Elly Schlein: «Questa legge "
            "di bilancio taglia la sanità pubblica e non dà risposte ai giovani». Anche il leader del Movimento "
            "5 Stelle Giuseppe Conte ha attaccato il governo, parlando di «una manovra senza visione». Il "
            "ministro dell'Economia Giancarlo Giorgetti ha assicurato che i conti sono in ordine. «Abbiamo "
            "rispettato gli impegni presi con Bruxelles», ha spiegato Giorgetti. Secondo fonti di Palazzo "
            "Chigi, il voto di fiducia è previsto per giovedì."),
        "entities": [("Rome", "GPE"), ("Giorgia Meloni", "PER"), ("Elly Schlein", "PER"),
                     ("Democratic Party", "ORG"), ("Giuseppe Conte", "PER"), ("Five Star Movement", "ORG"),
                     ("Giancarlo Giorgetti", "PER")],
        "optional": ["Chamber of Deputies", "Camera", "Brussels", "European Union", "Palazzo Chigi",
                     "Government of Italy", "Italy", "Ministry of Economy and Finance"],
        "quotes": [("Non aumenteremo le tasse", "Giorgia Meloni"),
                   ("Questa legge di bilancio", "Elly Schlein"),
                   ("una manovra senza visione", "Giuseppe Conte"),
                   ("Abbiamo rispettato gli impegni", "Giancarlo Giorgetti")],
    },
    {
        "id": "it_court", "lang": "it", "published": "2025-09-03",
        "text": (
            "MILANO — La Procura di Milano ha chiesto il rinvio a giudizio per dodici persone accusate di "
            "corruzione negli appalti della sanità lombarda. L'inchiesta, coordinata dal procuratore aggiunto "
            "Maurizio Romanelli, ha portato lo scorso anno all'arresto di un dirigente regionale. Gli indagati "
            "si sono sempre dichiarati innocenti. «Il mio assistito non ha mai preso un euro», ha affermato "
            "l'avvocato Paolo Ferrari, difensore dell'ex dirigente. La Guardia di Finanza ha sequestrato beni "
            "per due milioni di euro. Le indagini proseguono, ha spiegato il comandante provinciale Franco "
            "Rossi. L'udienza preliminare è fissata per il 12 marzo davanti al tribunale di Milano."),
        "entities": [("Milan", "GPE"), ("Milan Prosecutor's Office", "ORG"),
                     ("Maurizio Romanelli", "PER"), ("Paolo Ferrari", "PER"), ("Guardia di Finanza", "ORG"),
                     ("Franco Rossi", "PER")],
        "optional": ["Court of Milan", "Milan Court", "Tribunale di Milano", "Lombardy"],
        "quotes": [("Il mio assistito", "Paolo Ferrari")],
    },
    {
        "id": "it_strike", "lang": "it", "published": "2025-12-12",
        "text": (
            "Sciopero generale oggi in tutta Italia. Migliaia di lavoratori sono scesi in piazza a Roma, "
            "Milano, Napoli e Torino per protestare contro la legge di bilancio. La mobilitazione è stata "
            "indetta dalla Cgil e dalla Uil. «Chiediamo salari più alti e più investimenti nella scuola e nella "
            "sanità», ha detto il segretario generale della Cgil Maurizio Landini dal palco. Il ministro dei "
            "Trasporti Matteo Salvini ha criticato lo sciopero: «È l'ennesimo venerdì di disagi per milioni di "
            "pendolari». A Torino la polizia ha fermato tre manifestanti dopo alcuni scontri. Secondo la "
            "questura, in piazza c'erano circa diecimila persone."),
        "entities": [("Italy", "GPE"), ("Rome", "GPE"), ("Milan", "GPE"), ("Naples", "GPE"),
                     ("Turin", "GPE"), ("Italian General Confederation of Labour", "ORG"), ("UIL", "ORG"),
                     ("Maurizio Landini", "PER"),
                     ("Matteo Salvini", "PER")],
        "optional": ["Italian police", "Polizia di Stato", "Questura", "Ministry of Infrastructure and Transport"],
        "quotes": [("Chiediamo salari più alti", "Maurizio Landini"),
                   ("È l'ennesimo venerdì", "Matteo Salvini")],
    },
    {
        "id": "it_summit", "lang": "it", "published": "2025-10-24",
        "text": (
            "BRUXELLES - I leader dell'Unione europea hanno raggiunto un accordo sul nuovo pacchetto di "
            "sanzioni contro la Russia. Lo ha annunciato il presidente del Consiglio europeo António Costa al "
            "termine del vertice. «L'Europa resta unita al fianco di Kiev», ha scritto Costa su X. La "
            "presidente della Commissione Ursula von der Leyen ha spiegato che le misure colpiranno le "
            "esportazioni di gas naturale liquefatto. L'Ungheria di Viktor Orbán ha però minacciato di bloccare "
            "i fondi per l'Ucraina. «Non pagheremo la guerra degli altri», ha dichiarato il primo ministro "
            "ungherese ai giornalisti. Il Cremlino ha definito le sanzioni «illegali e destinate a fallire»."),
        "entities": [("Brussels", "GPE"), ("European Union", "ORG"), ("Russia", "GPE"),
                     ("European Council", "ORG"), ("António Costa", "PER"), ("Ursula von der Leyen", "PER"),
                     ("Hungary", "GPE"), ("Viktor Orbán", "PER"), ("Ukraine", "GPE")],
        "optional": ["Kyiv", "Europe", "X", "European Commission", "Kremlin", "Government of Russia",
                     "Government of Ukraine"],
        "quotes": [("L'Europa resta unita", "António Costa"),
                   ("Non pagheremo la guerra", "Viktor Orbán"),
                   ("illegali e destinate a fallire", "Kremlin")],
    },
    {
        "id": "it_disaster", "lang": "it", "published": "2025-10-30",
        "text": (
            "Una violenta alluvione ha colpito nella notte la provincia di Valencia, in Spagna. Secondo la "
            "protezione civile spagnola, almeno 15 persone sono morte e decine risultano disperse. Il premier "
            "Pedro Sánchez è arrivato in mattinata nelle zone colpite. «Lo Stato non lascerà sola nessuna "
            "famiglia», ha promesso il capo del governo spagnolo. Il re Felipe VI ha espresso il suo cordoglio "
            "alle vittime. La Farnesina segue la situazione: «Non risultano al momento italiani coinvolti», ha "
            "fatto sapere il ministro degli Esteri Antonio Tajani."),
        "entities": [("Valencia", "GPE"), ("Spain", "GPE"), ("Pedro Sánchez", "PER"), ("Felipe VI", "PER"),
                     ("Antonio Tajani", "PER")],
        "optional": ["Ministry of Foreign Affairs", "Farnesina", "Italian Ministry of Foreign Affairs",
                     "Province of Valencia", "Spanish Civil Protection", "Italy", "Government of Spain"],
        "quotes": [("Lo Stato non lascerà", "Pedro Sánchez"),
                   ("Non risultano al momento", "Antonio Tajani")],
    },
    # ---------------------------------------------------------------- English
    {
        "id": "en_war", "lang": "en", "published": "2025-11-18",
        "text": (
            "KYIV, Ukraine (AP) — Russian forces launched a massive drone and missile attack on Ukraine's power "
            "grid overnight, killing at least four people, officials said on Tuesday. Ukraine's air force said "
            "it shot down 89 of the 112 drones. \"This is terror against ordinary people,\" President Volodymyr "
            "Zelenskyy said in his nightly address. He urged Western allies to speed up deliveries of air "
            "defense systems. \"Every delay costs lives,\" he added. Kremlin spokesman Dmitry Peskov told "
            "reporters the strikes targeted military infrastructure. The Russian Defense Ministry said in a "
            "statement that all targets had been hit."),
        "entities": [("Kyiv", "GPE"), ("Ukraine", "GPE"), ("Associated Press", "ORG"),
                     ("Ukrainian Air Force", "ORG"), ("Volodymyr Zelenskyy", "PER"), ("Dmitry Peskov", "PER"),
                     ("Ministry of Defence of the Russian Federation", "ORG")],
        "optional": ["Russia", "Kremlin", "Russian Armed Forces", "Government of Russia"],
        "quotes": [("This is terror", "Volodymyr Zelenskyy"), ("Every delay costs lives", "Volodymyr Zelenskyy")],
    },
    {
        "id": "en_diplomacy", "lang": "en", "published": "2025-10-14",
        "text": (
            "WASHINGTON, Oct 14 (Reuters) - U.S. Secretary of State Marco Rubio met his Chinese counterpart "
            "Wang Yi on Monday in an effort to ease trade tensions, the State Department said. The talks in "
            "Kuala Lumpur lasted more than two hours. \"We had a frank and constructive exchange,\" Rubio told "
            "reporters after the meeting. China's foreign ministry said Beijing would \"firmly defend its "
            "legitimate interests.\" A senior administration official, speaking on condition of anonymity, said "
            "the two sides agreed to keep communication channels open. Treasury Secretary Scott Bessent is "
            "expected to travel to Beijing next month, according to two people familiar with the plans."),
        "entities": [("Washington", "GPE"), ("Reuters", "ORG"), ("United States", "GPE"),
                     ("Marco Rubio", "PER"), ("Wang Yi", "PER"), ("United States Department of State", "ORG"),
                     ("Kuala Lumpur", "GPE"), ("Ministry of Foreign Affairs of the People's Republic of China", "ORG"),
                     ("Scott Bessent", "PER")],
        "optional": ["China", "Beijing", "Government of China", "United States Department of the Treasury"],
        "quotes": [("We had a frank", "Marco Rubio"),
                   ("firmly defend its legitimate interests",
                    "Ministry of Foreign Affairs of the People's Republic of China")],
    },
    {
        "id": "en_parliament", "lang": "en", "published": "2025-06-25",
        "text": (
            "LONDON (Reuters) - British Prime Minister Keir Starmer faced a rebellion from Labour lawmakers on "
            "Wednesday over planned cuts to welfare benefits. More than 40 Labour members of parliament signed "
            "a letter urging the government to delay the vote. \"These cuts will push thousands of disabled "
            "people into poverty,\" said Rachael Maskell, one of the organisers. Starmer defended the plans in "
            "parliament. \"We cannot keep spending money we do not have,\" he said. Conservative leader Kemi "
            "Badenoch accused the government of chaos. The vote is scheduled for next week, a Downing Street "
            "spokesperson said."),
        "entities": [("London", "GPE"), ("Reuters", "ORG"), ("Keir Starmer", "PER"),
                     ("Labour Party", "ORG"), ("Rachael Maskell", "PER"), ("Kemi Badenoch", "PER"),
                     ("Conservative Party", "ORG")],
        "optional": ["United Kingdom", "Downing Street", "Government of the United Kingdom",
                     "Parliament of the United Kingdom",
                     "House of Commons"],
        "quotes": [("These cuts will push", "Rachael Maskell"), ("We cannot keep spending", "Keir Starmer")],
    },
    {
        "id": "en_police", "lang": "en", "published": "2025-10-26",
        "text": (
            "PARIS (AP) — French police arrested two men suspected of taking part in the theft of crown jewels "
            "from the Louvre museum, the Paris prosecutor said on Sunday. Laure Beccuau told France Info radio "
            "that the suspects were detained on Saturday evening, one of them at Charles de Gaulle airport. "
            "\"The investigation is progressing well,\" Beccuau said. The jewels, valued at 88 million euros, "
            "have not been recovered. Interior Minister Laurent Nuñez praised the investigators. \"I want to "
            "thank the police officers who worked day and night,\" he wrote on X."),
        "entities": [("Paris", "GPE"), ("Associated Press", "ORG"), ("Louvre", "FAC"),
                     ("Laure Beccuau", "PER"), ("France Info", "ORG"), ("Charles de Gaulle Airport", "FAC"),
                     ("Laurent Nuñez", "PER")],
        "optional": ["France", "French police", "National Police", "Paris Public Prosecutor's Office", "X",
                     "Louvre Museum"],
        "quotes": [("The investigation is progressing", "Laure Beccuau"),
                   ("I want to thank the police", "Laurent Nuñez")],
    },
    {
        "id": "en_protest", "lang": "en", "published": "2025-07-09",
        "text": (
            "NAIROBI, Kenya (AP) — Police in Kenya fired tear gas at thousands of protesters in the capital on "
            "Wednesday as demonstrations against President William Ruto's government turned violent. Amnesty "
            "International Kenya said at least eight people were killed. \"The police must stop using live "
            "bullets against peaceful protesters,\" said Irungu Houghton, the group's executive director. "
            "Interior Minister Kipchumba Murkomen said officers acted in self-defense. \"We will not allow "
            "anarchy,\" Murkomen told a news conference. The opposition called for a national strike next week."),
        "entities": [("Nairobi", "GPE"), ("Kenya", "GPE"), ("Associated Press", "ORG"), ("William Ruto", "PER"),
                     ("Amnesty International Kenya", "ORG"), ("Irungu Houghton", "PER"),
                     ("Kipchumba Murkomen", "PER")],
        "optional": ["Amnesty International", "Kenya Police", "National Police Service", "Government of Kenya"],
        "quotes": [("The police must stop", "Irungu Houghton"), ("We will not allow anarchy", "Kipchumba Murkomen")],
    },
    {
        "id": "en_sanctions", "lang": "en", "published": "2025-10-24",
        "text": (
            "BRUSSELS (Reuters) - The European Union on Friday adopted its 19th package of sanctions against "
            "Russia, targeting liquefied natural gas imports and the so-called shadow fleet of oil tankers. "
            "\"Russia must pay for its war,\" EU foreign policy chief Kaja Kallas said in a statement. Slovakia "
            "had blocked the package for weeks before Prime Minister Robert Fico lifted his veto. Russian "
            "Foreign Ministry spokeswoman Maria Zakharova said the sanctions would \"boomerang\" on European "
            "economies. Oil prices rose 2% after the announcement, according to data from the London Stock "
            "Exchange Group."),
        "entities": [("Brussels", "GPE"), ("Reuters", "ORG"), ("European Union", "ORG"), ("Russia", "GPE"),
                     ("Kaja Kallas", "PER"), ("Slovakia", "GPE"), ("Robert Fico", "PER"),
                     ("Ministry of Foreign Affairs of Russia", "ORG"), ("Maria Zakharova", "PER"),
                     ("London Stock Exchange Group", "ORG")],
        "optional": ["Europe"],
        "quotes": [("Russia must pay", "Kaja Kallas"), ("boomerang", "Maria Zakharova")],
    },
    {
        "id": "en_disaster", "lang": "en", "published": "2025-11-10",
        "text": (
            "MANILA, Philippines (AP) — A powerful typhoon slammed into the northern Philippines on Sunday, "
            "forcing more than 1 million people to flee and killing at least 10, disaster officials said. The "
            "state weather agency said winds reached 185 kph. \"The damage is enormous,\" Cagayan Governor "
            "Manuel Mamba told DZBB radio. President Ferdinand Marcos Jr. ordered the military to deploy "
            "aircraft for rescue operations. \"No one should be left behind,\" he said in a televised meeting. "
            "The Philippine Red Cross said its teams were distributing food and water."),
        "entities": [("Manila", "GPE"), ("Philippines", "GPE"), ("Associated Press", "ORG"),
                     ("Manuel Mamba", "PER"), ("DZBB", "ORG"), ("Ferdinand Marcos Jr.", "PER"),
                     ("Philippine Red Cross", "ORG")],
        "optional": ["Cagayan", "Armed Forces of the Philippines"],
        "quotes": [("The damage is enormous", "Manuel Mamba"),
                   ("No one should be left behind", "Ferdinand Marcos Jr.")],
    },
]

ARTICLES += [
    # ---------------------------------------------------------------- second batch (written after the first
    # round of fixes, to measure on text the fixes were not made for)
    {
        "id": "it_mideast", "lang": "it", "published": "2025-10-13",
        "text": (
            "GERUSALEMME - Hamas ha liberato gli ultimi venti ostaggi israeliani ancora in vita, consegnati alla "
            "Croce Rossa nel sud della Striscia di Gaza. In cambio Israele ha rilasciato quasi duemila detenuti "
            "palestinesi. «Oggi è un giorno storico», ha detto il premier israeliano Benjamin Netanyahu in un "
            "discorso alla Knesset. Il presidente americano Donald Trump, arrivato in mattinata a Tel Aviv, ha "
            "parlato di «alba di un nuovo Medio Oriente». Secondo fonti egiziane, il vertice di Sharm el-Sheikh "
            "servirà a definire la seconda fase dell'accordo. Il ministro degli Esteri egiziano Badr Abdelatty ha "
            "spiegato che il Cairo è pronto a ospitare la conferenza per la ricostruzione."),
        "entities": [("Jerusalem", "GPE"), ("Hamas", "ORG"), ("Gaza Strip", "GPE"), ("Israel", "GPE"),
                     ("Benjamin Netanyahu", "PER"), ("Knesset", "ORG"), ("Donald Trump", "PER"),
                     ("Tel Aviv", "GPE"), ("Sharm el-Sheikh", "GPE"), ("Badr Abdelatty", "PER")],
        "optional": ["International Committee of the Red Cross", "Cairo", "Egypt", "Palestine", "Middle East",
                     "United States", "Gaza", "Government of Egypt"],
        "quotes": [("Oggi è un giorno storico", "Benjamin Netanyahu"),
                   ("alba di un nuovo Medio Oriente", "Donald Trump")],
    },
    {
        "id": "it_police", "lang": "it", "published": "2025-11-05",
        "text": (
            "NAPOLI – Blitz antidroga all'alba nel quartiere di Scampia: i carabinieri del comando provinciale "
            "di Napoli hanno arrestato 18 persone ritenute affiliate al clan Amato-Pagano. L'operazione è stata "
            "coordinata dalla Direzione distrettuale antimafia di Napoli. «Abbiamo colpito il cuore economico "
            "del clan», ha spiegato in conferenza stampa il procuratore Nicola Gratteri. Il ministro "
            "dell'Interno Matteo Piantedosi ha ringraziato le forze dell'ordine. «Lo Stato c'è e continuerà a "
            "esserci», ha scritto su X il titolare del Viminale. Tra gli arrestati anche due minorenni."),
        "entities": [("Naples", "GPE"), ("Scampia", "LOC"), ("Carabinieri", "ORG"),
                     ("Naples District Anti-Mafia Directorate", "ORG"), ("Nicola Gratteri", "PER"),
                     ("Matteo Piantedosi", "PER")],
        "optional": ["Amato-Pagano", "X", "Viminale", "Ministry of the Interior", "Scampia"],
        "quotes": [("Abbiamo colpito il cuore", "Nicola Gratteri"),
                   ("Lo Stato c'è", "Matteo Piantedosi")],
    },
    {
        "id": "it_election", "lang": "it", "published": "2025-11-24",
        "text": (
            "VENEZIA - Il candidato del centrodestra Alberto Stefani ha vinto le elezioni regionali in Veneto "
            "con oltre il 60 per cento dei voti. Lo sfidante del centrosinistra, Giovanni Manildo, si è fermato "
            "sotto il 30 per cento. «È una vittoria di squadra», ha commentato il neo governatore davanti ai "
            "sostenitori. Soddisfatto anche il leader della Lega: «I veneti hanno scelto il buon governo», ha "
            "detto Matteo Salvini. L'affluenza si è fermata al 44 per cento, in calo rispetto a cinque anni fa, "
            "secondo i dati del Viminale."),
        "entities": [("Venice", "GPE"), ("Alberto Stefani", "PER"), ("Veneto", "GPE"),
                     ("Giovanni Manildo", "PER"), ("Lega", "ORG"), ("Matteo Salvini", "PER")],
        "optional": ["Viminale", "Ministry of the Interior"],
        "quotes": [("È una vittoria di squadra", "Alberto Stefani"),
                   ("I veneti hanno scelto", "Matteo Salvini")],
    },
    {
        "id": "it_economy", "lang": "it", "published": "2025-10-30",
        "text": (
            "FRANCOFORTE – La Banca centrale europea ha lasciato invariati i tassi di interesse per la terza "
            "volta consecutiva. «L'inflazione è vicina al nostro obiettivo del 2 per cento», ha detto la "
            "presidente della Bce Christine Lagarde in conferenza stampa. Lagarde ha però avvertito che i dazi "
            "americani pesano sulla crescita. «L'incertezza resta elevata», ha aggiunto. Secondo l'Istat, "
            "l'economia italiana è rimasta ferma nel terzo trimestre. Il governatore della Banca d'Italia Fabio "
            "Panetta ha invitato il governo a ridurre il debito."),
        "entities": [("Frankfurt", "GPE"), ("European Central Bank", "ORG"), ("Christine Lagarde", "PER"),
                     ("Istat", "ORG"), ("Bank of Italy", "ORG"), ("Fabio Panetta", "PER")],
        "optional": ["United States", "Italy", "Government of Italy"],
        "quotes": [("L'inflazione è vicina", "Christine Lagarde"),
                   ("L'incertezza resta elevata", "Christine Lagarde")],
    },
    {
        "id": "en_court", "lang": "en", "published": "2025-09-11",
        "text": (
            "BRASILIA, Brazil (AP) — Brazil's Supreme Court on Thursday convicted former President Jair "
            "Bolsonaro of plotting a coup to stay in power after losing the 2022 election, and sentenced him to "
            "27 years in prison. Justice Alexandre de Moraes, who oversaw the case, said the evidence was "
            "overwhelming. \"There is no doubt that a criminal organization was formed,\" de Moraes said. "
            "Bolsonaro's lawyers said they would appeal. \"The sentence is absurd and disproportionate,\" the "
            "defense team said in a statement. In Washington, Secretary of State Marco Rubio called the ruling "
            "a \"witch hunt.\""),
        "entities": [("Brasília", "GPE"), ("Brazil", "GPE"), ("Associated Press", "ORG"),
                     ("Supreme Federal Court", "ORG"), ("Jair Bolsonaro", "PER"), ("Alexandre de Moraes", "PER"),
                     ("Washington", "GPE"), ("Marco Rubio", "PER")],
        "optional": ["Supreme Court", "United States"],
        "quotes": [("There is no doubt", "Alexandre de Moraes"),
                   ("The sentence is absurd", "defense team"),
                   ("witch hunt", "Marco Rubio")],
    },
    {
        "id": "en_election", "lang": "en", "published": "2025-10-27",
        "text": (
            "BUENOS AIRES, Argentina (Reuters) - Argentine President Javier Milei's party won a decisive victory "
            "in Sunday's midterm elections, taking about 41% of the national vote. \"Today the Argentine people "
            "decided to leave behind 100 years of decadence,\" Milei told cheering supporters in the capital. "
            "The result boosts his push for economic reforms. U.S. President Donald Trump congratulated Milei on "
            "social media. Analysts said the win would calm markets. \"Investors were waiting for this signal,\" "
            "said Martin Castellano, an economist at the Institute of International Finance."),
        "entities": [("Buenos Aires", "GPE"), ("Argentina", "GPE"), ("Reuters", "ORG"), ("Javier Milei", "PER"),
                     ("United States", "GPE"), ("Donald Trump", "PER"), ("Martin Castellano", "PER"),
                     ("Institute of International Finance", "ORG")],
        "optional": ["La Libertad Avanza"],
        "quotes": [("Today the Argentine people", "Javier Milei"),
                   ("Investors were waiting", "Martin Castellano")],
    },
    {
        "id": "en_gaza", "lang": "en", "published": "2025-08-26",
        "text": (
            "JERUSALEM (AP) — Israeli strikes on a hospital in southern Gaza killed at least 20 people, "
            "including five journalists, the territory's Health Ministry said Monday. The Israeli military said "
            "it was reviewing the incident. \"We regret the harm to uninvolved individuals,\" an army spokesman "
            "said. The United Nations human rights office condemned the attack. Hamas accused Israel of "
            "deliberately targeting medical staff. Prime Minister Benjamin Netanyahu called it \"a tragic "
            "mishap\" in a statement released by his office."),
        "entities": [("Jerusalem", "GPE"), ("Associated Press", "ORG"), ("Gaza Strip", "GPE"),
                     ("Gaza Health Ministry", "ORG"), ("Israel Defense Forces", "ORG"),
                     ("Office of the United Nations High Commissioner for Human Rights", "ORG"), ("Hamas", "ORG"),
                     ("Israel", "GPE"), ("Benjamin Netanyahu", "PER")],
        "optional": ["Nasser Hospital", "United Nations", "Health Ministry", "Ministry of Health"],
        "quotes": [("We regret the harm", "Israel Defense Forces"),
                   ("a tragic mishap", "Benjamin Netanyahu")],
    },
    {
        "id": "en_strike", "lang": "en", "published": "2025-10-02",
        "text": (
            "ROME (Reuters) - Italian unions staged a general strike on Friday in support of the Global Sumud "
            "Flotilla, which Israel intercepted as it tried to reach Gaza. Trains were cancelled and schools "
            "closed across the country. CGIL leader Maurizio Landini said more than two million people took part. "
            "Prime Minister Giorgia Meloni criticised the strike. \"A long weekend and a revolution don't go "
            "together,\" she wrote on social media. Transport Minister Matteo Salvini said the unions had "
            "ignored a court order to limit the walkout."),
        "entities": [("Rome", "GPE"), ("Reuters", "ORG"), ("Global Sumud Flotilla", "ORG"), ("Israel", "GPE"),
                     ("Gaza Strip", "GPE"), ("Italian General Confederation of Labour", "ORG"),
                     ("Maurizio Landini", "PER"), ("Giorgia Meloni", "PER"), ("Matteo Salvini", "PER")],
        "optional": ["Italy", "Gaza"],
        "quotes": [("A long weekend and a revolution", "Giorgia Meloni")],
    },
]

ARTICLES += [
    # ---------------------------------------------------------------- third batch (written after the second
    # round of fixes)
    {
        "id": "it_diplomacy2", "lang": "it", "published": "2025-09-22",
        "text": (
            "NEW YORK – Il ministro degli Esteri Antonio Tajani ha incontrato a margine dell'Assemblea generale "
            "dell'Onu il suo omologo saudita, il principe Faisal bin Farhan. Al centro del colloquio la "
            "situazione a Gaza e il riconoscimento dello Stato palestinese. «L'Italia è pronta a fare la sua "
            "parte», ha detto Tajani ai giornalisti. Poi ha aggiunto: «Ma servono garanzie per la sicurezza di "
            "Israele». Secondo fonti diplomatiche, un nuovo incontro è previsto a Riad il mese prossimo. Il "
            "segretario generale dell'Onu António Guterres ha chiesto un cessate il fuoco immediato. «Non c'è "
            "più tempo da perdere», ha ammonito."),
        "entities": [("New York", "GPE"), ("Antonio Tajani", "PER"), ("United Nations General Assembly", "ORG"),
                     ("Faisal bin Farhan", "PER"), ("Gaza Strip", "GPE"), ("Italy", "GPE"), ("Israel", "GPE"),
                     ("Riyadh", "GPE"), ("United Nations", "ORG"), ("António Guterres", "PER")],
        "optional": ["Saudi Arabia", "Palestine", "Gaza"],
        "quotes": [("L'Italia è pronta", "Antonio Tajani"), ("Ma servono garanzie", "Antonio Tajani"),
                   ("Non c'è più tempo", "António Guterres")],
    },
    {
        "id": "it_migrants", "lang": "it", "published": "2025-08-14",
        "text": (
            "LAMPEDUSA - Oltre 600 migranti sono sbarcati nelle ultime 24 ore sull'isola, dove l'hotspot di "
            "contrada Imbriacola ospita ormai più di mille persone. Una barca con 40 persone a bordo si è "
            "capovolta al largo della Libia: almeno 12 i dispersi, secondo l'Organizzazione internazionale per "
            "le migrazioni. «Il Mediterraneo centrale resta la rotta più letale al mondo», ha detto all'ANSA il "
            "portavoce dell'Oim Flavio Di Giacomo. La Ong Sea-Watch ha denunciato i ritardi nei soccorsi. Il "
            "governo ha replicato con una nota di Palazzo Chigi: «L'Italia non può essere lasciata sola»."),
        "entities": [("Lampedusa", "GPE"), ("Libya", "GPE"), ("International Organization for Migration", "ORG"),
                     ("ANSA", "ORG"), ("Flavio Di Giacomo", "PER"), ("Sea-Watch", "ORG")],
        "optional": ["Imbriacola", "Mediterranean Sea", "Palazzo Chigi", "Government of Italy", "Italy",
                     "Central Mediterranean"],
        "quotes": [("Il Mediterraneo centrale", "Flavio Di Giacomo"),
                   ("L'Italia non può essere lasciata sola", "Palazzo Chigi")],
    },
    {
        "id": "it_ukraine_talks", "lang": "it", "published": "2025-11-20",
        "text": (
            "Il piano di pace americano per l'Ucraina prevede la cessione del Donbass alla Russia, secondo quanto "
            "riportato dal Financial Times. Il presidente ucraino ha respinto l'ipotesi. «Non scambieremo la "
            "nostra terra con promesse», ha scritto Zelensky su Telegram. Mosca ha invece accolto con favore "
            "l'iniziativa: «È una base per discutere», ha commentato il portavoce del Cremlino Dmitry Peskov. La "
            "Casa Bianca, citando un alto funzionario, ha fatto sapere che l'inviato Steve Witkoff volerà a "
            "Mosca la prossima settimana."),
        "entities": [("Ukraine", "GPE"), ("Donbas", "LOC"), ("Russia", "GPE"), ("Financial Times", "ORG"),
                     ("Volodymyr Zelenskyy", "PER"), ("Dmitry Peskov", "PER"), ("White House", "ORG"),
                     ("Steve Witkoff", "PER")],
        "optional": ["Moscow", "Kremlin", "Telegram", "United States", "Government of Russia", "Donbass"],
        "quotes": [("Non scambieremo la nostra terra", "Volodymyr Zelenskyy"),
                   ("È una base per discutere", "Dmitry Peskov")],
    },
    {
        "id": "en_iran", "lang": "en", "published": "2025-06-22",
        "text": (
            "DUBAI (Reuters) - Iran vowed on Sunday to defend itself after U.S. strikes on three nuclear sites, "
            "as Foreign Minister Abbas Araqchi accused Washington of crossing \"a very big red line.\" "
            "\"The events this morning are outrageous and will have everlasting consequences,\" Araqchi wrote on "
            "X. The International Atomic Energy Agency said no increase in off-site radiation levels had been "
            "reported. Its director general, Rafael Grossi, called for an emergency meeting of the agency's "
            "board. \"Diplomacy must prevail,\" he told reporters in Vienna. Israel's military said it had also "
            "struck targets in western Iran, citing intelligence about missile launchers."),
        "entities": [("Dubai", "GPE"), ("Reuters", "ORG"), ("Iran", "GPE"), ("United States", "GPE"),
                     ("Abbas Araghchi", "PER"),
                     ("International Atomic Energy Agency", "ORG"), ("Rafael Grossi", "PER"), ("Vienna", "GPE"),
                     ("Israel Defense Forces", "ORG")],
        "optional": ["X", "Israel", "Government of the United States", "Washington"],
        "quotes": [("a very big red line", "Abbas Araghchi"), ("The events this morning", "Abbas Araghchi"),
                   ("Diplomacy must prevail", "Rafael Grossi")],
    },
    {
        "id": "en_uk_police", "lang": "en", "published": "2025-10-03",
        "text": (
            "MANCHESTER, England (AP) — A man attacked worshippers outside a synagogue in Manchester on Yom "
            "Kippur, killing two people before he was shot dead by police, authorities said. Greater Manchester "
            "Police said the suspect was a 35-year-old British citizen of Syrian descent. \"This was a "
            "terrorist incident,\" Chief Constable Stephen Watson told a news conference. Prime Minister Keir "
            "Starmer cut short a trip to Denmark. \"I am appalled,\" he said. \"Jewish communities must feel "
            "safe in this country.\""),
        "entities": [("Manchester", "GPE"), ("England", "GPE"), ("Associated Press", "ORG"),
                     ("Greater Manchester Police", "ORG"), ("Stephen Watson", "PER"), ("Keir Starmer", "PER"),
                     ("Denmark", "GPE")],
        "optional": ["Syria", "United Kingdom", "Heaton Park Synagogue", "Yom Kippur"],
        "quotes": [("This was a terrorist incident", "Stephen Watson"), ("I am appalled", "Keir Starmer"),
                   ("Jewish communities must feel safe", "Keir Starmer")],
    },
    {
        "id": "en_africa", "lang": "en", "published": "2025-10-30",
        "text": (
            "DAR ES SALAAM, Tanzania (AP) — Tanzania's main opposition party said hundreds of people had been "
            "killed in three days of protests over a disputed election, a figure the government rejected. "
            "\"Our members are being hunted down,\" Chadema spokesman John Kitoka told The Associated Press. "
            "President Samia Suluhu Hassan was declared the winner with 98% of the vote. The United Nations "
            "human rights office called for restraint. Internet access remained restricted, according to the "
            "monitoring group NetBlocks."),
        "entities": [("Dar es Salaam", "GPE"), ("Tanzania", "GPE"), ("Associated Press", "ORG"),
                     ("Chadema", "ORG"), ("John Kitoka", "PER"), ("Samia Suluhu Hassan", "PER"),
                     ("Office of the United Nations High Commissioner for Human Rights", "ORG"),
                     ("NetBlocks", "ORG")],
        "optional": ["United Nations", "Government of Tanzania"],
        "quotes": [("Our members are being hunted", "John Kitoka")],
    },
]

ARTICLES += [
    # ---------------------------------------------------------------- fourth batch (written after the third
    # round of fixes): speakers by pronoun, organisation statements, split quotes, relayed sources
    {
        "id": "en_reuters_relay", "lang": "en", "published": "2025-09-30",
        "text": (
            "MOSCOW (Reuters) - Russia is ready to consider a U.S. proposal for a new round of talks with Ukraine, "
            "Kremlin spokesman Dmitry Peskov said on Tuesday, but warned that Moscow's conditions had not "
            "changed. \"We are open to dialogue,\" Peskov told reporters. \"But the root causes of the conflict "
            "must be addressed.\" The Russian Foreign Ministry said in a statement that any agreement must "
            "guarantee Ukraine's neutrality. A senior European diplomat, who asked not to be named, told "
            "Reuters the proposal was \"dead on arrival.\" Ukraine's foreign minister, Andrii Sybiha, said Kyiv "
            "would not accept ultimatums. \"Peace through strength is the only way,\" he wrote on X."),
        "entities": [("Moscow", "GPE"), ("Reuters", "ORG"), ("Russia", "GPE"), ("United States", "GPE"),
                     ("Ukraine", "GPE"), ("Dmitry Peskov", "PER"),
                     ("Ministry of Foreign Affairs of Russia", "ORG"), ("Andrii Sybiha", "PER")],
        "optional": ["Kremlin", "Kyiv", "X", "Government of Russia", "Government of Ukraine"],
        "quotes": [("We are open to dialogue", "Dmitry Peskov"), ("But the root causes", "Dmitry Peskov"),
                   ("dead on arrival", "senior European diplomat"), ("Peace through strength", "Andrii Sybiha")],
    },
    {
        "id": "en_us_politics", "lang": "en", "published": "2025-10-01",
        "text": (
            "WASHINGTON (AP) — The U.S. government shut down early Wednesday after Congress failed to pass a "
            "funding bill. Senate Majority Leader John Thune blamed Democrats. \"They chose to shut down the "
            "government,\" Thune said on the Senate floor. Senate Democratic leader Chuck Schumer said "
            "Republicans had refused to negotiate on health care. \"The American people will know who is "
            "responsible,\" he said. The White House said in a statement that federal workers could face "
            "layoffs. Hundreds of thousands of employees were sent home, according to the Office of Personnel "
            "Management."),
        "entities": [("Washington", "GPE"), ("Associated Press", "ORG"), ("United States", "GPE"),
                     ("United States Congress", "ORG"), ("John Thune", "PER"), ("Democratic Party", "ORG"),
                     ("Chuck Schumer", "PER"), ("Republican Party", "ORG"), ("White House", "ORG"),
                     ("Office of Personnel Management", "ORG")],
        "optional": ["United States Senate", "Senate", "Government of the United States"],
        "quotes": [("They chose to shut down", "John Thune"), ("The American people will know", "Chuck Schumer")],
    },
    {
        "id": "it_farnesina", "lang": "it", "published": "2025-10-02",
        "text": (
            "Quattro cittadini italiani sono stati fermati dalla marina israeliana a bordo di una delle barche "
            "della Flotilla diretta a Gaza. Lo ha fatto sapere la Farnesina in una nota. «Stiamo seguendo il "
            "caso con la massima attenzione», ha detto il ministro degli Esteri Antonio Tajani, che ha sentito "
            "l'omologo israeliano Gideon Saar. Secondo fonti di governo, i connazionali saranno espulsi entro "
            "48 ore. Dura la presa di posizione dell'opposizione. «Il governo deve pretendere il rilascio "
            "immediato», ha dichiarato Angelo Bonelli di Alleanza Verdi e Sinistra. Lei, la segretaria dem Elly "
            "Schlein, ha parlato di «sequestro illegale in acque internazionali»."),
        "entities": [("Israel", "GPE"), ("Gaza Strip", "GPE"), ("Antonio Tajani", "PER"), ("Gideon Sa'ar", "PER"),
                     ("Angelo Bonelli", "PER"), ("Alleanza Verdi e Sinistra", "ORG"), ("Elly Schlein", "PER")],
        "optional": ["Farnesina", "Ministry of Foreign Affairs", "Italy", "Global Sumud Flotilla", "Flotilla",
                     "Israeli Navy", "Gaza", "Ministry of Foreign Affairs of Italy"],
        "quotes": [("Stiamo seguendo il caso", "Antonio Tajani"),
                   ("Il governo deve pretendere", "Angelo Bonelli"),
                   ("sequestro illegale", "Elly Schlein")],
    },
    {
        "id": "it_split_quote", "lang": "it", "published": "2025-11-03",
        "text": (
            "BERLINO – Il cancelliere tedesco Friedrich Merz ha aperto alla possibilità di usare gli asset russi "
            "congelati per finanziare l'Ucraina. «Dobbiamo essere pronti a tutto», ha detto in un'intervista "
            "alla Faz. «Se Mosca non si siede al tavolo, il prezzo salirà». Il leader della Cdu ha poi "
            "criticato la Banca centrale europea per la sua prudenza. La presidente della Bce, Christine "
            "Lagarde, ha risposto che «servono basi giuridiche solide». Da Parigi, il presidente francese "
            "Emmanuel Macron ha sostenuto la proposta tedesca."),
        "entities": [("Berlin", "GPE"), ("Friedrich Merz", "PER"), ("Russia", "GPE"), ("Ukraine", "GPE"),
                     ("Frankfurter Allgemeine Zeitung", "ORG"), ("Christian Democratic Union", "ORG"),
                     ("European Central Bank", "ORG"), ("Christine Lagarde", "PER"), ("Paris", "GPE"),
                     ("Emmanuel Macron", "PER")],
        "optional": ["Moscow", "Germany", "France", "Government of Russia", "Faz"],
        "quotes": [("Dobbiamo essere pronti", "Friedrich Merz"), ("Se Mosca non si siede", "Friedrich Merz"),
                   ("servono basi giuridiche", "Christine Lagarde")],
    },
]

ARTICLES += [
    # ---------------------------------------------------------------- fifth batch (written after the fourth
    # round of fixes): Italian institutions, relayed interviews, statements
    {
        "id": "it_fire", "lang": "it", "published": "2025-08-12",
        "text": (
            "Un vasto incendio è divampato nella notte sulle colline sopra Marsala, in provincia di Trapani. I "
            "vigili del fuoco hanno lavorato per ore con il supporto di due Canadair della Protezione civile. "
            "Evacuate cinquanta famiglie. «La situazione è sotto controllo ma il vento non aiuta», ha spiegato a "
            "Sky TG24 il comandante provinciale dei vigili del fuoco Giuseppe Merendino. Il presidente della "
            "Regione Siciliana Renato Schifani ha chiesto lo stato di emergenza. «Chi appicca il fuoco è un "
            "criminale», si legge in una nota della Regione."),
        "entities": [("Marsala", "GPE"), ("Trapani", "GPE"), ("Sky TG24", "ORG"), ("Giuseppe Merendino", "PER"),
                     ("Renato Schifani", "PER")],
        "optional": ["Protezione civile", "Civil Protection Department", "Vigili del Fuoco",
                     "National Fire Corps", "Regione Siciliana", "Sicily", "Canadair", "Province of Trapani",
                     "Italian Civil Protection Department"],
        "quotes": [("La situazione è sotto controllo", "Giuseppe Merendino"),
                   ("Chi appicca il fuoco", "Regione Siciliana")],
    },
    {
        "id": "it_quirinale", "lang": "it", "published": "2025-06-02",
        "text": (
            "ROMA - Il presidente della Repubblica Sergio Mattarella ha celebrato la Festa della Repubblica "
            "all'Altare della Patria insieme alle più alte cariche dello Stato. Nel suo messaggio il capo dello "
            "Stato ha richiamato il valore della Costituzione. «La libertà non è mai conquistata per sempre», ha "
            "detto Mattarella. Presente anche la premier Giorgia Meloni, che su X ha scritto: «Orgogliosi della "
            "nostra Italia». Il presidente del Senato Ignazio La Russa ha partecipato alla parata in via dei Fori "
            "Imperiali, mentre il Pd ha disertato il ricevimento al Quirinale in segno di protesta."),
        "entities": [("Rome", "GPE"), ("Sergio Mattarella", "PER"), ("Giorgia Meloni", "PER"),
                     ("Ignazio La Russa", "PER"), ("Democratic Party", "ORG")],
        "optional": ["Quirinal Palace", "Festa della Repubblica", "Altare della Patria", "X", "Italy",
                     "Senate of the Republic",
                     "Quirinale", "Presidency of the Italian Republic", "Fori Imperiali", "Costituzione"],
        "quotes": [("La libertà non è mai conquistata", "Sergio Mattarella"),
                   ("Orgogliosi della nostra Italia", "Giorgia Meloni")],
    },
    {
        "id": "en_interview", "lang": "en", "published": "2025-09-15",
        "text": (
            "TAIPEI, Taiwan (AP) — Taiwan's President Lai Ching-te said the island would boost defense spending "
            "to more than 3% of its economic output next year. \"We will not provoke, but we will not bow to "
            "pressure,\" Lai said in an interview with the BBC. China's Taiwan Affairs Office accused him of "
            "seeking independence. \"Lai is a troublemaker,\" spokesperson Chen Binhua told a regular briefing "
            "in Beijing. The U.S. State Department urged both sides to avoid escalation, a spokesperson said."),
        "entities": [("Taipei", "GPE"), ("Taiwan", "GPE"), ("Associated Press", "ORG"), ("Lai Ching-te", "PER"),
                     ("BBC", "ORG"), ("Taiwan Affairs Office", "ORG"), ("Chen Binhua", "PER"), ("Beijing", "GPE"),
                     ("United States Department of State", "ORG")],
        "optional": ["China", "United States", "Government of China"],
        "quotes": [("We will not provoke", "Lai Ching-te"), ("Lai is a troublemaker", "Chen Binhua")],
    },
    {
        "id": "en_quoted_as", "lang": "en", "published": "2025-11-04",
        "text": (
            "ANKARA, Turkey (Reuters) - Turkey is ready to host a new round of peace talks between Russia and "
            "Ukraine, President Tayyip Erdogan said on Tuesday. \"Istanbul remains the right place for "
            "negotiations,\" he said after a cabinet meeting. Russian news agency TASS quoted deputy foreign "
            "minister Sergei Ryabkov as saying that Moscow had not received a formal invitation. Ukrainian "
            "officials did not immediately respond to a request for comment."),
        "entities": [("Ankara", "GPE"), ("Turkey", "GPE"), ("Reuters", "ORG"), ("Russia", "GPE"),
                     ("Ukraine", "GPE"), ("Recep Tayyip Erdoğan", "PER"), ("Istanbul", "GPE"), ("TASS", "ORG"),
                     ("Sergei Ryabkov", "PER")],
        "optional": ["Moscow", "Government of Russia"],
        "quotes": [("Istanbul remains the right place", "Recep Tayyip Erdoğan")],
    },
]

ARTICLES += [
    # ---------------------------------------------------------------- sixth batch (written after the fifth
    # round of fixes)
    {
        "id": "en_fed", "lang": "en", "published": "2025-09-17",
        "text": (
            "WASHINGTON (Reuters) - The Federal Reserve cut interest rates by a quarter of a percentage point on "
            "Wednesday, its first reduction since December. \"Labor market risks have risen,\" Fed Chair Jerome "
            "Powell told reporters after the decision. He added that the central bank was not on a preset "
            "course. President Donald Trump, who has repeatedly demanded deeper cuts, criticized the move. "
            "\"Too little, too late,\" he wrote on Truth Social. Newly appointed Fed governor Stephen Miran was "
            "the only dissent, according to a statement from the central bank."),
        "entities": [("Washington", "GPE"), ("Reuters", "ORG"), ("Federal Reserve", "ORG"),
                     ("Jerome Powell", "PER"), ("Donald Trump", "PER"), ("Stephen Miran", "PER")],
        "optional": ["Truth Social", "United States"],
        "quotes": [("Labor market risks", "Jerome Powell"), ("Too little, too late", "Donald Trump")],
    },
    {
        "id": "en_two_leaders", "lang": "en", "published": "2025-08-18",
        "text": (
            "WASHINGTON (AP) — President Donald Trump hosted Ukrainian President Volodymyr Zelenskyy and seven "
            "European leaders at the White House on Monday. Trump said security guarantees for Ukraine would "
            "be discussed. \"We will give them very good protection,\" Trump said. Zelenskyy thanked him for the "
            "meeting. \"This was the best conversation we have had,\" he said. German Chancellor Friedrich Merz "
            "pressed for a ceasefire before any summit with Russian President Vladimir Putin. \"I cannot imagine "
            "the next meeting taking place without a ceasefire,\" Merz said."),
        "entities": [("Washington", "GPE"), ("Associated Press", "ORG"), ("Donald Trump", "PER"),
                     ("Volodymyr Zelenskyy", "PER"), ("White House", "ORG"), ("Ukraine", "GPE"),
                     ("Friedrich Merz", "PER"), ("Vladimir Putin", "PER")],
        "optional": ["Germany", "Russia", "United States"],
        "quotes": [("We will give them", "Donald Trump"), ("This was the best conversation", "Volodymyr Zelenskyy"),
                   ("I cannot imagine", "Friedrich Merz")],
    },
    {
        "id": "it_corte", "lang": "it", "published": "2025-10-29",
        "text": (
            "ROMA – Il Consiglio dei ministri ha approvato la riforma della giustizia sulla separazione delle "
            "carriere. Il ministro della Giustizia Carlo Nordio ha parlato di «una svolta storica». Critica "
            "l'Associazione nazionale magistrati: «È un attacco all'indipendenza della magistratura», ha detto il "
            "presidente dell'Anm Cesare Parodi. Intanto la Corte dei conti ha bocciato il progetto del ponte "
            "sullo Stretto di Messina. Il vicepremier Matteo Salvini ha annunciato ricorso: «Andremo avanti "
            "comunque», ha scritto sui social."),
        "entities": [("Rome", "GPE"), ("Council of Ministers", "ORG"), ("Carlo Nordio", "PER"),
                     ("Associazione Nazionale Magistrati", "ORG"), ("Cesare Parodi", "PER"),
                     ("Court of Audit", "ORG"), ("Matteo Salvini", "PER")],
        "optional": ["Strait of Messina", "Messina", "Stretto di Messina", "Italy", "Ministry of Justice",
                     "Court of Audit"],
        "quotes": [("una svolta storica", "Carlo Nordio"), ("È un attacco all'indipendenza", "Cesare Parodi"),
                   ("Andremo avanti comunque", "Matteo Salvini")],
    },
    {
        "id": "it_esteri_pronoun", "lang": "it", "published": "2025-11-10",
        "text": (
            "PARIGI - Il presidente francese Emmanuel Macron ha ricevuto all'Eliseo il presidente ucraino "
            "Volodymyr Zelensky. I due hanno firmato una lettera di intenti per la fornitura di cento caccia "
            "Rafale. «È un accordo storico», ha commentato Zelensky al termine dell'incontro. Macron ha "
            "confermato l'impegno di Parigi: «Non lasceremo sola l'Ucraina». Secondo il quotidiano Le Monde, i "
            "primi aerei arriveranno entro tre anni. Mosca ha reagito duramente: per la portavoce del ministero "
            "degli Esteri russo Maria Zakharova, si tratta di «una provocazione»."),
        "entities": [("Paris", "GPE"), ("Emmanuel Macron", "PER"), ("Volodymyr Zelenskyy", "PER"),
                     ("Ukraine", "GPE"), ("Le Monde", "ORG"), ("Maria Zakharova", "PER")],
        "optional": ["Élysée Palace", "Eliseo", "Rafale", "Dassault Rafale", "Moscow", "Russia",
                     "Government of Russia", "Ministry of Foreign Affairs of Russia", "France",
                     "Government of France"],
        "quotes": [("È un accordo storico", "Volodymyr Zelenskyy"), ("Non lasceremo sola", "Emmanuel Macron"),
                   ("una provocazione", "Maria Zakharova")],
    },
]

ARTICLES += [
    # ---------------------------------------------------------------- seventh batch (a final fresh check)
    {
        "id": "en_sudan", "lang": "en", "published": "2025-10-28",
        "text": (
            "PORT SUDAN, Sudan (AP) — Sudan's paramilitary Rapid Support Forces seized the city of El Fasher "
            "after an 18-month siege, and aid groups reported mass killings of civilians. The World Health "
            "Organization said more than 460 people were killed at a maternity hospital. \"We are appalled,\" "
            "WHO chief Tedros Adhanom Ghebreyesus wrote on X. The RSF denied targeting civilians. Its commander, "
            "Mohamed Hamdan Dagalo, said in a video that violations would be investigated. \"Anyone who "
            "committed a crime will be held accountable,\" he said."),
        "entities": [("Port Sudan", "GPE"), ("Sudan", "GPE"), ("Associated Press", "ORG"),
                     ("Rapid Support Forces", "ORG"), ("El Fasher", "GPE"), ("World Health Organization", "ORG"),
                     ("Tedros Adhanom Ghebreyesus", "PER"), ("Mohamed Hamdan Dagalo", "PER")],
        "optional": ["X"],
        "quotes": [("We are appalled", "Tedros Adhanom Ghebreyesus"),
                   ("Anyone who committed a crime", "Mohamed Hamdan Dagalo")],
    },
    {
        "id": "en_venezuela", "lang": "en", "published": "2025-11-16",
        "text": (
            "CARACAS, Venezuela (Reuters) - Venezuelan President Nicolas Maduro on Sunday accused the United "
            "States of preparing an invasion after the Pentagon deployed an aircraft carrier to the Caribbean. "
            "\"They want our oil,\" Maduro told supporters at a rally in Caracas. U.S. Defense Secretary Pete "
            "Hegseth said the deployment targeted drug traffickers. \"Narco-terrorists will be treated like "
            "terrorists,\" he posted on X. Opposition leader Maria Corina Machado, who won this year's Nobel "
            "Peace Prize, urged the military to abandon Maduro."),
        "entities": [("Caracas", "GPE"), ("Venezuela", "GPE"), ("Reuters", "ORG"), ("Nicolás Maduro", "PER"),
                     ("United States", "GPE"), ("United States Department of Defense", "ORG"),
                     ("Pete Hegseth", "PER"), ("María Corina Machado", "PER")],
        "optional": ["Caribbean", "Caribbean Sea", "X", "Nobel Peace Prize", "Venezuelan Armed Forces"],
        "quotes": [("They want our oil", "Nicolás Maduro"), ("Narco-terrorists", "Pete Hegseth")],
    },
    {
        "id": "it_sciopero_medici", "lang": "it", "published": "2025-11-20",
        "text": (
            "Medici e infermieri incrociano le braccia oggi in tutta Italia contro la manovra. Lo sciopero, "
            "proclamato dai sindacati Anaao Assomed e Nursing Up, rischia di far saltare migliaia di interventi. "
            "«I professionisti della sanità pubblica sono stremati», ha dichiarato il segretario nazionale "
            "dell'Anaao Pierino Di Silverio. Il ministro della Salute Orazio Schillaci ha invitato al dialogo. "
            "«Le risorse per il personale sono aumentate», ha spiegato in un'intervista al Corriere della Sera."),
        "entities": [("Italy", "GPE"), ("Anaao Assomed", "ORG"), ("Nursing Up", "ORG"),
                     ("Pierino Di Silverio", "PER"), ("Orazio Schillaci", "PER"), ("Corriere della Sera", "ORG")],
        "optional": ["Ministry of Health", "Anaao"],
        "quotes": [("I professionisti della sanità", "Pierino Di Silverio"),
                   ("Le risorse per il personale", "Orazio Schillaci")],
    },
    {
        "id": "it_terremoto", "lang": "it", "published": "2025-03-13",
        "text": (
            "NAPOLI - Una scossa di magnitudo 4.4 ha svegliato nella notte i Campi Flegrei, la più forte degli "
            "ultimi quarant'anni. Crolli e danni a Pozzuoli e Bacoli, dove una donna è rimasta ferita. Secondo "
            "l'Istituto nazionale di geofisica e vulcanologia, l'epicentro è stato localizzato a due chilometri "
            "di profondità. «Non c'è un rischio eruzione imminente», ha rassicurato il direttore dell'Osservatorio "
            "Vesuviano Mauro Di Vito. Il sindaco di Pozzuoli, Luigi Manzoni, ha aperto le scuole come centri di "
            "accoglienza. «Abbiamo paura ma non ce ne andiamo», raccontano i residenti."),
        "entities": [("Naples", "GPE"), ("Campi Flegrei", "LOC"), ("Pozzuoli", "GPE"), ("Bacoli", "GPE"),
                     ("Istituto nazionale di geofisica e vulcanologia", "ORG"), ("Mauro Di Vito", "PER"),
                     ("Luigi Manzoni", "PER"), ("Osservatorio Vesuviano", "ORG")],
        "optional": ["INGV"],
        "quotes": [("Non c'è un rischio", "Mauro Di Vito"), ("Abbiamo paura", "residenti")],
    },
]

ARTICLES += [
    # ---------------------------------------------------------------- eighth batch (final fresh check)
    {
        "id": "en_nato", "lang": "en", "published": "2025-06-25",
        "text": (
            "THE HAGUE, Netherlands (AP) — NATO leaders agreed on Wednesday to raise defense spending to 5% of "
            "gross domestic product by 2035, bowing to pressure from U.S. President Donald Trump. Spain secured "
            "an exemption, angering Trump, who threatened to make the country \"pay twice as much\" in trade "
            "talks. \"This is a historic decision,\" NATO Secretary-General Mark Rutte told a news conference. "
            "Spanish Prime Minister Pedro Sanchez defended his position. \"Spain is a reliable ally,\" he said."),
        "entities": [("The Hague", "GPE"), ("Netherlands", "GPE"), ("Associated Press", "ORG"), ("NATO", "ORG"),
                     ("United States", "GPE"), ("Donald Trump", "PER"), ("Spain", "GPE"), ("Mark Rutte", "PER"),
                     ("Pedro Sánchez", "PER")],
        "optional": [],
        "quotes": [("pay twice as much", "Donald Trump"), ("This is a historic decision", "Mark Rutte"),
                   ("Spain is a reliable ally", "Pedro Sánchez")],
    },
    {
        "id": "en_gaza_aid", "lang": "en", "published": "2025-07-22",
        "text": (
            "GENEVA (Reuters) - More than 100 aid organizations warned on Wednesday that mass starvation was "
            "spreading across Gaza. \"Our colleagues are wasting away before our eyes,\" the groups said in a "
            "joint statement signed by Medecins Sans Frontieres and Oxfam, among others. The World Food "
            "Programme said one in three people in the enclave was going days without eating. Israel's foreign "
            "ministry rejected the claims. \"There is no famine caused by Israel,\" spokesman Oren Marmorstein "
            "wrote on X."),
        "entities": [("Geneva", "GPE"), ("Reuters", "ORG"), ("Gaza Strip", "GPE"),
                     ("Médecins Sans Frontières", "ORG"), ("Oxfam", "ORG"), ("World Food Programme", "ORG"),
                     ("Ministry of Foreign Affairs of Israel", "ORG"), ("Oren Marmorstein", "PER"),
                     ("Israel", "GPE")],
        "optional": ["X", "Gaza"],
        "quotes": [("Our colleagues are wasting away", "aid organizations"),
                   ("There is no famine", "Oren Marmorstein")],
    },
    {
        "id": "it_carcere", "lang": "it", "published": "2025-08-05",
        "text": (
            "TORINO – Un detenuto di 29 anni è morto nel carcere Lorusso e Cutugno dopo essersi tolto la vita. "
            "È il quarantesimo suicidio dall'inizio dell'anno nelle carceri italiane, secondo l'associazione "
            "Antigone. «Il sovraffollamento ha raggiunto livelli insostenibili», ha denunciato il garante dei "
            "detenuti del Piemonte, Bruno Mellano. Il sottosegretario alla Giustizia Andrea Delmastro ha "
            "annunciato nuovi posti letto entro l'autunno. Il sindacato di polizia penitenziaria Sappe ha "
            "chiesto più personale: «Gli agenti sono allo stremo»."),
        "entities": [("Turin", "GPE"), ("Antigone", "ORG"), ("Bruno Mellano", "PER"), ("Andrea Delmastro", "PER"),
                     ("Sappe", "ORG")],
        "optional": ["Piedmont", "Lorusso e Cutugno", "Italy", "Ministry of Justice", "Polizia Penitenziaria"],
        "quotes": [("Il sovraffollamento", "Bruno Mellano"), ("Gli agenti sono allo stremo", "Sappe")],
    },
    {
        "id": "it_ucraina_energia", "lang": "it", "published": "2025-11-15",
        "text": (
            "KIEV – Nuovo massiccio attacco russo contro le infrastrutture energetiche ucraine. Nella notte Mosca "
            "ha lanciato oltre 400 droni e 40 missili, ha fatto sapere l'aeronautica militare di Kiev. Blackout "
            "a Leopoli, Dnipro e Kharkiv. «La Russia vuole lasciarci al freddo e al buio», ha scritto su Telegram "
            "la premier ucraina Yulia Svyrydenko. Il ministero della Difesa russo ha rivendicato colpi contro "
            "«obiettivi militari». L'Aiea ha riferito che la centrale di Zaporizhzhia è rimasta di nuovo senza "
            "alimentazione esterna."),
        "entities": [("Kyiv", "GPE"), ("Ukrainian Air Force", "ORG"), ("Lviv", "GPE"), ("Dnipro", "GPE"),
                     ("Kharkiv", "GPE"), ("Russia", "GPE"), ("Yulia Svyrydenko", "PER"),
                     ("International Atomic Energy Agency", "ORG"), ("Zaporizhzhia Nuclear Power Plant", "FAC")],
        "optional": ["Moscow", "Telegram", "Ukraine", "Ministry of Defence of the Russian Federation",
                     "Government of Russia", "Zaporizhzhia"],
        "quotes": [("La Russia vuole lasciarci", "Yulia Svyrydenko"),
                   ("obiettivi militari", "Ministry of Defence of the Russian Federation")],
    },
]

ARTICLES += [
    # ---------------------------------------------------------------- ninth batch (Italian speakers, fresh)
    {
        "id": "it_mattarella_msg", "lang": "it", "published": "2025-12-31",
        "text": (
            "Nel tradizionale messaggio di fine anno, il capo dello Stato Sergio Mattarella ha parlato di pace, "
            "lavoro e giovani. «Non possiamo rassegnarci alla guerra», ha affermato il presidente della "
            "Repubblica. Poi un passaggio sull'astensionismo: «Il voto è la forza della democrazia». Apprezzamento "
            "bipartisan dai partiti. Per il leader di Azione Carlo Calenda è stato «un discorso di altissimo "
            "livello». Anche la premier ha ringraziato il Quirinale."),
        "entities": [("Sergio Mattarella", "PER"), ("Azione", "ORG"), ("Carlo Calenda", "PER")],
        "optional": ["Quirinal Palace", "Giorgia Meloni", "Italy"],
        "quotes": [("Non possiamo rassegnarci", "Sergio Mattarella"),
                   ("Il voto è la forza", "Sergio Mattarella")],
    },
    {
        "id": "it_alluvione_emilia", "lang": "it", "published": "2025-10-20",
        "text": (
            "BOLOGNA - Esondano il Lamone e il Senio, evacuate oltre mille persone nel Ravennate. La presidente "
            "della Regione Emilia-Romagna, Michele de Pascale, ha convocato l'unità di crisi. «Chiediamo al "
            "governo di dichiarare subito lo stato di emergenza», ha detto de Pascale in conferenza stampa. Dal "
            "ministro per la Protezione civile Nello Musumeci è arrivata una risposta immediata: «Le risorse "
            "ci sono». I vigili del fuoco hanno effettuato oltre 300 interventi, secondo quanto riferito dal "
            "comando regionale."),
        "entities": [("Bologna", "GPE"), ("Lamone", "LOC"), ("Senio", "LOC"), ("Emilia-Romagna", "GPE"),
                     ("Michele de Pascale", "PER"), ("Nello Musumeci", "PER")],
        "optional": ["Ravennate", "Vigili del Fuoco", "National Fire Corps", "Civil Protection Department",
                     "Government of Italy", "Regione Emilia-Romagna"],
        "quotes": [("Chiediamo al governo", "Michele de Pascale"), ("Le risorse ci sono", "Nello Musumeci")],
    },
]
