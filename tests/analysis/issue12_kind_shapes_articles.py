"""Short news articles written for issue 12's kind shapes: bodies named "<body> of <country>", a union's congress,
a country or its capital acting, "the <city>-based <body>", a country's possessive before its body, Number 10, state
bodies of the Phoenix agents dictionary by their own noun (a tribunal, a consulate, the judiciary). People,
companies, unions and towns are invented; real countries, capitals and state bodies stand for themselves. Each
article comes with the gold kind of the source of the quote holding each needle, by the attribution guide
(../shared/eval/attribution)."""

from __future__ import annotations

# (name, body, ((needle, kind), ...))
SHAPES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("council-of-a-country",
     "The Federal Council of Switzerland said on Wednesday that it would freeze the assets of three grain traders.\n\n"
     "\u201cWe will comply fully with the order,\u201d said Anna Keller, the head of compliance at Albis Bank.\n\n"
     "Traders in Zurich said the freeze had surprised the market.",
     (("freeze the assets", "government"), ("comply fully", "person"), ("surprised the market", "anonymous"))),
    ("union-congress",
     "The Congress of Malawian Trade Unions said the strike would go on until wages rose.\n\n"
     "The Ministry of Labour of Malawi said talks would resume on Monday.\n\n"
     "Dock workers said they had not been paid for two months.",
     (("strike would go on", "organization"), ("talks would resume", "government"),
      ("not been paid for two months", "anonymous"))),
    ("union-congress-equality",
     "The Congress of Rural Teachers said on Friday that 300 schools had no running water.\n\n"
     "\u201cChildren cannot learn like this,\u201d said Ruth Abena, the group's president.\n\n"
     "Ghana's Education Ministry said new wells would be dug this year.",
     (("300 schools had no running water", "organization"), ("cannot learn like this", "person"),
      ("new wells would be dug", "government"))),
    ("number-ten",
     "Number 10 said on Tuesday that the prime minister had full confidence in the chancellor.\n\n"
     "The opposition Labour Party said the row showed the cabinet was divided.\n\n"
     "\u201cThere is no vacancy,\u201d Culture Secretary Ellen Marsh told reporters.",
     (("full confidence in the chancellor", "government"), ("cabinet was divided", "organization"),
      ("no vacancy", "person"))),
    ("capitals-acting",
     "Tehran said on Sunday that it had no role in the attack on the tanker.\n\n"
     "Oil traders said prices could rise further if shipping in the Gulf was disrupted.\n\n"
     "The London-based shipping group Marlow Maritime said its crew was safe.\n\n"
     "Riyadh said it would respond to any threat to its ports.",
     (("no role in the attack", "government"), ("prices could rise further", "anonymous"),
      ("its crew was safe", "organization"), ("respond to any threat", "government"))),
    ("based-rights-group",
     "The Geneva-based group Alpine Rights Watch said at least 40 people had been detained in the raids.\n\n"
     "Kenya's Interior Ministry said the detainees were suspected smugglers.\n\n"
     "\u201cMy brother sells fruit, he is no smuggler,\u201d said Mercy Wanjiru, whose brother was held.",
     (("40 people had been detained", "organization"), ("suspected smugglers", "government"),
      ("sells fruit", "person"))),
    ("council-of-ministers",
     "The Council of Ministers of Bulgaria said fuel taxes would be cut from March.\n\n"
     "The Plovdiv Chamber of Commerce said the cut came too late for small firms.\n\n"
     "Drivers queuing at a petrol station said prices had doubled in a year.",
     (("fuel taxes would be cut", "government"), ("came too late for small firms", "organization"),
      ("prices had doubled", "anonymous"))),
    ("tribunal",
     "An employment tribunal said on Thursday that the dismissal of the nurse had been unfair.\n\n"
     "\u201cI feel vindicated,\u201d said the nurse, Joan Pike, outside the hearing.\n\n"
     "Westfield Health Trust said it would study the ruling before deciding whether to appeal.",
     (("dismissal of the nurse had been unfair", "government"), ("feel vindicated", "person"),
      ("study the ruling", "organization"))),
    ("consulate",
     "The Canadian consulate in Hong Kong said on Monday that two citizens had been detained.\n\n"
     "Relatives said the pair had travelled to the city for a trade fair.\n\n"
     "Canada's foreign ministry said it was seeking access to the two men.",
     (("two citizens had been detained", "government"), ("travelled to the city", "anonymous"),
      ("seeking access", "government"))),
    ("armies-by-possessive",
     "Nigeria's army said on Saturday that it had freed 23 hostages in the north-east.\n\n"
     "A soldier at the base said the hostages were taken to a hospital in Maiduguri.\n\n"
     "Poland's armed forces said two of their officers would help train the unit.",
     (("freed 23 hostages", "government"), ("taken to a hospital", "anonymous"),
      ("help train the unit", "government"))),
    ("court-of-a-country",
     "The Court of Appeal of Kenya said on Friday that the new tax law was void.\n\n"
     "\u201cThis is a win for every trader,\u201d said lawyer Peter Otieno, who brought the case.\n\n"
     "The Kenya Revenue Authority said it would obey the ruling.",
     (("tax law was void", "government"), ("win for every trader", "person"), ("obey the ruling", "government"))),
    ("national-police",
     "The National Police of Peru said eight people were arrested after the march in Lima.\n\n"
     "Organisers of the march said the police had used tear gas on peaceful families.\n\n"
     "Peru's ombudsman office said it would look into the use of force.",
     (("eight people were arrested", "government"), ("used tear gas", "anonymous"),
      ("look into the use of force", "government"))),
    ("weather-and-study",
     "The National Weather Service said the storm would reach the coast by Thursday night.\n\n"
     "A study published on Monday found that such storms had become 20 percent wetter since 1980.\n\n"
     "\u201cWe are boarding up the windows again,\u201d said Carla Nunez, who runs a cafe on the seafront.",
     (("reach the coast", "government"), ("20 percent wetter", "document"), ("boarding up the windows", "person"))),
    ("judiciary",
     "The judiciary said on Wednesday that 40 judges would be moved to clear the backlog of cases.\n\n"
     "The Bar Association of Harwick said the move would not be enough.\n\n"
     "Lawyers waiting outside the courthouse said hearings were often delayed by a year.",
     (("40 judges would be moved", "government"), ("would not be enough", "organization"),
      ("delayed by a year", "anonymous"))),
    ("country-and-company",
     "Chile said on Tuesday that it would raise royalties on copper mines.\n\n"
     "Andes Copper said the rise would cost it $200 million a year.\n\n"
     "\u201cInvestors will think twice,\u201d said Luis Varela, an analyst at Pacifico Securities.",
     (("raise royalties", "government"), ("cost it $200 million", "organization"), ("think twice", "person"))),
)

