"""Short news articles of many kinds, written for the source-kind tests of issue 12 (people, companies and places
invented; real countries, capitals, agencies and outlets stand for themselves). Each article comes with the gold
kind of the source of the quote holding each needle, by the attribution guide (../shared/eval/attribution)."""

from __future__ import annotations

# (name, body, ((needle, kind), ...))
ARTICLES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("wire-capitals",
     "Russia said on Tuesday that it would not extend the grain corridor beyond July.\n\n"
     "Washington warned that the decision would push up food prices across Africa.\n\n"
     "\u201cThis is a deliberate attempt to starve the world,\u201d a senior U.S. official told "
     "reporters on condition of anonymity.\n\n"
     "Beijing said it hoped all sides would return to talks.",
     (("would not extend the grain corridor", "government"), ("push up food prices", "government"),
      ("deliberate attempt to starve", "anonymous"), ("return to talks", "government"))),
    ("wire-kremlin",
     "The Kremlin said on Monday that President Vladimir Putin had no plans to meet the Ukrainian leader.\n\n"
     "Ukraine's armed forces said they had shot down 14 drones overnight.\n\n"
     "\u201cThe air defence worked well,\u201d said Colonel Yuriy Holub, a spokesman for the air force.",
     (("no plans to meet", "government"), ("shot down 14 drones", "government"),
      ("air defence worked well", "person"))),
    ("local-crime",
     "Police said a 34-year-old man was arrested after a stabbing outside a bar on Elm Street late Saturday.\n\n"
     "\u201cIt happened very fast,\u201d said one witness, who asked not to be named.\n\n"
     "The Harlow County Sheriff's Office said the victim was in stable condition.\n\n"
     "Court records show the suspect had been charged with assault twice before.",
     (("34-year-old man was arrested", "government"), ("happened very fast", "anonymous"),
      ("victim was in stable condition", "government"), ("charged with assault twice", "document"))),
    ("local-council",
     "The Millbrook City Council voted 5-2 on Thursday to raise parking fees downtown.\n\n"
     "\u201cWe cannot keep subsidising cars,\u201d said Councilwoman Dana Ortiz, who wrote the measure.\n\n"
     "Residents said the new fees would drive shoppers to the malls outside town.\n\n"
     "Ortiz said the money would pay for new bus shelters.",
     (("keep subsidising cars", "person"), ("drive shoppers to the malls", "anonymous"),
      ("pay for new bus shelters", "person"))),
    ("business-earnings",
     "Apple said on Thursday that iPhone sales fell 3 percent in the quarter.\n\n"
     "Analysts said the drop was smaller than expected.\n\n"
     "\u201cChina remains the big question,\u201d said Priya Venkat, an analyst at Harcourt Securities.\n\n"
     "Bloomberg News reported that the company was cutting orders from its suppliers.\n\n"
     "People familiar with the matter said the cuts could reach 10 percent.",
     (("iPhone sales fell", "organization"), ("smaller than expected", "anonymous"),
      ("China remains the big question", "person"), ("cutting orders", "outlet"),
      ("cuts could reach", "anonymous"))),
    ("business-filing",
     "Northgate Energy plans to close two refineries, according to a filing with the Securities and Exchange "
     "Commission.\n\n"
     "The company's chief executive, Mark Ellery, said the closures would save $400 million a year.\n\n"
     "\u201cThis is a painful but necessary step,\u201d Ellery said.\n\n"
     "A union representing refinery workers said it would fight the plan.",
     (("close two refineries", "document"), ("save $400 million", "person"), ("painful but necessary", "person"))),
    ("science-study",
     "Global sea levels rose faster in the past decade than in any decade on record, according to a study "
     "published on Wednesday.\n\n"
     "NASA said its satellites had measured a rise of 4.5 millimetres a year.\n\n"
     "\u201cThe acceleration is unmistakable,\u201d said Dr. Helen Marsh, a climate scientist at the University "
     "of Leeds who was not involved in the research.\n\n"
     "The World Meteorological Organization said the findings matched its own data.",
     (("sea levels rose faster", "document"), ("4.5 millimetres a year", "government"),
      ("acceleration is unmistakable", "person"), ("matched its own data", "organization"))),
    ("science-health",
     "The World Health Organization said on Friday that cholera cases had doubled this year.\n\n"
     "UNICEF said children accounted for half of the deaths.\n\n"
     "Health workers said clinics in the north had run out of oral rehydration salts.\n\n"
     "The Centers for Disease Control and Prevention said the risk to travellers remained low.",
     (("cholera cases had doubled", "organization"), ("half of the deaths", "organization"),
      ("run out of oral rehydration", "anonymous"), ("risk to travellers", "government"))),
    ("sport-transfer",
     "Manchester United said on Monday that their captain would miss six weeks with a knee injury.\n\n"
     "\u201cHe is devastated, but he will be back,\u201d manager Erik Vance told reporters.\n\n"
     "Vance said the club would not sign a replacement in January.\n\n"
     "UEFA said it had opened an investigation into crowd trouble at the club's last away game.",
     (("miss six weeks", "organization"), ("devastated", "person"), ("not sign a replacement", "person"),
      ("opened an investigation", "organization"))),
    ("sport-doping",
     "The World Anti-Doping Agency said on Tuesday that the sprinter had tested positive for a banned "
     "stimulant.\n\n"
     "The athlete's lawyer, Tomas Reinholt, said his client had taken a contaminated supplement.\n\n"
     "\u201cShe has never cheated and never will,\u201d Reinholt said.\n\n"
     "The sport's governing body said a hearing would be held next month.",
     (("tested positive", "organization"), ("contaminated supplement", "person"), ("never cheated", "person"))),
    ("court-ruling",
     "The Supreme Court ruled on Friday that the state's map diluted the votes of Black residents.\n\n"
     "\u201cThe Constitution does not permit this,\u201d the court said in its opinion.\n\n"
     "The Justice Department said it would review the ruling.\n\n"
     "Civil rights groups said the decision was a victory for voters.",
     (("Constitution does not permit", "government"), ("review the ruling", "government"),
      ("victory for voters", "anonymous"))),
    ("military-strike",
     "The Israeli military said on Sunday that it had struck a weapons depot in southern Lebanon.\n\n"
     "Hezbollah said two of its fighters had been killed.\n\n"
     "The Pentagon said it was monitoring the situation closely.\n\n"
     "\u201cWe heard three explosions, one after the other,\u201d said a resident of the village, reached by "
     "phone.",
     (("struck a weapons depot", "government"), ("two of its fighters", "organization"),
      ("monitoring the situation", "government"), ("three explosions", "anonymous"))),
    ("outlets-cited",
     "The Washington Post reported on Wednesday that the administration was preparing new tariffs.\n\n"
     "Axios reported that the plan had been approved by the president last week.\n\n"
     "\u201cNothing is final until it is signed,\u201d a senior administration official told CNN.\n\n"
     "According to the Financial Times, European officials had been warned in advance.",
     (("preparing new tariffs", "outlet"), ("approved by the president", "outlet"),
      ("Nothing is final", "anonymous"), ("warned in advance", "outlet"))),
    ("foreign-ministry",
     "China's foreign ministry said on Thursday that the sanctions were illegal.\n\n"
     "\u201cThe United States must stop interfering,\u201d ministry spokesman Lin Jian told a news briefing.\n\n"
     "The European Union said it would respond in a proportionate way.\n\n"
     "Tokyo said it had lodged a protest through diplomatic channels.",
     (("sanctions were illegal", "government"), ("stop interfering", "person"),
      ("proportionate way", "organization"), ("lodged a protest", "government"))),
    ("local-weather",
     "The National Weather Service said up to 12 inches of snow could fall by Saturday.\n\n"
     "The state Department of Transportation said plows would run around the clock.\n\n"
     "\u201cStay home if you can,\u201d Governor Maria Castellano said at a news conference.\n\n"
     "Utility officials said about 40,000 homes had lost power.",
     (("12 inches of snow", "government"), ("plows would run", "government"), ("Stay home", "person"),
      ("40,000 homes", "anonymous"))),
    ("business-deal",
     "Shares of Corvane Biotherapeutics jumped 40 percent after the drugmaker said it had agreed to be bought "
     "by Pfizer.\n\n"
     "Pfizer said the deal would add five drugs to its cancer portfolio.\n\n"
     "\u201cThe price looks full,\u201d said Jonah Feld, a portfolio manager at Trellis Capital.\n\n"
     "The Federal Trade Commission said it would review the merger.",
     (("five drugs", "organization"), ("price looks full", "person"), ("review the merger", "government"))),
    ("surname-bodies",
     "Senator Laura Whitcombe said on Tuesday that she would vote against the bill.\n\n"
     "\u201cIt spends money we do not have,\u201d Whitcombe said.\n\n"
     "Representative Dale Harmon said the bill would create jobs in his district.\n\n"
     "Harmon said he expected it to pass the House by a wide margin.",
     (("vote against the bill", "person"), ("spends money", "person"), ("create jobs", "person"),
      ("pass the House", "person"))),
    ("document-report",
     "The city overpaid contractors by $2 million last year, according to an audit released on Monday.\n\n"
     "The report said invoices had been approved without receipts.\n\n"
     "\u201cWe take these findings seriously,\u201d Mayor Kevin Doyle said in a statement.\n\n"
     "Documents obtained by the Ledger show that officials were warned in 2022.",
     (("overpaid contractors", "document"), ("approved without receipts", "document"),
      ("take these findings seriously", "person"))),
    ("anonymous-roles",
     "A senior European diplomat said the talks had stalled over the question of guarantees.\n\n"
     "Two officials briefed on the negotiations said a deal was unlikely before the summit.\n\n"
     "\u201cNobody wants to blink first,\u201d one of them said.\n\n"
     "Experts said the delay could cost the region billions.",
     (("talks had stalled", "anonymous"), ("deal was unlikely", "anonymous"), ("cost the region", "anonymous"))),
    ("social-post",
     "The billionaire wrote on X that the company would leave California.\n\n"
     "Governor Ben Aldana said the state would be fine without it.\n\n"
     "Several users on Reddit said they had cancelled their orders.",
     (("state would be fine", "person"),)),
    ("police-abroad",
     "London's Metropolitan Police said on Saturday that 11 people had been arrested during the protest.\n\n"
     "Downing Street said the prime minister had been briefed.\n\n"
     "Organisers said more than 50,000 people had marched.\n\n"
     "The BBC reported that two officers had been injured.",
     (("11 people had been arrested", "government"), ("had been briefed", "government"),
      ("50,000 people had marched", "anonymous"), ("two officers", "outlet"))),
    ("countries-acting",
     "Iran said on Wednesday that it had enriched uranium to 60 percent purity.\n\n"
     "Israel said it would not allow Tehran to obtain a nuclear weapon.\n\n"
     "France, Germany and Britain said in a joint statement that the step was a grave escalation.\n\n"
     "Moscow said the West was to blame for the crisis.",
     (("enriched uranium", "government"), ("not allow Tehran", "government"),
      ("West was to blame", "government"))),
)

