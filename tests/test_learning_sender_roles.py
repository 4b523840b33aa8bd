"""A kind of sender: five junk marks on recruiters' messages junk the other recruiters' messages.

The inbox is built here: an engineer whose Connections list ten recruiters (and others), each of
whom wrote her one message about a role. unpitch keeps or reviews them (they are tailored and she
does not reject recruiters by default); once she marks five of them junk, the other five follow
(the sender role comes from her Connections), the colleagues' messages do not, and unmark restores.
"""

import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest

from unpitch.learning import service
from unpitch.learning.roles import role_of
from unpitch.learning.store import sender_positions
from unpitch.model import Connection, Conversation, Direction, Inbox, Message, Person
from unpitch.outputs.store import connect as store_connect
from unpitch.outputs.store import save_scan
from unpitch.pipeline import scan_inbox

from signal_builders import OWNER, owner_profile

START = datetime(2025, 5, 5, 9, 0, tzinfo=timezone.utc)

RECRUITERS = [
    ("Lena Vogt", "Talent Acquisition Partner", "Hi Anna, I watched your talk about Kubernetes operators for green computing at the Berlin meetup. Kestrel Pay is building a platform team around exactly that; could I tell you more about the lead role?"),
    ("Omar Haddad", "Technical Recruiter", "Hello Anna, a Berlin scale-up is looking for a platform engineering lead with Rust experience; the team runs 40 clusters. Open to a chat about it?"),
    ("Julia Brandt", "Senior Recruiter", "Hallo Anna, für ein Energie-Start-up suche ich eine Leitung Platform Engineering mit Kubernetes-Erfahrung. Hätten Sie Interesse an Details zur Rolle?"),
    ("Chris Nolan", "Recruitment Consultant", "Hi Anna, I'm hiring a Staff SRE for a logistics company moving to Kubernetes; your background at Zalando stands out. Interested in hearing more?"),
    ("Sofia Marin", "Headhunter IT", "Dear Anna, a green-computing company asked me to find a head of platform; your operator work is a good match. May I share the job description?"),
    ("Tim Becker", "Talent Sourcer", "Hi Anna, I read your post about rewriting the operator reconciler in Rust. A Munich company needs a principal platform engineer for the same migration; would you like the details?"),
    ("Aylin Kaya", "Recruiting Lead", "Hallo Anna, ein Fintech in Hamburg baut das Plattformteam neu auf und sucht eine Teamleitung mit Kubernetes. Darf ich Ihnen mehr erzählen?"),
    ("Mark Ellis", "Executive Search Partner", "Hello Anna, I lead a search for a VP Infrastructure at a health-tech company; operators and SRE culture are central. Could we talk this week?"),
    ("Nina Roth", "Personalberaterin", "Guten Tag Frau Berger, ich besetze eine Position als Head of Platform bei einem Maschinenbauer, Kubernetes im Werk. Wäre das für Sie interessant?"),
    ("Paul Grant", "Tech Recruiter", "Hi Anna, your time as an SRE at Zalando and your operator work are why I thought of you: an open-source company is hiring an engineering manager for its operator SDK team. Interested?"),
]
COLLEAGUES = [
    ("Eva Lorenz", "Site Reliability Engineer", "Hi Anna, the node pool upgrade is done, two pods restarted but everything is green again."),
    ("Jan Petersen", "Platform Engineer", "Anna, can you review my PR for the operator's finalizer logic before Thursday?"),
    ("Mira Schulz", "Engineering Manager", "Hi Anna, thanks for the postmortem write-up, I shared it with the team."),
]


def _conversation(index: int, name: str, text: str) -> Conversation:
    sender = Person(name, f"https://www.linkedin.com/in/{name.lower().replace(' ', '-')}")
    message = Message(
        id=f"m{index}", conversation_id=f"c{index}", sender=sender, recipients=[OWNER],
        date=START + timedelta(days=index), raw=text, text=text, direction=Direction.INBOUND,
    )
    return Conversation(f"c{index}", title="", messages=[message])


