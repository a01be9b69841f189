"""Fit the source-kind table ``src/newstrace/data/sources_kinds_fitted.tsv`` from public resources (issue 12).

Two parts, both from ``../shared/train`` (never from the eval sets):

* **Head nouns -> kind.** GUM (``coref/gum_news_interview_bio.jsonl.gz``) types every mention (person,
  organization, place, abstract, ...). Each typed mention is parsed with the project's spaCy model and its
  head lemma (common nouns only) counts one vote for the mention's type. A lemma with at least
  ``MIN_VOTES`` votes and a share of at least ``MIN_SHARE`` for person or organization is kept: a person noun
  describes an unnamed person (kind ``anonymous``: "the spokeswoman", "a lawyer"); an organization noun a
  body, ``government`` when the Phoenix agents dictionary (``events/actors/agents.tsv``) files the word
  under a state sector (GOV, MIL, COP, JUD, LEG, SPY), ``organization`` otherwise. Single-word Phoenix
  agents of any sector that GUM does not type are added when their form names a person by its ending
  (``coref._human``: -er, -or, -ist, -ian, ...): ``anonymous``.
* **Government bodies by name.** Phoenix country actors (``events/actors/actors.tsv.gz``) whose sectors are
  all state sectors and that are bodies, not people (no dated tenure, and the primary name does not start
  with a first name of ``data/names_gender.tsv``): the primary name and its aliases that are not a role
  ("WHITE HOUSE SPOKESMAN" is a person of the body, not the body).

* **State-body phrases** (``phrase`` rows, ``state_phrases``): multi-word Phoenix agents filed under a state sector
  that name a body by what it is ("central bank", "fire department", "law enforcement", "council of state"); the
  stage reads them in names and descriptions (``bodies.names_state_body``, ``bodies.described_kind``).
* **Rebel groups** (``body`` rows typed organization, ``nonstate_names``): Phoenix REB/INS actors whose head word
  would read as a state body's ("Free Syrian Army").

The hand-written ``sources_kinds.tsv`` / ``sources_government.tsv`` win where they say something. The table
holds words, names and vote counts -- no training text. Usage: ``.venv/bin/python bench/train_source_kinds.py``
(skips when the data is absent).

``--figure`` prints only the readable kind figure (``kind_figure``): the stage's kind decision on the speakers of
GUM (subjects of speech verbs, typed by GUM's annotators), per kind with the confusions -- a set that can be read
mention by mention, unlike the attribution check half. It then prints the named-body figure of ``bench/kind_bodies.py``
(Phoenix state bodies held out of the table, and Phoenix companies, NGOs and IGOs; by the name and through the stage).

``orghead`` rows: last words of company names ("Bancorp", "Pharmaceuticals"), fitted on the Phoenix companies of the
half the body figure does not hold out (``company_heads``): a name the model tags as a person that ends so is a
company. The noun rows are fitted on GUM's votes, so the figure on
unnamed people is not held out; the named people and bodies are (no GUM name is in any table).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
TRAIN = ROOT.parent / "shared" / "train"
GUM = TRAIN / "coref" / "gum_news_interview_bio.jsonl.gz"
AGENTS = TRAIN / "events" / "actors" / "agents.tsv"
ACTORS = TRAIN / "events" / "actors" / "actors.tsv.gz"
NAMES = ROOT / "src" / "newstrace" / "data" / "names_gender.tsv"
OUT = ROOT / "src" / "newstrace" / "data" / "sources_kinds_fitted.tsv"
STATE_SECTORS = frozenset("GOV MIL COP JUD LEG SPY".split())
# endings that pass the person-ending test but name things ("settlement", "manpower", "interior", "labor")
NOT_PEOPLE = ("ment", "power", "ior", "bor")
MIN_VOTES = 2
MIN_SHARE = 0.75


def gum_votes(nlp) -> dict[str, Counter]:
    """head lemma -> Counter of GUM types over the typed mentions it heads."""
    votes: dict[str, Counter] = defaultdict(Counter)
    with gzip.open(GUM, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            parsed = nlp(doc["text"])
            mentions = [(tuple(span), kind) for cluster, kind in zip(doc["clusters"], doc["cluster_types"])
                        for span in cluster]
            mentions += [(tuple(s["span"]), s["type"]) for s in doc["singletons"]]
            for (start, end), kind in mentions:
                span = parsed.char_span(start, end, alignment_mode="expand")
                if span is None or not len(span) or span.root.pos_ != "NOUN" or not span.root.text.islower() \
                        or span.root.like_num:
                    continue  # a common noun written in lower case ("a lawyer"), not a name or a number
                votes[span.root.lemma_.lower()][kind] += 1
    return votes


def agent_sectors() -> dict[str, set[str]]:
    """one-word Phoenix agent (lower-case) -> its sectors."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in AGENTS.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 4 and " " not in cols[0].strip():
            out[cols[0].strip().lower()] |= set(cols[3].split())
    return out