MORE: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("surname-places",
     "Coach Darren Jordan said on Sunday that his team had lost its nerve in the second half.\n\n"
     "\u201cWe stopped running,\u201d Jordan said.\n\n"
     "Midfielder Ana Chase said the players would meet without the staff on Monday.\n\n"
     "Chase said nobody had asked for the coach to go.",
     (("lost its nerve", "person"), ("stopped running", "person"), ("meet without the staff", "person"),
      ("nobody had asked", "person"))),
    ("surname-companies",
     "Detective Sgt. Paul Ford said the car had been stolen two days before the robbery.\n\n"
     "Ford said officers were still looking for a second man.\n\n"
     "Prosecutor Emily Lincoln said the suspect would be charged on Friday.\n\n"
     "\u201cWe have the video,\u201d Lincoln said.",
     (("stolen two days", "person"), ("second man", "person"), ("charged on Friday", "person"),
      ("We have the video", "person"))),
    ("wire-agencies",
     "North Korea fired two ballistic missiles into the sea on Thursday, South Korea's military said.\n\n"
     "Japan's Defence Ministry said the missiles had landed outside its exclusive economic zone.\n\n"
     "Pyongyang's state news agency KCNA said the launch was a test of a new engine.\n\n"
     "Seoul said it had raised its alert level.",
     (("fired two ballistic missiles", "government"), ("landed outside", "government"),
      ("test of a new engine", "outlet"), ("raised its alert level", "government"))),
    ("wire-media",
     "The blast killed at least nine people, the Interfax news agency reported.\n\n"
     "State television said rescuers were searching the rubble for survivors.\n\n"
     "Russia's Emergencies Ministry said 40 people had been pulled from the building.\n\n"
     "The TASS news agency reported that a gas leak was the likely cause.",
     (("killed at least nine", "outlet"), ("searching the rubble", "outlet"),
      ("pulled from the building", "government"), ("gas leak", "outlet"))),
    ("courts-lower",
     "A federal appeals court ruled on Tuesday that the ban on the drug was unlawful.\n\n"
     "The Food and Drug Administration said it would ask the full court to rehear the case.\n\n"
     "The lawsuit, filed by a group of doctors, says the agency ignored its own scientists.\n\n"
     "The American Medical Association said the ruling put patients at risk.",
     (("ask the full court", "government"), ("ignored its own scientists", "document"),
      ("put patients at risk", "organization"))),
    ("local-fire",
     "The fire started in a kitchen on the third floor, the Oakdale Fire Department said.\n\n"
     "Firefighters said the smoke alarms in the building had no batteries.\n\n"
     "\u201cI grabbed my kids and ran,\u201d said Rosa Delgado, who lives on the second floor.\n\n"
     "The county coroner's office said the victim was a 71-year-old woman.",
     (("started in a kitchen", "government"), ("smoke alarms", "anonymous"), ("grabbed my kids", "person"),
      ("71-year-old woman", "government"))),
    ("rights-groups",
     "Amnesty International said on Wednesday that at least 30 protesters had been killed.\n\n"
     "Human Rights Watch said security forces had fired live ammunition into the crowd.\n\n"
     "The Interior Ministry said the protesters had attacked police stations.\n\n"
     "Doctors at the main hospital said most of the wounded had been shot in the legs.",
     (("30 protesters", "organization"), ("live ammunition", "organization"),
      ("attacked police stations", "government"), ("shot in the legs", "anonymous"))),
    ("business-regulators",
     "The Federal Reserve left interest rates unchanged on Wednesday.\n\n"
     "Economists said they expected the first cut in June.\n\n"
     "Goldman Sachs said in a note to clients that inflation was cooling faster than the market thought.\n\n"
     "The Labor Department said employers added 150,000 jobs last month.",
     (("first cut in June", "anonymous"), ("inflation was cooling", "organization"),
      ("added 150,000 jobs", "government"))),
    ("sport-league",
     "The NFL said on Friday that the quarterback would be suspended for four games.\n\n"
     "The players' union said it would appeal the decision.\n\n"
     "\u201cHe made a mistake and he owns it,\u201d his agent, Rick Palermo, said.\n\n"
     "A source close to the player said he was considering retirement.",
     (("suspended for four games", "organization"), ("appeal the decision", "organization"),
      ("made a mistake", "person"), ("considering retirement", "anonymous"))),
    ("politics-parties",
     "The Conservative Party said on Monday that it would not field a candidate in the by-election.\n\n"
     "The Electoral Commission said turnout had been the lowest since 1918.\n\n"
     "Parliament's ethics committee said the minister had broken the rules.\n\n"
     "Voters interviewed outside polling stations said they were tired of politics.",
     (("not field a candidate", "organization"), ("turnout had been the lowest", "government"),
      ("broken the rules", "government"), ("tired of politics", "anonymous"))),
    ("documents-legal",
     "The indictment says the two men laundered $12 million through shell companies.\n\n"
     "According to the complaint, the scheme ran from 2019 to 2023.\n\n"
     "A lawyer for one of the men, Gregory Tan, said his client would plead not guilty.\n\n"
     "The U.S. Attorney's Office in Manhattan said more arrests were possible.",
     (("laundered $12 million", "document"), ("scheme ran from 2019", "document"),
      ("plead not guilty", "person"), ("more arrests were possible", "government"))),
    ("foreign-outlets",
     "The Guardian reported on Sunday that the ministry had ignored the warnings.\n\n"
     "According to Le Monde, the French president had been told of the plan in March.\n\n"
     "The Times of India reported that the talks would resume next week.\n\n"
     "Al Jazeera said its correspondent had been detained at the border.",
     (("ignored the warnings", "outlet"), ("told of the plan", "outlet"), ("talks would resume", "outlet"),
      ("correspondent had been detained", "outlet"))),
)

