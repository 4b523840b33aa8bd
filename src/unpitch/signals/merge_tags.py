"""Mail-merge accidents: unfilled placeholders, the wrong first name, the wrong company.

A person writing one message by hand does not leave ``{first_name}`` in it, greet "Sarah"
when writing to Anna, or praise "your team at Initech" when she works at Acme; a sequence
tool run over a list does.
"""

from __future__ import annotations

import re

from ..model import Conversation, Message, Profile
from .base import Context, Signal
from .text_utils import Folded, PhraseSet, fold, inbound_text, normalize_company, one_line, quote_around, quoted, words
from .weights import POINTS


_KEY = (
    r"(?:first|last|full|given|sur|company|recipient|sender|contact|lead|prospect|your|my|ihr|dein|job|author|client|"
    r"customer|practice|clinic|school|university|institution|organi[sz]ation|research|paper|article)?"
    r"[ _.-]?(?:name|vorname|nachname|firstname|lastname|fname|lname|company|companyname|firma|firmenname|"
    r"unternehmen|title|jobtitle|position|city|stadt|industry|branche|anrede|salutation|website|domain|field|topic)"
    r"|(?:contact|lead|prospect|custom|recipient)[._]\w+"
)
_TAG = re.compile(
    r"\{\{[^{}\n]{1,40}\}\}"  # {{anything}}: template syntax, never prose
    r"|\{[a-z]+_[a-z_]{2,30}\}"  # {post_topic}: a snake_case field name in braces
    rf"|\$?\{{\s*(?:{_KEY})\s*\}}"
    rf"|\[\s*(?:{_KEY})\s*\]"
    rf"|%(?:{_KEY})%"
    r"|\*\|[A-Z0-9_]{2,30}\|\*"  # Mailchimp-style *|FNAME|*
    rf"|<<\s*(?:{_KEY})\s*>>|«\s*(?:{_KEY})\s*»|#(?:{_KEY})#",
    re.IGNORECASE,
)
# Bare upper-case field names only count in upper case ("Hi FNAME,"), so "name" in prose never matches.
_BARE_FIELD = re.compile(
    r"\b(?:FNAME|LNAME|FIRSTNAME|FIRST_NAME|LASTNAME|LAST_NAME|FULLNAME|FULL_NAME|COMPANYNAME|"
    r"COMPANY_NAME|VORNAME|NACHNAME|FIRMENNAME|FIRSTNAME_FIELD)\b"
)
_TAG_CHARS = "{[%|<«#"

_GREETING = re.compile(
    r"^\W*(?i:hi|hello|hey|dear|hallo|hej|liebe|lieber|sehr geehrte|sehr geehrter|guten (?:morgen|tag|abend)|"
    r"moin|servus|gr[uü]e?zi|good (?:morning|afternoon|evening)|greetings)\s+"
    r"(?:(?P<honorific>(?i:herr|frau|mr|mrs|ms|miss|mx))\.?\s+)?"
    r"(?:(?i:dr|prof|professor|mag|dipl|ing)\.?(?:-\w+\.?)?\s+)*"
    r"(?P<names>[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+)?)[ \t]*(?:[,!:;.\n]|$)"
)
_NOT_A_NAME = frozenset(
    """
    there all everyone everybody team folks friend friends sir madam colleague colleagues hiring manager
    recruiter zusammen alle leute kollegin kollege kollegen damen herren community network connection
    partner partnerin again back guys ladies sehr geehrte geehrter frau herr
    professor professorin prof dr doctor doktor esteemed valued dearest customer client kunde kundin
    mr mrs ms miss mx mister madame mam maam sirs gentlemen
    """.split()
)

# Short forms that do not share the first letters of the full name.
_NICKNAMES: dict[str, frozenset[str]] = {
    key: frozenset(values.split())
    for key, values in {
        "william": "bill billy will willy liam", "robert": "bob bobby rob robbie bert", "richard": "dick rick ricky",
        "margaret": "peggy maggie meg greta", "elizabeth": "liz lizzy beth betty lisa elli", "elisabeth": "lisa liz sissi elli",
        "josef": "sepp seppi joe", "joseph": "joe joey", "johannes": "hans hannes jo", "johann": "hans",
        "james": "jim jimmy jamie", "john": "jack johnny", "edward": "ted ned eddie", "katherine": "kate kathy katie",
        "catherine": "kate cathy", "katharina": "kathi kati kathrin", "alexandra": "sandy sasha lexi alex",
        "alexander": "sasha alex xander", "anthony": "tony", "antonia": "toni", "anton": "toni",
        "magdalena": "lena leni magda", "helena": "lena leni", "stefanie": "steffi", "stephanie": "steffi",
        "susanne": "susi sanne", "gabriele": "gabi", "ulrich": "uli", "ulrike": "uli rike", "sebastian": "basti",
        "wolfgang": "wolfi", "theresa": "resi tessa", "therese": "resi", "michael": "mike micha", "christina": "tina",
        "christine": "tina", "kristina": "tina", "cornelia": "conny", "nikolaus": "klaus", "matthias": "matze",
        "friedrich": "fritz", "heinrich": "heinz", "jennifer": "jenny", "andrew": "andy drew", "andreas": "andy",
        "benjamin": "ben", "daniel": "dan danny", "nicholas": "nick", "samuel": "sam", "samantha": "sam",
        "patricia": "pat trish", "patrick": "pat paddy", "charles": "chuck charlie", "henry": "hank harry",
        "franziska": "franzi", "isabella": "bella", "isabel": "bella", "victoria": "vicky tori",
        "rebecca": "becky", "barbara": "babsi barbie", "veronika": "vroni", "jacqueline": "jackie",
    }.items()
}

