import pytest

from unpitch.config import load_config
from unpitch.errors import InputError


def test_reads_offer_buy_never_and_sender_lists(tmp_path):
    path = tmp_path / "unpitch.toml"
    path.write_text(
        '[me]\noffer = ["SEO audits"]\nbuy = "accounting software"\nnever = ["crypto"]\n'
        '[senders]\nallow = ["jane@example.com"]\ndeny = ["spam.example"]\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.offer == ["SEO audits"]
    assert config.buy == ["accounting software"]
    assert config.never == ["crypto"]
    assert (config.allow, config.deny) == (["jane@example.com"], ["spam.example"])


def test_missing_default_file_is_an_empty_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_config(None).offer == []


@pytest.mark.parametrize(
    "content, problem",
    [("[me\n", "not valid TOML"), ("[me]\noffer = [1, 2]\n", "list of strings"), ("me = 3\n", "tables")],
)
def test_bad_config_is_one_clear_error(tmp_path, content, problem):
    path = tmp_path / "unpitch.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        load_config(path)


def test_explicit_missing_config_is_an_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_config(tmp_path / "nope.toml")