def noun_kinds(votes: dict[str, Counter], sectors: dict[str, set[str]]) -> dict[str, tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "src"))
    from newstrace.analysis.mention_words import human as _human  # the ending test the stage uses outside the table
    kinds: dict[str, tuple[str, str]] = {}
    for lemma, counts in votes.items():
        total = sum(counts.values())
        kind, n = counts.most_common(1)[0]
        if total < MIN_VOTES or n / total < MIN_SHARE or kind not in ("person", "organization"):
            continue
        if not (lemma.isascii() and lemma.isalpha() and len(lemma) >= 3):
            continue
        if kind == "person":
            kinds[lemma] = ("anonymous", f"gum person {n}/{total}")
        else:
            state = bool(sectors.get(lemma, set()) & STATE_SECTORS)
            kinds[lemma] = ("government" if state else "organization",
                            f"gum organization {n}/{total}" + (" + phoenix state sector" if state else ""))
    for word, secs in sectors.items():
        if word in kinds or word in votes or not word.isalpha() or not _human(word) or word.endswith(NOT_PEOPLE):
            continue
        kinds[word] = ("anonymous", "phoenix agent " + "/".join(sorted(secs)) + ", person ending")
    return kinds


WORDNET = Path("/usr/share/wordnet")  # Princeton WordNet 3.0 (Debian package wordnet-base; WordNet 3.0 licence)
PERSON_FILE = "18"  # lexicographer file noun.person
# beings that are not real people: no quote of theirs is a source ("fictional characters of a book review")
NOT_REAL = ("imaginary_being", "spiritual_being", "fictional_character")