def _inbox() -> Inbox:
    people = RECRUITERS + COLLEAGUES
    conversations = [_conversation(i, name, text) for i, (name, _, text) in enumerate(people)]
    # Recruiters connected a few weeks before writing; colleagues have been connections for years.
    connections = [
        Connection(name.split()[0], name.split()[1], url=f"https://www.linkedin.com/in/{name.lower().replace(' ', '-')}",
                   company="Somewhere GmbH", position=position,
                   connected_on=date(2025, 4, 1) if (name, position, text) in RECRUITERS else date(2019, 1, 10))
        for name, position, text in people
    ]
    return Inbox(owner=owner_profile(), conversations=conversations, connections=connections)


def test_recruiter_titles_name_the_role():
    assert {role_of(position) for _, position, _ in RECRUITERS} == {"recruiter"}
    assert {role_of(position) for _, position, _ in COLLEAGUES} == {""}


@pytest.fixture
def scanned(tmp_path):
    inbox = _inbox()
    results = scan_inbox(inbox)
    db = tmp_path / "unpitch.db"
    save_scan(db, inbox, results)
    return inbox, db, {r.conversation.id: r.verdict.verdict for r in results}


def test_five_junk_marks_on_recruiters_junk_the_other_recruiters_and_unmark_restores(scanned):
    inbox, db, base = scanned
    recruiters = [f"c{i}" for i in range(len(RECRUITERS))]
    colleagues = [f"c{i}" for i in range(len(RECRUITERS), len(RECRUITERS) + len(COLLEAGUES))]
    assert all(base[c] != "junk" for c in recruiters)
    marked, later = recruiters[:5], recruiters[5:]
    service.mark(db, marked, "junk", "test")
    learned = {r.conversation.id: r for r in scan_inbox(inbox, learning_db=db)}
    assert all(learned[c].verdict.verdict == "junk" for c in later)
    detail = next(s.detail for s in learned[later[0]].verdict.signals if s.id == "LEARNED_FROM_USER")
    assert "kind rule (messages from recruiters)" in detail
    assert all(learned[c].verdict.verdict == base[c] for c in colleagues)
    service.unmark(db, marked)
    assert {r.conversation.id: r.verdict.verdict for r in scan_inbox(inbox, learning_db=db)} == base


def test_without_her_connections_the_role_is_unknown_and_the_marks_only_lean(scanned):
    inbox, db, base = scanned
    service.mark(db, [f"c{i}" for i in range(5)], "junk", "test")
    inbox.connections = []
    learned = {r.conversation.id: r for r in scan_inbox(inbox, learning_db=db)}
    details = [s.detail for s in learned["c7"].verdict.signals if s.id == "LEARNED_FROM_USER"]
    assert not any("messages from recruiters" in d for d in details)


def test_the_scan_stores_positions_and_the_mark_reads_the_role_from_them(scanned):
    _, db, _ = scanned
    service.mark(db, ["c0", "c10"], "junk", "test")
    roles = {m.conversation_id: m.snapshot.roles for m, _ in service.list_marks(db)}
    assert roles == {"c0": ("recruiter",), "c10": ()}


def test_a_database_from_before_positions_gains_the_column(tmp_path):
    db = tmp_path / "old.db"
    old = sqlite3.connect(db)
    old.execute("CREATE TABLE participants (conversation_id TEXT NOT NULL, name TEXT NOT NULL, url TEXT NOT NULL,"
                " PRIMARY KEY (conversation_id, name, url))")
    old.execute("INSERT INTO participants VALUES ('c1', 'Lena Vogt', 'https://www.linkedin.com/in/lena-vogt')")
    old.commit()
    old.close()
    connection = store_connect(db)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(participants)")}
    assert "position" in columns
    assert sender_positions(connection, "c1") == {}
    connection.close()