# Phrases that place the recipient at a company, matched in folded text; the company name
# right after them is then read from the original text, where capitals mark a name.
_COMPANY_FRAME = PhraseSet(
    ("frame", fragment) for fragment in (
        r"your (?:[\w-]+ )?(?:team|work|role|colleagues|company|business|folks|people|time|journey|success|growth) (?:over )?at",
        r"you(?:'re| are|'ve been| have been) (?:doing|building|working on|leading|driving|achieving)(?: \w+){0,3} (?:over )?at",
        r"everyone (?:over )?at",
        # the template's congratulations, filled with another recipient's company
        r"congrat\w* on (?:the |your )?(?:[\w-]+ ){0,3}?(?:growth|success|expansion|launch|opening|milestone|momentum|progress|results|wins?) (?:over )?(?:at|of)",
        r"(?:glueckwunsch|gratulation) zu (?:ihrer|deiner) (?:arbeit|rolle|position|taetigkeit) (?:an der|am|bei der|beim|bei|in der|im)",
        r"(?:glueckwunsch|gratulation) zu[mr]? (?:dem |der )?(?:wachstum|erfolg|expansion|meilenstein) (?:bei|von)",
        r"(?:glueckwunsch|gratulation) zu[mr]? (?:[\w-]+ ){0,2}?(?:eroeffnung|neueroeffnung|jubilaeum|expansion)(?: [\w-]+){0,3}? (?:bei|von)",
        # Only "bei": German capitalises every noun, so "bei Ihnen im Büro" names no company.
        r"(?:ihr|ihrem|ihre|ihrer|dein|deinem|deine|deiner|euer|eurem) (?:team|arbeit|rolle|kollegen|unternehmen|erfolg|wirken) bei",
        r"bei (?:ihnen|dir|euch) bei",
        # her role at a company: "als Geschäftsführerin der X", "as the founder of X"
        r"als (?:geschaeftsfuehrer\w*|inhaber\w*|gruender\w*|leiter\w*|chef\w*|vorstand\w*) (?:der|des|von|am|an der|beim|bei der|bei)",
        r"as (?:the )?(?:ceo|founder|co-founder|owner|head|director|managing director|md) (?:of|at)",
    )
)
_COMPANY_NAME = re.compile(r"[ \t]+([A-Z0-9ÄÖÜ][\w&.'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z0-9ÄÖÜ][\w&.'’-]*){0,3})")


class MergeTagDetector:
    name = "merge_tags"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        inbound = conversation.inbound_messages
        if not inbound:
            return []
        signals: list[Signal] = []
        shared = inbound_text(conversation, context.cache).folded
        tag = _unfilled_tag(shared.original)
        if tag:
            signals.append(Signal("MERGE_TAG_UNFILLED", POINTS["MERGE_TAG_UNFILLED"], f"unfilled merge tag: {tag}"))
        owner = context.owner
        if owner.first_name.strip():
            wrong = _first(_wrong_greeting(message, owner) for message in inbound)
            if wrong:
                signals.append(Signal("WRONG_NAME", POINTS["WRONG_NAME"], wrong))
        pasted = _first(_pasted_headline(message, context) for message in inbound)
        if pasted:
            signals.append(Signal("PASTED_HEADLINE", POINTS["PASTED_HEADLINE"], pasted))
        companies = _owner_companies(context)
        if companies:
            wrong = _wrong_company(shared, companies)
            if wrong:
                signals.append(Signal("WRONG_COMPANY", POINTS["WRONG_COMPANY"], wrong))
        return signals


#: This many words of her headline in a row, early in a message, were pasted by a tool.
PASTED_RUN = 5
_OPENING_CHARS = 300


def _headline_runs(context: Context) -> frozenset[tuple[str, ...]]:
    runs = context.cache.get("merge_tags:headline")
    if not isinstance(runs, frozenset):
        headline = words(fold(context.owner.headline))
        runs = frozenset(tuple(headline[i : i + PASTED_RUN]) for i in range(len(headline) - PASTED_RUN + 1))
        context.cache["merge_tags:headline"] = runs
    return runs


