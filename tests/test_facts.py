"""Pinned facts: the figures, dates and French wordings that the site's readers
cite. A change to any of them must be deliberate, so it must change this test.

The expected French strings are copied character for character from the
research dossier (``resolution-dossier.md``, §3.4), straight apostrophes and
the missing "de" in O2 included.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from markupsafe import Markup

from resolution_site.dataset import Dataset
from resolution_site.models import Status
from resolution_site.render.environment import sic_marked

ROOT = Path(__file__).resolve().parent.parent


O1 = (
    "Le Sénat condamne avec la plus grande fermeté l'offensive militaire des 19 et 20 septembre 2023 "
    "menée par l'Azerbaïdjan, avec l'appui de ses alliés, dans le Haut-Karabagh, qui a contraint à "
    "l'exode la quasi-totalité des populations arméniennes qui y vivaient ;"
)
O2 = (
    "Rappelle que le respect du droit des peuples à disposer d'eux-mêmes, qui s'applique aux "
    "populations arméniennes du Haut-Karabagh, est la seule voie possible vers une paix durable entre "
    "l'Azerbaïdjan et l'Arménie et qu'il incombe aux États de respecter et de protéger ce droit et que, "
    "par conséquent, il est du devoir la communauté internationale d'exiger de l'Azerbaïdjan de tout "
    "mettre en œuvre pour garantir le droit au retour des populations arméniennes au Haut-Karabagh dans "
    "des conditions de nature à assurer leur sécurité et leur bien-être ;"
)
O2_SIC = "du devoir la communauté internationale"
O3 = (
    "Salue l'initiative du Gouvernement français de renforcer l'aide humanitaire apportée à l'Arménie "
    "pour répondre aux besoins élémentaires des populations civiles du Haut-Karabagh réfugiées sur son "
    "sol, et l'invite à appeler ses partenaires européens à faire de même ;"
)
O4 = (
    "Réaffirme l'inviolabilité de l'intégrité territoriale de l'Arménie, et demande le retrait immédiat "
    "et inconditionnel, sur leurs positions initiales, des forces azerbaïdjanaises et de leurs alliés du "
    "territoire souverain de l'Arménie ;"
)
O12_FRAGMENT = (
    "Elle souligne la nécessité de constituer sans délai un groupe international d'experts auprès de "
    "l'UNESCO et de l'envoyer en missi[…]"
)


@pytest.fixture(scope="module")
def data(real_data: Dataset) -> Dataset:
    """This module reads the site's own data."""
    return real_data


def provision(data: Dataset, ref: str):
    matches = [p for p in data.provisions if p.ref == ref]
    assert len(matches) == 1, f"expected one provision with ref {ref!r}"
    return matches[0]


def test_vote_figures(data: Dataset) -> None:
    vote = data.vote
    assert vote.for_.value == 336
    assert vote.against.value == 1
    assert vote.cast is not None and vote.cast.value == 337
    assert vote.voters is not None and vote.voters.value == 339
    assert vote.abstentions is not None and vote.abstentions.value == 2
    assert vote.abstentions.derived, "no source states the abstentions; they are computed"
    assert vote.ballot_number is None, "the scrutin number is not known"


def test_dates(data: Dataset) -> None:
    assert data.identity.adopted.value == date(2024, 1, 17)
    assert data.identity.deposited.value == date(2023, 12, 1)


@pytest.mark.parametrize(
    ("ref", "expected", "status"),
    [
        ("O1", O1, Status.verbatim),
        ("O2", O2, Status.verbatim),
        ("O3", O3, Status.verbatim),
        ("O4", O4, Status.verbatim),
    ],
)
def test_known_wordings(data: Dataset, ref: str, expected: str, status: Status) -> None:
    p = provision(data, ref)
    assert p.status is status
    assert p.wording is not None
    assert p.wording.fr == expected
    assert "’" not in p.wording.fr, "the sources have straight apostrophes"


def test_o2_sic(data: Dataset) -> None:
    p = provision(data, "O2")
    assert [sic.fragment for sic in p.wording.sic] == [O2_SIC]
    assert O2_SIC in p.wording.fr


def test_o12_fragment_kept_cut_off(data: Dataset) -> None:
    p = provision(data, "O12")
    assert p.status is Status.fragment
    assert O12_FRAGMENT in [f.text for f in p.fragments]


def test_operative_order_is_certain_only_for_o1_to_o4(data: Dataset) -> None:
    for p in data.provisions:
        if p.kind.value != "operative":
            continue
        certain = p.order_basis.value == "certain"
        assert certain == (p.ref in {"O1", "O2", "O3", "O4"}), p.ref


def test_every_provision_has_topic_and_source(data: Dataset) -> None:
    for p in data.provisions:
        assert p.topics, p.id
        assert p.sources, p.id


def test_every_topic_is_used(data: Dataset) -> None:
    used = {topic for p in data.provisions for topic in p.topics}
    unused = {t.id for t in data.topics} - used
    assert not unused, f"topics used by no provision: {sorted(unused)}"


def test_unverified_proposal_url_is_not_published(data: Dataset) -> None:
    assert all("ppr23-157" not in s.url for s in data.sources)


def test_o4_is_not_shown_as_official_wording(data: Dataset) -> None:
    """A Senate document restates O4 in indirect speech (other verb tenses, a
    comma missing): it confirms the words, not the official wording itself."""
    p = provision(data, "O4")
    assert p.status is Status.verbatim
    assert any(r.about.value == "wording" and r.confidence.value == "high" for r in p.ratings)


def test_no_provision_wording_rests_above_low_on_sources_a_and_b_alone(data: Dataset) -> None:
    """Sources A and B share one origin: agreeing, they are still one source."""
    for ref in ("O1", "O2"):
        wording = [r for r in provision(data, ref).ratings if r.about.value == "wording"]
        assert [r.confidence.value for r in wording] == ["low"], ref


@pytest.mark.parametrize(
    "path", ["texte/index.html", "en/text/index.html", "dispositions/droit-au-retour-autodetermination/index.html"]
)
def test_o2_sic_is_marked_where_the_wording_is_shown(built_site, path: str) -> None:
    """The words stay as the source gives them; our "[sic]" follows them, in an element of its own."""
    html = (built_site / path).read_text(encoding="utf-8")
    escaped = O2_SIC.replace("'", "&#39;")
    assert f'{escaped}<span class="sic-mark" lang="la"> [sic]</span>' in html


def test_a_sic_fragment_missing_from_the_shown_wording_is_an_error() -> None:
    assert sic_marked(Markup("a b c"), ["a b"], "[sic]") == Markup(
        'a b<span class="sic-mark" lang="la"> [sic]</span> c'
    )
    with pytest.raises(ValueError, match="not in the wording"):
        sic_marked(Markup("a b c"), ["x"], "[sic]")
