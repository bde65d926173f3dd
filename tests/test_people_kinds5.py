"""People links on a fresh reviewer's fifth round of near variants (issue 13), on text we wrote:
dignities known with one name, British quotation marks, roles learned from an apposition,
sentence-initial surnames of any verb, and multi-word role phrases."""

from __future__ import annotations

import pytest

from checker.language import lexicons
from checker.testing import Runner
from tests.test_people_links import article


@pytest.mark.parametrize(
    "title", sorted({t.form for t in lexicons.people().titles if t.dignity and t.form[:1].isupper()})
)
def test_a_dignity_and_one_name_is_no_missing_first_reference(title: str, claimcheck_run: Runner) -> None:
    """Every ``dignity`` entry: "Cardinal Richelieu" may be a figure known by the title and one name."""
    result = claimcheck_run(
        article(
            f"The letters go on show in June.\n\nThe oldest were written for {title} Quarrington, the curator said.\n"
        )
    )
    assert not result.findings("CC601")


@pytest.mark.parametrize("title", ["Mayor", "Councillor", "Senator", "Governor"])
def test_an_office_and_a_surname_is_still_a_missing_first_reference(title: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(f"The letters go on show in June.\n\nThe loan was approved by {title} Quarrington on Monday.\n")
    )
    [hit] = result.findings("CC601")
    assert "Quarrington" in hit.message