# sources of the other kinds: an outlet told or reporting, a social-media user, documents with no issuer, unnamed
# people, parties and unions, a ministry "of" its country
VARIED: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("outlet-told",
     "Finance Minister Ruth Okafor told the Financial Times that the budget would be cut by 5 percent.\n\n"
     "Le Monde reported on Sunday that the French government would back the plan.\n\n"
     "A senior official at the ministry told the newspaper that talks were at an early stage.",
     (("budget would be cut", "person"), ("French government would back", "outlet"),
      ("talks were at an early stage", "anonymous"))),
    ("social-posts",
     "In a post on X, the singer Lila Moor wrote that she would cancel the tour.\n\n"
     "One fan wrote on Instagram that the news was heartbreaking.\n\n"
     "The promoter, Starline Events, said tickets would be refunded within 14 days.",
     (("cancel the tour", "person"), ("news was heartbreaking", "social"),
      ("tickets would be refunded", "organization"))),
    ("documents",
     "According to court filings, the company had missed three payments since January.\n\n"
     "The lawsuit says the firm misled investors about its debts.\n\n"
     "A report released on Monday found that 40 percent of small firms were behind on rent.",
     (("missed three payments", "document"), ("misled investors", "document"),
      ("40 percent of small firms", "document"))),
    ("anonymous-mix",
     "Residents said the water had been brown for a week.\n\n"
     "A nurse at the clinic, who asked not to be named, said dozens of children had fallen ill.\n\n"
     "City officials said the pipes would be flushed on Friday.",
     (("brown for a week", "anonymous"), ("dozens of children", "anonymous"), ("pipes would be flushed", "anonymous"))),
    ("ministry-of-a-country",
     "The Ministry of Defence of Estonia said on Monday that two drones had crossed the border.\n\n"
     "The Estonian Defence Forces said the drones were shot down.\n\n"
     "Moscow said it knew nothing about the drones.",
     (("two drones had crossed", "government"), ("drones were shot down", "government"),
      ("knew nothing", "government"))),
    ("party-and-union",
     "The ruling Democratic Alliance said on Tuesday that it would table the bill.\n\n"
     "The National Union of Miners said its members would strike if the bill passed.\n\n"
     "The Chamber of Mines said the bill would cost 10,000 jobs.",
     (("table the bill", "organization"), ("members would strike", "organization"),
      ("cost 10,000 jobs", "organization"))),
)