# articles for the kinds main got wrong (2026-12-08): legislatures by their own names, seats of government, a
# general staff, a junta, a legislature's committee, court papers and numbers with no issuer named, an outlet named
# by its site or a television channel by its number, a team or a band the model took for a person, a sport's
# national board, police and armed forces by their own names
FIXED: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("legislatures",
     "The Duma voted on Wednesday to raise the age of conscription, and the Federation Council is expected to "
     "approve the bill next week.\n\n"
     "The Duma said the change would affect about 200,000 young men a year.\n\n"
     "In Kyiv, the Verkhovna Rada said it would debate a similar bill in the spring.\n\n"
     "\u201cWe have no choice,\u201d said Oksana Hrytsenko, a member of its defence committee.",
     (("200,000 young men", "government"), ("debate a similar bill", "government"), ("no choice", "person"))),
    ("parliament-committee",
     "Parliament's ethics committee said on Thursday that the minister had broken the rules on gifts.\n\n"
     "The Lok Sabha said the report would be debated on Monday.\n\n"
     "The minister's lawyer, Arjun Mehta, said his client had done nothing wrong.",
     (("broken the rules on gifts", "government"), ("debated on Monday", "government"),
      ("done nothing wrong", "person"))),
    ("seats-of-government",
     "The Elysee Palace said on Friday that the French president would travel to Algiers next month.\n\n"
     "South Korea's Blue House said the two leaders had spoken by phone.\n\n"
     "City Hall said the parade would go ahead despite the rain.",
     (("travel to Algiers", "government"), ("spoken by phone", "government"), ("parade would go ahead", "government"))),
    ("general-staff",
     "Ukraine's General Staff said on Sunday that its forces had repelled 31 attacks near Pokrovsk.\n\n"
     "Myanmar's junta said it had retaken the border town after three days of fighting.\n\n"
     "\u201cThe town is calm now,\u201d a shopkeeper told reporters by phone.",
     (("repelled 31 attacks", "government"), ("retaken the border town", "government"), ("town is calm", "anonymous"))),
    ("court-papers",
     "The affidavit says the officer fired six shots at the car as it drove away.\n\n"
     "According to the verdict, the city had ignored complaints about the officer for years.\n\n"
     "\u201cThis was never about one bad apple,\u201d said Lorna Whitfield, a lawyer for the family.\n\n"
     "The inquiry found that the department had no policy on shooting at moving vehicles.",
     (("fired six shots", "document"), ("ignored complaints", "document"), ("one bad apple", "person"),
      ("no policy on shooting", "document"))),
    ("numbers-that-say",
     "The population of the county fell by 8 percent in a decade, according to the census.\n\n"
     "A petition signed by 3,000 people says the decline will slow only if the state builds new housing.\n\n"
     "\u201cPeople leave when the jobs leave,\u201d said Mayor Tom Okafor.",
     (("fell by 8 percent", "document"), ("decline will slow", "document"), ("jobs leave", "person"))),
    ("tv-channels",
     "Israel's Channel 12 reported on Monday that the cabinet would vote on the truce within days.\n\n"
     "According to Channel 13, two ministers had threatened to resign over the deal.\n\n"
     "The prime minister's office said no decision had been taken.",
     (("vote on the truce", "outlet"), ("threatened to resign", "outlet"), ("no decision had been taken", "government"))),
    ("teams-and-bands",
     "The Dallas Cowboys said on Monday that their quarterback would miss Sunday's game with a sprained ankle.\n\n"
     "\u201cHe wants to play, but we will not risk it,\u201d coach Dale Whitaker said.\n\n"
     "The Harlan Brothers, who were to sing the anthem, said they had pulled out because of a family illness.",
     (("miss Sunday's game", "organization"), ("will not risk it", "person"), ("pulled out", "organization"))),
    ("cricket-boards",
     "The Pakistan Cricket Board said on Monday that the captain had been rested for the tour of New Zealand.\n\n"
     "\u201cHe has played every match for two years,\u201d chief selector Imran Qadir told reporters in Lahore.\n\n"
     "The England and Wales Cricket Board said the series would go ahead as planned.",
     (("rested for the tour", "organization"), ("every match for two years", "person"),
      ("go ahead as planned", "organization"))),
    ("police-by-native-names",
     "Italy's Carabinieri said on Friday that they had arrested 14 people in raids across Calabria.\n\n"
     "Spain's Guardia Civil said two of the suspects had been detained near Malaga.\n\n"
     "The Gardai said they were looking for a third man, believed to have fled to Dublin.\n\n"
     "\u201cThis network moved tonnes of cocaine,\u201d said prosecutor Elena Rinaldi.",
     (("arrested 14 people", "government"), ("detained near Malaga", "government"), ("third man", "government"),
      ("tonnes of cocaine", "person"))),
    ("outlet-sites",
     "CNN.com reported on Tuesday that the senator would not seek re-election.\n\n"
     "According to Politico.com, two staff members had already left the campaign.\n\n"
     "Amazon.com said it would open a warehouse in the county next year.",
     (("not seek re-election", "outlet"), ("two staff members", "outlet"), ("open a warehouse", "organization"))),
)