def _pasted_headline(message: Message, context: Context) -> str:
    """ "Hi Maureen Castellano, DMD | Owner at Mill Yard Dental | Implants, Aligners": her headline
    scraped into the greeting. No person writes that; a mail-merge tool filling a field does."""
    runs = _headline_runs(context)
    if not runs:
        return ""
    opening = message.text[:_OPENING_CHARS]
    tokens = words(fold(opening))
    for i in range(len(tokens) - PASTED_RUN + 1):
        if tuple(tokens[i : i + PASTED_RUN]) in runs:
            return f"pastes your headline: {quoted(one_line(opening), 100)}"
    return ""


def _first(candidates) -> str:
    return next((candidate for candidate in candidates if candidate), "")


def _unfilled_tag(text: str) -> str:
    """A quote around the first placeholder in ``text``, or ""."""
    if any(char in text for char in _TAG_CHARS):
        match = _TAG.search(text)
        if match:
            return quote_around(text, match.start(), match.end())
    if "NAME" in text:
        match = _BARE_FIELD.search(text)
        if match:
            return quote_around(text, match.start(), match.end())
    return ""


def _wrong_greeting(message: Message, owner: Profile) -> str:
    """Detail line when the greeting names someone other than the owner, else ""."""
    greeting = _GREETING.match(message.text)
    if greeting is None:
        return ""
    names = greeting.group("names").split()
    if fold(names[0]) in _NOT_A_NAME or _BARE_FIELD.fullmatch(names[0]):
        return ""  # "Hi team," / "Hi FNAME," (the latter is MERGE_TAG_UNFILLED)
    if greeting.group("honorific") and len(names) == 1:
        # "Hallo Frau Berger" / "Dear Mr. Smith": a family name.
        greeted, own, kind = names[0], owner.last_name, "last name"
    else:
        greeted, own, kind = names[0], owner.first_name, "first name"
    same = _same_family_name if kind == "last name" else _plausibly_same
    if not own.strip() or same(greeted, own, owner):
        return ""
    if any(_plausibly_same(greeted, person.name.split()[0] if person.name.split() else "", owner)
           for person in message.recipients if person.name and fold(person.name) != fold(owner.name)):
        return ""  # a group conversation greeting someone else in it
    line = one_line(message.text[: greeting.end()]).rstrip(",!:;. ")
    return f'greets "{line}" but your {kind} is {own.strip()}'


def _plausibly_same(greeted: str, own: str, owner: Profile) -> bool:
    """Same name, a short form, a nickname, or another of the owner's names."""
    greeted_folded = fold(greeted).strip(".'’-")
    own_names = set(words(fold(own))) | {fold(own).strip()}
    own_names |= set(words(fold(owner.first_name))) | set(words(fold(owner.last_name)))
    for name in own_names:
        if not name:
            continue
        if greeted_folded == name or greeted_folded in _NICKNAMES.get(name, ()):
            return True
        shorter, longer = sorted((greeted_folded, name), key=len)
        # Alex/Alexandra, Steffi/Stefanie, Lena/Magdalena, Bec/Rebecca: a shared start or a part of 3+
        # letters. Lenient on purpose: a false WRONG_NAME costs more than a missed one.
        if len(shorter) >= 3 and (shorter[:3] == longer[:3] or shorter in longer):
            return True
    return False


def _same_family_name(greeted: str, own: str, owner: Profile) -> bool:
    """A family name has no short forms: "Frau Seibert" is not Frau Seidel. One slip of a letter
    ("Seidl") or one part of a double name ("Frau Meier" to Meier-Lenz) still counts as hers."""
    greeted_folded = fold(greeted).strip(".'’-")
    return any(_at_most_one_edit(greeted_folded, name) for name in words(fold(own)) if name)


def _at_most_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            # Substitution (same length) or one letter missing from the shorter name.
            return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]
    return True


def _owner_companies(context: Context) -> frozenset[str]:
    companies = context.cache.get("merge_tags:companies")
    if not isinstance(companies, frozenset):
        owner = context.owner
        companies = frozenset(normalize_company(p.company) for p in owner.positions if p.company.strip()) - {""}
        context.cache["merge_tags:companies"] = companies
    return companies


def _wrong_company(folded: Folded, companies: frozenset[str]) -> str:
    """Detail line when the sender places the owner at a company she never worked for."""
    text = folded.original
    for _, start, end in _COMPANY_FRAME.finditer(folded.text):
        frame_start, frame_end = folded.original_span(start, end)
        name = _COMPANY_NAME.match(text, frame_end)
        if name is None:
            continue
        named = normalize_company(name.group(1))
        if not named or any(_same_company(named, own) for own in companies):
            continue
        return f'places you at "{name.group(1)}": {quote_around(text, frame_start, name.end())}'
    return ""


def _same_company(named: str, own: str) -> bool:
    """Loose comparison: "Acme" matches "Acme Robotics", "Deutsche Bahn" matches "DB Deutsche Bahn";
    but "Kächele Elektrotechnik" is not "Kächele GaLaBau": a family name starts many firms."""
    return named == own or named in own or own in named


DETECTOR = MergeTagDetector()