def wordnet_people(folder: Path = WORDNET) -> dict[str, tuple[str, str]]:
    """Common nouns whose most frequent WordNet sense is a person (noun.person), written in lower case there
    (not "Aristotle"), seen in WordNet's sense-tagged corpus or a person in every sense, and not an imaginary
    being: ``anonymous``. Rows for nouns GUM does not type ("expert", "spokesperson", "aide", "nurse")."""
    synsets: dict[str, tuple[str, list[str], list[str]]] = {}  # offset -> (lexicographer file, words, hypernyms)
    with (folder / "data.noun").open(encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            words = int(fields[3], 16)
            pointers = fields[4 + 2 * words:]
            hypernyms = [pointers[k + 1] for k in range(1, len(pointers) - 3, 4) if pointers[k] in ("@", "@i")]
            synsets[fields[0]] = (fields[1], fields[4:4 + 2 * words:2], hypernyms)
    names = {offset: entry[1][0] for offset, entry in synsets.items()}
    out: dict[str, tuple[str, str]] = {}
    with (folder / "index.noun").open(encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, pointer_count = fields[0], int(fields[3])
            tagged, offsets = int(fields[5 + pointer_count]), fields[6 + pointer_count:]
            if not (lemma.isascii() and lemma.isalpha() and lemma.islower() and len(lemma) >= 3):
                continue
            first = synsets[offsets[0]]
            files = [synsets[o][0] for o in offsets]
            if first[0] != PERSON_FILE or not (tagged >= 1 or set(files) == {PERSON_FILE}):
                continue
            people = [synsets[o] for o in offsets if synsets[o][0] == PERSON_FILE]
            if not any(lemma in entry[1] for entry in people) or _under(offsets[0], synsets, names, NOT_REAL):
                continue  # written in lower case in none of its person senses ("Aristotle", "Adam")
            out[lemma] = ("anonymous", f"wordnet noun.person, first of {len(offsets)} senses")
    return out


def _under(offset: str, synsets: dict, names: dict, roots: tuple[str, ...], depth: int = 0) -> bool:
    """Whether a synset is (under) one named in ``roots``, following hypernyms."""
    if names.get(offset) in roots:
        return True
    return depth < 20 and any(_under(h, synsets, names, roots, depth + 1) for h in synsets[offset][2])


def government_names(kinds: dict[str, tuple[str, str]]) -> dict[str, str]:
    """lower-case name -> Phoenix code, for state bodies named in the country actor dictionary."""
    first_names = {line.split("\t")[0].lower() for line in NAMES.read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#")}
    rows_by_primary: dict[str, list[list[str]]] = defaultdict(list)
    countries: dict[str, set[str]] = defaultdict(set)  # code -> its names ("united states", "us", "american")
    with gzip.open(ACTORS, "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 8 and cols[7] == "Phoenix.Countries.actors.txt":
                rows_by_primary[cols[6].strip()].append(cols)
                if not cols[3] and cols[1] == cols[2]:
                    countries[cols[1]].add(" ".join(cols[0].split()).lower())
    places = set().union(*countries.values()) | _repo_place_words()
    sectors = agent_sectors()
    role_words = {w for w in sectors if _person_word(w)} | {w for w, (k, _) in kinds.items() if k == "anonymous"}
    body_words = {w for w, secs in sectors.items() if secs & STATE_SECTORS and w not in role_words} | \
        {w for w, (k, _) in kinds.items() if k != "anonymous"} | _hand_body_nouns()
    org_words = {"party", "company", "union", "campaign"}  # a party filed under a state sector is still a party
    names: dict[str, str] = {}
    for primary, rows in rows_by_primary.items():
        words = primary.lower().split()
        if not words or any((r[4] or r[5]) and r[0].strip() == primary for r in rows) or words[0] in first_names:
            continue  # a person: dated tenures of the name itself, or a first name
        if not _bodyish(words, body_words):
            continue  # "Bashar al-Assad": a name with no word of a body in it
        if not all(_state_body_sectors(set(r[3].split())) for r in rows):
            continue
        for r in rows:
            if r[4] or r[5]:
                continue  # "FBI director Robert Mueller" in office: a person
            pattern = " ".join(r[0].split()).lower()
            last = re.split(r"\s+(?:of|to|for|on)\s+", pattern)[0].split()[-1]
            if len(pattern) < 3 or _person_word(last) or last in role_words or last.rstrip("s") in role_words:
                continue  # "white house spokesman": one of the body's people
            if any(w in first_names for w in pattern.split()) or not _bodyish(pattern.split(), body_words) or \
                    any(w in org_words for w in re.split(r"\s+(?:of|to|for|on)\s+", pattern)[0].split()):
                continue  # "john kirby" filed under the Pentagon
            names.setdefault(pattern, r[1])
            bare = _without_country(pattern, places)
            if bare is not None:
                names.setdefault(bare, r[1])  # "department of homeland security" without "united states"
    return names


# words of a phrase that make it a company, a party or the press, whatever its sectors ("government run firm",
# "governing party", "state news agency")
NOT_STATE_PHRASE = frozenset("party parties company firm industry union campaign enterprise airline hospital sector "
                             "organization organisation".split())  # ("non government organization": an NGO)
# words for the people of a body, not the body ("police personnel", "secret agent"), and Phoenix's truncated or
# misspelt role words ("government spokes", "palace offcial", "prime minster")
PEOPLE_IN_PHRASE = frozenset("agent agents personnel source spokes offical offcial minster jg lieutenant councilor".split())


def state_phrases(kinds: dict[str, tuple[str, str]]) -> dict[str, str]:
    """lower-case phrase -> Phoenix sectors, for the multi-word Phoenix agents that name a state body by what it is
    ("central bank", "fire department", "law enforcement", "council of state"): a state sector (GOV, MIL, COP, JUD,
    LEG, SPY; a business sector only beside GOV: "central bank" GOV BUS, not "arms industry" BUS MIL), no person's
    role in it ("police commissioner", "aide de camp"), no press word ("state media": an outlet), no company or party word,
    not a fragment opening with a preposition ("for trade")."""
    sys.path.insert(0, str(ROOT / "src"))
    from newstrace.analysis.entities import media_nouns
    out: dict[str, str] = {}
    for line in AGENTS.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        phrase = " ".join(cols[0].lower().split()) if len(cols) >= 4 else ""
        words, sectors = phrase.split(), set(cols[3].split()) if len(cols) >= 4 else set()
        if len(words) < 2 or not sectors & STATE_SECTORS or "BUS" in sectors and "GOV" not in sectors or \
                words[0] in ("of", "for", "a", "an", "the", "in", "to") or not all(w.isalpha() for w in words):
            continue
        last = re.split(r"\s+(?:of|to|for|on|in|without)\s+", phrase)[0].split()[-1]
        if _person_word(words[0].rstrip("s")) or _person_word(last) or kinds.get(last, ("",))[0] == "anonymous" or \
                kinds.get(last.rstrip("s"), ("",))[0] == "anonymous" or \
                set(words) & (NOT_STATE_PHRASE | PEOPLE_IN_PHRASE | media_nouns()):
            continue
        out[phrase] = " ".join(sorted(sectors))
    return out


NONSTATE_SECTORS = frozenset(("REB", "INS"))  # Phoenix rebels and insurgents


def nonstate_names(government: set[str]) -> dict[str, str]:
    """lower-case name -> Phoenix code, for the rebel and insurgent groups of the Phoenix actor dictionaries (sector
    REB or INS, no state sector, no dated tenure: a group, not a person in office) whose name the stage's rules would
    type government by its head word ("Free Syrian Army", "Ulster Volunteer Force", "National Liberation Army"): the
    guide's organization, as the Taliban. The fitted and hand-written government names win ("People's Liberation
    Army", filed under both)."""
    sys.path.insert(0, str(ROOT / "src"))
    from kind_bodies import readable
    from newstrace.analysis.bodies import body_kind
    out: dict[str, str] = {}
    with gzip.open(ACTORS, "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").rstrip("\r").split("\t")
            if len(cols) < 8 or cols[4] or cols[5] or not set(cols[3].split()) & NONSTATE_SECTORS or \
                    set(cols[3].split()) & STATE_SECTORS:
                continue
            pattern = " ".join(re.sub(r"\([^)]*\)", " ", cols[0]).replace("+", " ").split())
            name = re.sub(r"^the ", "", readable(pattern).lower())
            if len(name.split()) >= 2 and name not in government and body_kind(readable(pattern)) == "government":
                out.setdefault(name, cols[1])
    return out


COMPANY_MIN = 4  # company names a last word must end


def company_heads() -> dict[str, int]:
    """Last words of company names that are never a person's (``orghead`` rows): the primary names of the Phoenix
    international companies (MNC) in the half ``bench/kind_bodies.py`` does not hold out, ending >= ``COMPANY_MIN``
    of them, that are no first name (``data/names_given.txt``) and end no Phoenix person's name (a dated tenure
    or the ELI sector: "Bancorp", "Pharmaceuticals", "Holdings"; not "Grant")."""
    from kind_bodies import held_out
    given = {line.strip().lower() for line in (ROOT / "src" / "newstrace" / "data" / "names_given.txt")
             .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}
    surnames: set[str] = set()
    ends: Counter = Counter()
    with gzip.open(ACTORS, "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").rstrip("\r").split("\t")
            if len(cols) < 8:
                continue
            words = re.sub(r"[,.]", " ", cols[0].lower()).split()
            if cols[7].startswith("Phoenix.Countries") and (cols[4] or cols[5] or "ELI" in cols[3].split()):
                surnames.update(words[-1:] if len(words) >= 2 else ())
            elif cols[7].startswith("Phoenix.International") and cols[2] == "MNC" and cols[0] == cols[6] and \
                    len(words) >= 2 and not held_out(cols[0]):
                ends[words[-1]] += 1
    return {w: n for w, n in ends.items() if n >= COMPANY_MIN and len(w) >= 2 and w.isalpha() and w not in given
            and w not in surnames}


def _state_body_sectors(sectors: set[str]) -> bool:
    """State sectors only, or a business sector beside GOV (Phoenix's GOVBUS: the Federal Reserve, the Federal Trade
    Commission, the Export-Import Bank -- economic state bodies, not companies)."""
    return bool(sectors) and sectors <= STATE_SECTORS | {"BUS"} and ("BUS" not in sectors or "GOV" in sectors)


def _repo_place_words() -> set[str]:
    """Country aliases and demonyms of the project's geo tables (``U.S.``, ``American``), lower-case."""
    words: set[str] = set()
    for table in ("geo_aliases.tsv", "geo_demonyms.tsv"):
        text = (ROOT / "src" / "newstrace" / "data" / table).read_text(encoding="utf-8")
        words |= {line.split("\t")[0].strip().lower() for line in text.splitlines()
                  if line.strip() and not line.startswith("#")}
    return {w for w in words if w}


def _without_country(pattern: str, names: set[str]) -> Optional[str]:
    """``us customs and border protection`` -> ``customs and border protection`` (two words or more left)."""
    for name in sorted(names, key=len, reverse=True):
        for lead in (name + " ", "the " + name + " "):
            if pattern.startswith(lead) and len(pattern[len(lead):].split()) >= 2:
                return pattern[len(lead):]
    return None


def _bodyish(words: list[str], body_words: set[str]) -> bool:
    """One word (``kremlin``, ``fbi``) or a name with a body's word in it (``defense department``)."""
    return len(words) == 1 or any(w in body_words or w.rstrip("s") in body_words for w in words)


def _hand_body_nouns() -> set[str]:
    """Body head nouns of the hand-written ``sources_kinds.tsv`` (government and organization rows)."""
    text = (ROOT / "src" / "newstrace" / "data" / "sources_kinds.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    extra = {"house", "service", "force", "bureau", "command", "board", "guard", "reserve"}  # words for institutions
    return {r[0] for r in rows if len(r) >= 2 and r[1] in ("government", "organization")} | extra


def _person_word(word: str) -> bool:
    """A role of a person in a body's name ("white house spokesman", "state department official")."""
    return word.endswith(("man", "men", "woman", "person", "ist", "ian")) or word in (
        "official", "officials", "aide", "secretary", "chief", "head", "director", "staff", "staffer", "minister",
        "ambassador", "envoy", "president", "officer", "adviser", "advisor", "justice", "justices")


# GUM type of a speaker mention -> the source kinds that are right for it ("body": any of organization,
# government, outlet -- GUM does not tell a company from an agency; a place that speaks is a country acting)
GUM_KINDS = {"named person": ("person",), "unnamed person": ("anonymous",),
             "organization": ("organization", "government", "outlet"), "place": ("government",)}
FIRST_SECOND = frozenset("i me we us you".split())  # interview turns, not attributions


def kind_figure(genres: tuple[str, ...] = ("news", "interview", "bio"), show: int = 0) -> dict:
    """Accuracy of ``SourceBook.resolve``'s kind on GUM speakers: every mention of a person, organization or
    place chain (pronouns too, through the resolver) heading the subject of a speech verb of ``data/cues.tsv``.
    A person chain is named when one of its mentions is headed by a proper noun."""
    sys.path.insert(0, str(ROOT / "src"))
    from newstrace.analysis.coref import SourceBook
    from newstrace.analysis.entities import entities_stage
    from newstrace.analysis.nlp import parse
    from newstrace.analysis.quotes.cues import cue_table
    from newstrace.analysis.quotes.syntax import np_span
    from newstrace.record import Record

    speech = {lemma for lemma, (cls, _) in cue_table().items() if cls == "speech"}
    confusion: Counter = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    with gzip.open(GUM, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item["meta"]["genre"] not in genres:
                continue
            doc = parse(item["text"])
            book = SourceBook(doc, entities_stage(Record(id=item["id"], body=item["text"], doc=doc)).entities, None)
            for span, gold in sorted(_gum_speakers(doc, item), key=lambda m: m[0].start_char):
                root = span.root
                if root.dep_ != "nsubj" or root.head.lemma_ not in speech or root.lower_ in FIRST_SECOND:
                    continue
                draft = book.resolve(root, np_span(root), None, True)
                got = draft.kind if draft is not None else "none"
                confusion[gold, got] += 1
                if got not in GUM_KINDS[gold] and len(examples[gold, got]) < show:
                    examples[gold, got].append(f"{span.text!r} -> {draft.name if draft else None}")
    return {"confusion": confusion, "examples": examples}


def _gum_speakers(doc, item: dict):
    """(spaCy span, gold class) of GUM's person, organization and place mentions."""
    chains = [(cluster, kind) for cluster, kind in zip(item["clusters"], item["cluster_types"])]
    chains += [([s["span"]], s["type"]) for s in item["singletons"]]
    for cluster, kind in chains:
        if kind not in ("person", "organization", "place"):
            continue
        spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in cluster]
        spans = [s for s in spans if s is not None and len(s)]
        if kind == "person":
            kind = "named person" if any(s.root.pos_ == "PROPN" for s in spans) else "unnamed person"
        for span in spans:
            yield span, kind


def print_figure(show: int = 0) -> None:
    result = kind_figure(show=show)
    confusion = result["confusion"]
    right = sum(n for (gold, got), n in confusion.items() if got in GUM_KINDS[gold])
    total = sum(confusion.values())
    print(f"[figure] GUM speakers (subjects of speech verbs): kind right {right}/{total} = {right / max(total, 1):.3f}")
    for gold in GUM_KINDS:
        row = {got: n for (g, got), n in confusion.items() if g == gold}
        ok = sum(n for got, n in row.items() if got in GUM_KINDS[gold])
        print(f"[figure]   {gold}: {ok}/{sum(row.values())}  " + ", ".join(f"{k} {v}" for k, v in sorted(row.items())))
    for (gold, got), lines in result["examples"].items():
        for text in lines:
            print(f"[figure]     {gold} as {got}: {text}")


def main() -> int:
    if sys.argv[1:2] == ["--figure"]:
        print_figure(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
        from kind_bodies import print_body_figure
        print_body_figure(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
        return 0
    if not (GUM.exists() and AGENTS.exists() and ACTORS.exists()):
        print("[train] ../shared/train/coref or events/actors is missing; nothing to do")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from newstrace.analysis.nlp import get_nlp
    votes = gum_votes(get_nlp())
    kinds = noun_kinds(votes, agent_sectors())
    names = government_names(kinds)
    if WORDNET.exists():  # GUM's and Phoenix's evidence first; WordNet adds the person nouns they do not type
        for lemma, row in wordnet_people().items():
            kinds.setdefault(lemma, row)
    else:  # keep the WordNet rows of the table as it stands rather than drop them
        print(f"[train] {WORDNET} is missing (apt-get install wordnet-base): the table's WordNet rows are kept")
        for line in OUT.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 4 and cols[0] == "noun" and cols[3].startswith("wordnet"):
                kinds.setdefault(cols[1], (cols[2], cols[3]))
    lines = ["# Fitted by bench/train_source_kinds.py from GUM entity types and the Phoenix actor dictionaries",
             "# (../shared/train; see the script). noun<TAB>lemma<TAB>kind<TAB>evidence | body<TAB>name<TAB>kind<TAB>code",
             "# | orghead<TAB>last word of company names<TAB>organization<TAB>count",
             "# | phrase<TAB>words naming a state body (Phoenix agents)<TAB>government<TAB>sectors",
             "# The hand-written sources_kinds.tsv and sources_government.tsv win where they say something."]
    lines += [f"noun\t{w}\t{k}\t{why}" for w, (k, why) in sorted(kinds.items())]
    lines += [f"body\t{n}\tgovernment\tphoenix {code}" for n, code in sorted(names.items())]
    lines += [f"orghead\t{w}\torganization\tphoenix companies {n}" for w, n in sorted(company_heads().items())]
    phrases = state_phrases(kinds)
    lines += [f"phrase\t{p}\tgovernment\tphoenix agent {secs}" for p, secs in sorted(phrases.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")  # (the rules below read the phrases)
    from newstrace.analysis import bodies
    from newstrace.analysis.quotes import cues
    for cached in (cues.fitted_kind_rows, cues.kind_of_noun, bodies.government_bodies, bodies.nonstate_bodies,
                   bodies._state_phrases, bodies.org_suffixes):
        cached.cache_clear()
    government_bodies = bodies.government_bodies
    rebels = nonstate_names(set(government_bodies()))
    lines += [f"body\t{n}\torganization\tphoenix {code}" for n, code in sorted(rebels.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = Counter(k for k, _ in kinds.values())
    print(f"[train] {len(kinds)} nouns ({dict(counts)}), {len(names)} government names, {len(phrases)} state "
          f"phrases, {len(rebels)} rebel groups -> {OUT}")
    print_figure()
    from kind_bodies import print_body_figure
    print_body_figure()
    return 0


if __name__ == "__main__":
    sys.exit(main())
