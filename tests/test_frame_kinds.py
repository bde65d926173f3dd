"""Kinds of wrong comparisons found on real text (docs/rules-precision.md, issue 14) and the frame
features that tell them apart, on text we wrote: each lexicon entry class and each feature."""

from __future__ import annotations

import pytest

from checker.language import events, frame_lexicons, quantities
from checker.links import StoryLinks
from checker.testing import Runner


def _mods(sentence: str) -> frozenset[str]:
    trigger = events.trigger_of(sentence, sentence.index(" on ") + 4, len(sentence) - 1, 0, len(sentence))
    head = events.object_of(sentence, trigger, 0, len(sentence), sentence.index(" on ") + 4)
    return events.object_modifiers(sentence, trigger, head, 0, len(sentence))


def test_an_objects_name_or_recipient_tells_two_restorations_apart() -> None:
    assert _mods("Their Kelvar service was restored on 11 May.") == {"kelvar"}
    assert _mods("Orvane restored services to its business customers on 14 May.") == {"business", "customers"}
    assert _mods("Engineers restored the water service on 12 May.") == {"water"}


def test_an_outcome_happens_only_to_what_it_can() -> None:
    for cls in frame_lexicons.outcomes():
        for counted in cls.counts:  # every class a restricted outcome lists is accepted, by its plural too
            lemma, noun_class = quantities.counted_class(counted + "s")
            assert quantities.outcome_fits(cls.name, noun_class or lemma), (cls.name, counted)
    assert not quantities.outcome_fits("laid_off", "cable")
    assert quantities.outcome_fits("killed", "cable")  # an outcome without `counts` fits anything


@pytest.mark.parametrize(
    ("sentence", "figure", "scope"),
    [
        ("A tsunami killed 170,000 people in the province and more abroad.", "170,000", "province"),
        ("A tsunami killed 230,000 people in 13 countries around the Indian Ocean.", "230,000", "country"),
        ("A tsunami killed some 230,000 people around the Indian Ocean.", "230,000", "indian ocean"),
        ("The flu killed 40,000 people worldwide.", "40,000", "worldwide"),
        ("The quake killed 12 people on Sunday, and 40 were hurt in the province.", "12", None),
    ],
)
def test_the_area_a_toll_is_counted_over(sentence: str, figure: str, scope: str | None) -> None:
    end = sentence.index(figure) + len(figure)
    assert quantities.scope_after(sentence, end, len(sentence)) == scope


def test_every_scope_noun_is_read() -> None:
    for noun in frame_lexicons.counted().scopes:
        sentence = f"The storm killed 40 people in the {noun}."
        assert quantities.scope_after(sentence, sentence.index("40") + 2, len(sentence)) == noun, noun


def test_another_events_toll() -> None:
    for cue in frame_lexicons.counted().other_event_cues:
        assert quantities.other_event(f"{cue.capitalize()} quake on the island killed 612 people."), cue
    previous = "The last major quake to hit the island was in February."
    assert quantities.other_event("It killed 612 people.", previous)
    assert not quantities.other_event("Rescuers found 12 bodies.", previous)  # no pronoun: its own subject
    assert not quantities.other_event("The quake killed 12 people on Sunday.")


def test_a_rate_is_not_a_total_and_a_currency_prefix_is_no_party() -> None:
    for words in frame_lexicons.counted().per_unit:
        text = f"a deal worth $23 million {words} of the term"
        assert quantities.per_unit(text, text.index(" million") + 8), words
    text = "a deal worth $184 million, or $23 million per season"
    assert not quantities.per_unit(text, text.index(" million") + 8)
    assert quantities.without_currency_prefixes("a loss of US$1.6 billion and U.S.$3 million") == (
        "a loss of $1.6 billion and $3 million"
    )


def test_the_value_a_change_ends_at_and_a_respectively_list() -> None:
    text = "reducing its liabilities from $27.5 billion in unsecured debt to $9.2 billion"
    assert quantities.changed_to(text, text.index("$9.2")) and not quantities.changed_to(text, text.index("$27.5"))
    assert not quantities.changed_to("The deficit rose to $9.2 billion.", len("The deficit rose to "))
    text = "Dorrin and Castile will see 1,600 and 400 jobs cut respectively."
    assert quantities.partial(text, text.index("400"), text.index("400") + 3)


def _cc201(run: Runner, files: dict[str, str]) -> list[str]:
    result = run(files, select=["CC201"])
    assert isinstance(result.results[0].links, StoryLinks)
    return [f.message for ar in result.results for r in ar.results for f in r.findings]


def _article(body: str, outlet: str) -> str:
    return f"---\ntitle: T\npublished: 2024-05-08\noutlet: {outlet}\nstory: s\n---\n{body}\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the area a toll is counted over
        (
            "In 1987 a cyclone killed 3,000 people in the province.",
            "In 1987 a cyclone killed 9,000 people across the region.",
        ),
        # "cut" is a lay-off only of jobs and people
        ("Three undersea cables were cut on Friday.", "Five undersea cables were cut in January."),
        # a count inside a prepositional phrase is not the subject of the verb after it
        (
            "Four villages had been destroyed, the governor said.",
            "Half of the buildings in the 12 worst-hit villages might have been destroyed.",
        ),
        # two vague amounts are orders of magnitude, not counts
        ("Thousands of people have fled to the camp.", "The fighting has displaced hundreds of thousands of people."),
        # whose deal: amounts of a per-party holder across articles need a party they share
        (
            "It would dwarf the $90 million deal that Corran Bellamy signed last summer.",
            "The newspaper says the deal is worth at least $160 million.",
        ),
        # two clubs' offers to one player; a rate beside a total
        (
            "Last week the Harts offered Tavi Ronsard an eight-year deal worth $184 million, or $23 million a season.",
            "On Monday the Gullmen offered Tavi Ronsard a seven-year deal worth $150 million.",
        ),
        # two companies' losses in US dollars: "US" is no party they share
        (
            "Brannock Motors reported a second-quarter loss of US$254 million.",
            "Osterby Cars posted a loss of US$8.6 billion for the year.",
        ),
    ],
)
def test_look_alike_figures_are_not_compared(claimcheck_run: Runner, first: str, second: str) -> None:
    files = {"a.md": _article(first, "Daily Gazette"), "b.md": _article(second, "Evening Post")}
    assert _cc201(claimcheck_run, files) == []


def test_the_same_scope_and_the_same_party_are_still_compared(claimcheck_run: Runner) -> None:
    files = {
        "a.md": _article("In 1987 a cyclone killed 3,000 people in the province.", "Daily Gazette"),
        "b.md": _article("In 1987 a cyclone killed 9,000 people in the province.", "Evening Post"),
    }
    assert len(_cc201(claimcheck_run, files)) == 1
    files = {
        "a.md": _article("Corran Bellamy signed a $90 million deal on Monday.", "Daily Gazette"),
        "b.md": _article("Corran Bellamy's deal is worth $120 million, the Harts said.", "Evening Post"),
    }
    assert len(_cc201(claimcheck_run, files)) == 1
