"""Speaker and quote-fidelity kinds from the second issue-13 review, each on text we wrote.

- relatives sharing a surname, each quoted by honorific and surname: the quote goes to the person
  the cue's own mention links to (the honorific's gender), not to the last-named namesake;
- an inverted cue at a clause end ('"…," Okonjo said.') is a person mention, so a surname never
  introduced is reported (CC601).
"""

from __future__ import annotations

import pytest

from checker.models import QuoteClaim
from checker.testing import Runner
from tests.test_people_links import article, links_of

RELATIVES = """Harriet Quennell and her brother, Oswin Quennell, gave evidence on Thursday.

"The crossing was never lit at night," Ms Quennell said.

"The crossing was lit at night," Mr. Quennell said.

Mr Quennell told the coroner: "We asked the council twice."
"""


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("The crossing was never lit", "Harriet Quennell"),  # "Ms": the woman, though her brother is named last
        ("The crossing was lit", "Oswin Quennell"),
        ("We asked the council", "Oswin Quennell"),  # a cue before the quote
    ],
)
def test_an_honorific_picks_the_relative_of_its_gender(quote: str, speaker: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(RELATIVES))
    links = links_of(result)
    [claim] = [c for c in result.claims("quote") if isinstance(c, QuoteClaim) and c.content.startswith(quote)]
    found = links.entity_of(claim)
    assert found is not None and found.canonical == speaker
    assert not result.findings("CC301")


@pytest.mark.parametrize(
    ("cue", "reported"),
    [
        ('"Nobody expected it to rise so fast," Okonjo said.', True),
        ('"The pumps held," Okonjo said, adding that two homes were flooded.', True),
        ('"The pumps held!" Okonjo said.', True),
        ("Okonjo told reporters the pumps held.", True),
        ('"The pumps held," said engineer Adaeze Okonjo. "Nobody expected it," Okonjo said.', False),
        ('"Enough said," the warden said. Enough said.', False),
    ],
)
def test_an_inverted_cue_names_a_person(cue: str, reported: bool, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(f"The river burst its banks at Stannard Weir on Sunday.\n\n{cue}\n"))
    found = result.findings("CC601")
    assert bool(found) == reported, found
