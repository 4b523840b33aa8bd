"""Offline language identification."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from unpitch.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could you send me the slides from yesterday's meeting?", "en"),
        ("We help agencies like yours grow, open to a chat?", "en"),
        ("Kannst du mir bitte die Folien von gestern schicken?", "de"),
        # German without umlauts or ß must still be German.
        ("Wir helfen Agenturen wie deiner zu wachsen, hast du Zeit?", "de"),
        ("Lass uns mal telefonieren und schauen wie wir zusammen wachsen", "de"),
        ("Pouvez-vous m'envoyer la facture de mars, s'il vous plait ?", "fr"),
        ("Nous aidons les agences comme la vôtre à trouver des clients.", "fr"),
        ("Hola, ¿me puedes enviar la factura por favor?", "es"),
        ("Ciao, mi puoi mandare la fattura per favore?", "it"),
        ("Hoi, kun je mij de factuur van maart sturen?", "nl"),
    ],
)
def test_detects_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["ok", "", "👍", "12345", "Thanks!"])
def test_too_short_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


@given(st.text(max_size=200))
def test_never_fails_and_returns_a_code(text: str) -> None:
    code = detect_language(text)
    assert code == "und" or (len(code) == 2 and code.isalpha())
