"""Reading the recipient: LinkedIn profile files, JSON profiles and pasted profile text (EN/DE)."""

import json
import zipfile

import pytest
from hypothesis import given, settings, strategies as st

from unpitch.coach import load_recipient, parse_profile_text, profile_from_json
from unpitch.coach.profile_text import HEADINGS
from unpitch.errors import InputError

PROFILE_CSV = (
    "First Name,Last Name,Maiden Name,Headline,Summary,Industry,Geo Location\n"
    'Katrin,Vogel,,Leiterin Finanzen bei Sonnenkorn,"Ich verantworte die Finanzen von 22 Filialen.",Food,Berlin\n'
)
POSITIONS_CSV = (
    "Company Name,Title,Description,Location,Started On,Finished On\n"
    "Sonnenkorn GmbH,Leiterin Finanzen,Liquiditätsplanung,Berlin,Jan 2019,\n"
    "Alte Mühle AG,Controllerin,,Berlin,Jan 2012,Dec 2018\n"
)


@pytest.fixture
def profile_folder(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Profile.csv").write_text(PROFILE_CSV, encoding="utf-8")
    (folder / "Positions.csv").write_text(POSITIONS_CSV, encoding="utf-8")
    (folder / "Skills.csv").write_text("Name\nDATEV\nFilialcontrolling\n", encoding="utf-8")
    return folder


def test_profile_only_export_folder_without_messages(profile_folder):
    profile = load_recipient(profile_folder)
    assert (profile.first_name, profile.last_name) == ("Katrin", "Vogel")
    assert profile.headline == "Leiterin Finanzen bei Sonnenkorn"
    assert [p.company for p in profile.current_positions] == ["Sonnenkorn GmbH"]
    assert profile.skills == ["DATEV", "Filialcontrolling"]


def test_export_zip_and_bare_profile_csv(profile_folder, tmp_path):
    archive = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in profile_folder.iterdir():
            zipped.write(file, file.name)
    assert load_recipient(archive).summary == "Ich verantworte die Finanzen von 22 Filialen."
    assert load_recipient(profile_folder / "Profile.csv").first_name == "Katrin"


def test_export_with_messages_reads_the_same_owner(profile_folder):
    (profile_folder / "messages.csv").write_text(
        "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,DATE,CONTENT\nc1,Bob,,Katrin Vogel,2024-01-01 10:00:00 UTC,Hi\n",
        encoding="utf-8",
    )
    assert load_recipient(profile_folder).headline == "Leiterin Finanzen bei Sonnenkorn"


def test_folder_without_profile_files_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no Profile.csv"):
        load_recipient(tmp_path)
    other = tmp_path / "Connections.csv"
    other.write_text("First Name,Last Name\nA,B\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a LinkedIn profile file"):
        load_recipient(other)


def test_json_profile_with_common_spellings(tmp_path):
    path = tmp_path / "maya.json"
    path.write_text(json.dumps({
        "firstName": "Maya", "lastName": "Okafor", "headline": "CFO", "about": "Freight finance.",
        "experience": [{"companyName": "Tidewater", "title": "CFO", "end": "Present"},
                       {"company": "Lyle", "role": "Controller", "end": "2019"}],
        "skills": [{"name": "Treasury"}, "IFRS 16"],
    }), encoding="utf-8")
    profile = load_recipient(path)
    assert profile.summary == "Freight finance."
    assert [p.company for p in profile.current_positions] == ["Tidewater"]
    assert profile.skills == ["Treasury", "IFRS 16"]


@pytest.mark.parametrize("content, problem", [
    ("{not json", "not valid JSON"),
    ("[1, 2]", None),
    ('{"skills": 3, "headline": "x"}', "'skills' must be a list"),
    ('{"positions": ["x"], "headline": "x"}', "position 1 must be an object"),
    ('{"unrelated": 1}', "has no name"),
])
def test_bad_json_profiles_name_the_file(tmp_path, content, problem):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_recipient(path)
    assert str(path) in str(caught.value)
    if problem:
        assert problem in str(caught.value)


PASTED_EN = """Maya Okafor
Head of Finance at Tidewater Freight | Treasury
London, United Kingdom

About
I run finance for a freight forwarder.
We are looking for better cash-flow forecasting.

Experience
Head of Finance
Tidewater Freight Ltd · Full-time
Jan 2020 - Present · 5 yrs
London
Accounts payable automation and the month-end close.

Financial Controller
Harbour & Lyle
Mar 2015 – Feb 2020
Built group reporting.

Education
University of Leeds

Skills
Treasury
12 endorsements
Cash-flow forecasting, IFRS 16
"""

PASTED_DE = """Überschrift: Personalleiter bei Krämer Maschinenbau
Info:
Wir bauen Verpackungsmaschinen in Schwäbisch Hall.
Berufserfahrung
Personalleiter bei Krämer Maschinenbau GmbH
Ausbilder, Meyer AG
Kenntnisse
Ausbildungsmarketing • Schichtmodelle
"""


def test_pasted_english_profile():
    profile = parse_profile_text(PASTED_EN)
    assert (profile.first_name, profile.last_name) == ("Maya", "Okafor")
    assert profile.headline == "Head of Finance at Tidewater Freight | Treasury"
    assert "cash-flow forecasting" in profile.summary and "Leeds" not in profile.summary
    assert [(p.title, p.company, p.current) for p in profile.positions] == [
        ("Head of Finance", "Tidewater Freight Ltd", True),
        ("Financial Controller", "Harbour & Lyle", False),
    ]
    assert "month-end close" in profile.positions[0].description
    assert profile.positions[1].description == "Built group reporting."
    assert profile.skills == ["Treasury", "Cash-flow forecasting", "IFRS 16"]


def test_pasted_german_profile_with_labels_and_one_line_positions():
    profile = parse_profile_text(PASTED_DE)
    assert profile.headline == "Personalleiter bei Krämer Maschinenbau"
    assert profile.summary == "Wir bauen Verpackungsmaschinen in Schwäbisch Hall."
    assert [(p.title, p.company) for p in profile.positions] == [("Personalleiter", "Krämer Maschinenbau GmbH")]
    assert profile.skills == ["Ausbildungsmarketing", "Schichtmodelle"]


def test_pasted_text_file_and_empty_text(tmp_path):
    path = tmp_path / "profile.txt"
    path.write_text(PASTED_EN, encoding="utf-8")
    assert load_recipient(path).last_name == "Okafor"
    path.write_text("\n\n   \n", encoding="utf-8")
    with pytest.raises(InputError, match="no profile text"):
        load_recipient(path)
    with pytest.raises(InputError, match="no such file"):
        load_recipient(tmp_path / "missing.txt")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_parses_without_error(text):
    profile = parse_profile_text(text)
    for position in profile.positions:
        assert position.company or position.title


_line = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß ", min_size=3, max_size=30).map(str.strip).filter(
    lambda s: len(s) >= 3 and s.lower() not in HEADINGS)


@settings(max_examples=100, deadline=None)
@given(headline=_line, about=_line, skills=st.lists(_line.filter(lambda s: "," not in s), min_size=1, max_size=4, unique_by=str.lower))
def test_rendered_sections_read_back(headline, about, skills):
    text = f"Headline: {headline}\nAbout\n{about}\nSkills\n" + "\n".join(skills)
    profile = parse_profile_text(text)
    assert profile.headline == headline
    assert profile.summary == about
    assert [s.lower() for s in profile.skills] == [s.lower() for s in skills]


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["name", "headline", "about", "skills", "experience", "x"]),
                       st.one_of(st.text(max_size=20), st.integers(), st.lists(st.text(max_size=10), max_size=3), st.none())))
def test_any_json_object_gives_a_profile_or_an_input_error(data):
    try:
        profile_from_json(data, "p.json")
    except InputError as error:
        assert str(error).startswith("p.json")
