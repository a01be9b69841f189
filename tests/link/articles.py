"""Short articles written for these tests: two floods, a copy, a chess story, quotes that drift."""

FLOOD_RIVERTON = {
    "id": "ledger-1", "title": "Flood forces 300 families from Riverton homes",
    "body": ("RIVERTON (Daily Ledger) — Heavy rain flooded the town of Riverton on Monday, forcing 300 "
             "families from their homes, Mayor Ana Price said.\n"
             "The Greenway river rose four metres overnight and swept away the old Mill Street bridge.\n"
             "\"We have never seen the Greenway this high,\" Price told reporters at the town hall.\n"
             "Emergency crews from Lakeford set up shelters in the Riverton school gym."),
    "published": "2026-03-02", "url": "https://dailyledger.example/2026/03/riverton-flood-families",
    "outlet": "dailyledger.example",
}
# The same article re-published two days later: paragraphs reordered, new boilerplate, small edits.
FLOOD_RIVERTON_COPY = {
    "id": "portal-7", "title": "Riverton flood: 300 families leave homes",
    "body": ("By Staff Reporter\n"
             "The Greenway river rose four metres overnight and swept away the old Mill Street bridge.\n"
             "Heavy rain flooded the town of Riverton on Monday, forcing 300 families from their homes, "
             "Mayor Ana Price said.\n"
             "Emergency crews from Lakeford set up shelters in the Riverton school gymnasium.\n"
             "\"We have never seen the Greenway this high,\" Price told reporters at the town hall.\n"
             "Read more: weather news\n"
             "Copyright 2026 News Portal. All rights reserved."),
    "published": "2026-03-04", "url": "https://newsportal.example/world/riverton-flood-300-families",
    "outlet": "newsportal.example",
}
# Same story, own reporting (not a copy).
FLOOD_RIVERTON_OTHER = {
    "id": "courier-3", "title": "Riverton mayor asks for help as Greenway floods town",
    "body": ("Riverton Mayor Ana Price asked the regional government for help on Tuesday after the "
             "Greenway river burst its banks and flooded the town, according to the Daily Ledger.\n"
             "About 300 families spent the night in shelters run by Lakeford emergency crews.\n"
             "\"We have never seen the Greenway so high,\" Price said on Tuesday.\n"
             "The Mill Street bridge was destroyed, cutting Riverton off from the north."),
    "published": "2026-03-03", "url": "https://courier.example/riverton-mayor-greenway-flood",
    "outlet": "courier.example",
}
# Same topic (a flood), a different real-world story: other town, other river, other people.
FLOOD_BALDHILL = {
    "id": "ledger-9", "title": "Storm floods Baldhill, 40 homes damaged",
    "body": ("BALDHILL (Daily Ledger) — A storm flooded the village of Baldhill on Saturday, damaging "
             "40 homes, fire chief Omar Velde said.\n"
             "The Tarn brook overflowed after 90 millimetres of rain fell in six hours.\n"
             "Velde said no one was hurt and the Baldhill road should reopen on Sunday.\n"
             "Volunteers from Easton handed out sandbags to farmers along the Tarn."),
    "published": "2026-07-18", "url": "https://dailyledger.example/2026/07/baldhill-storm-flood",
    "outlet": "dailyledger.example",
}
FLOOD_BALDHILL_OTHER = {
    "id": "courier-11", "title": "Baldhill cleans up after Tarn brook floods village",
    "body": ("Residents of Baldhill began clearing mud on Sunday after the Tarn brook flooded the "
             "village, fire chief Omar Velde said.\n"
             "Forty homes were damaged in Saturday's storm, and Easton volunteers helped farmers.\n"
             "The Baldhill road reopened on Sunday afternoon."),
    "published": "2026-07-19", "url": "https://courier.example/baldhill-cleanup-tarn-brook",
    "outlet": "courier.example",
}
CHESS = {
    "id": "sports-2", "title": "Chess champion Lee Moran retires",
    "body": ("The chess champion Lee Moran announced his retirement in Oslo on Friday after 20 years "
             "at the top of the game.\nMoran, 44, won the world title three times."),
    "published": "2026-03-06", "url": "https://sportsdesk.example/chess/lee-moran-retires",
    "outlet": "sportsdesk.example",
}
ALL = [FLOOD_RIVERTON, FLOOD_RIVERTON_COPY, FLOOD_RIVERTON_OTHER, FLOOD_BALDHILL, FLOOD_BALDHILL_OTHER, CHESS]
