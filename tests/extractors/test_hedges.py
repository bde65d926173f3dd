"""Hedge claims: news cues and false hedges, holders named or not, the clause qualified, the lexicon."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SEEDS, needs_shared
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extractors import hedges as hedges_module
from checker.extractors.hedges import default_cues, find_hedges, hedges_in, load_lexicon
from checker.models import Article, HedgeClaim, Segment
from checker.segmenter import claimcheck_segment


def hedges(text: str, **lexicon: list[str]) -> list[HedgeClaim]:
    article = Article(path="t.txt", raw=text)
    segments = [s for s in claimcheck_segment(article, None) if s.kind != "furniture"]  # type: ignore[arg-type]
    found = find_hedges(article, segments, load_lexicon(**lexicon) if lexicon else None)
    for h in found:
        assert article.raw[h.span.start : h.span.end] == h.text
        assert h.scope is not None and h.scope.start <= h.span.start and h.span.end <= h.scope.end
    return found


def scope(text: str, h: HedgeClaim) -> str:
    assert h.scope is not None
    return text[h.scope.start : h.scope.end]


# -- what counts as a hedge in news ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue", "written"),
    [
        ("The gunman is thought to have acted alone.", "thought to", "thought to"),
        ("The minister reportedly offered to resign.", "reportedly", "reportedly"),
        ("The suspect allegedly fired six shots.", "allegedly", "allegedly"),
        ("The bridge appears to have collapsed under the weight of the trucks.", "appears to", "appears to"),
        ("The colonel is said to have ordered the strike.", "said to", "said to"),
        ("The fire may have started in the kitchen.", "may have", "may have"),
        ("It is understood that the talks have stalled.", "it is understood", "It is understood"),
        ("Sources suggest the mayor will not run again.", "sources suggest", "Sources suggest"),
        ("The purportedly stolen paintings were found in a barn.", "purportedly", "purportedly"),
        ("The storm will likely reach the coast on Tuesday.", "likely", "likely"),
        ("The ferry was possibly overloaded.", "possibly", "possibly"),
        ("Crews found a suspected explosive device near the stadium.", "suspected", "suspected"),
        ("Unconfirmed reports put the toll at 40.", "unconfirmed", "Unconfirmed"),
        ("Some claimed to have seen the helicopter fall.", "claimed", "claimed"),
        ("Six climbers are feared dead after the avalanche.", "feared", "feared"),
        (
            "The claim could not be independently verified.",
            "could not be verified",
            "could not be independently verified",
        ),
        ("The repairs are estimated at $4 million.", "estimated", "estimated"),
    ],
)
def test_news_cues(sentence: str, cue: str, written: str) -> None:
    (h,) = hedges(sentence)
    assert (h.cue, h.text) == (cue, written)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kirby said Russia could not ensure that Assad would adhere to the terms.",  # past ability, negated
        "Residents could see smoke rising over the port.",
        "The council will vote in May on the new budget.",  # the month
        "Prime Minister Theresa May met the delegation in London.",  # a name
        "Russia's military might was on display in the parade.",  # a noun
        "I suggest we leave before the curfew.",  # a proposal in the first person
        "He suggested we meet again on Friday.",
        "The suspect was arrested at the border on Friday.",  # a noun, not "suspected"
        "We believe in a free press, the editor wrote.",
        "The rebels claimed responsibility for the attack.",  # claiming is the fact reported
        "The rescue went as fast as possible.",
        "The mayor appeared in court on Tuesday.",
    ],
)
def test_false_hedges(sentence: str) -> None:
    assert hedges(sentence) == []


def test_hedges_inside_direct_quotes_belong_to_the_speaker_and_are_skipped() -> None:
    text = "“I believe this was a war crime and the convoy was probably targeted,” Kirby said.\n"
    assert hedges(text) == []
    # a quote running over paragraphs (no closing mark) is still the speaker's
    text = "“We may have lost the city,” the commander said. “It is likely to fall.\n\n“Nobody knows.”\n"
    assert hedges(text) == []
    assert [h.text for h in hedges("He called it “likely”, but the strike may have missed.")] == ["may have"]


# -- holders -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia claims that the convoy was hit by rebel mortars.",
        "That is what prosecutors alleged in court.",
        "The ministry claimed that the strike hit only military targets.",
    ],
)
def test_claimed_and_alleged_with_a_named_holder_are_attributions(sentence: str) -> None:
    assert hedges(sentence) == []


def test_claimed_by_a_vague_holder_stays_a_hedge() -> None:
    (h,) = hedges("Critics claimed that the convoy was hit by rebel mortars.")
    assert (h.cue, h.holder) == ("claimed", "Critics")


def test_hedges_in_a_question_assert_nothing() -> None:
    assert hedges("Can you imagine the outcry if arson were suspected?") == []


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Police said the man allegedly stole a delivery van.", "Police"),
        ("According to the Syrian Observatory, 40 people were reportedly killed.", "the Syrian Observatory"),
        ("The fighters are thought to be linked to al Qaeda, officials said.", "officials"),
        ("The man is believed by investigators to have fled the country.", "investigators"),
        ("Police believe the driver fell asleep.", "Police"),
        ("Investigators suspect that the fire was started deliberately.", "Investigators"),
        ("The senator could not resist suggesting that the deal was rigged.", "The senator"),
        ("But he went on to suggest that the market is shaping up.", "he"),
        ("Peterson was convicted because jurors believed he had a motive.", "jurors"),
        ("Damon left after the Boston brass flatly refused to believe the offer was real.", "the Boston brass"),
        ("Jeffs heads the Fundamentalist LDS Church, which believes polygamy brings exaltation.",
         "the Fundamentalist LDS Church"),
        ("Amid insistence by administration officials that the truce could still be saved, talks resumed.",
         "administration officials"),
        # the subject set off from its verb by a relative clause or a parenthetical
        ("Harrow Mills, which has out-sold its rivals since 2003, believes that small ferries are the future.",
         "Harrow Mills"),
        ("Selby Yards, by contrast, believes that owners will want larger ships.", "Selby Yards"),
        ("The union, for its part, believes the plant can be saved.", "The union"),
    ],
)  # fmt: skip
def test_attributed_hedges_have_a_holder(sentence: str, holder: str) -> None:
    (h,) = hedges(sentence)
    assert h.holder == holder
    assert h.attributed
    assert h.holder_class is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 250 people were believed to be killed in the city last week.",
        "The attack is believed to have been carried out by Russia, which denies responsibility.",
        "Putin reportedly told aides he would not attend.",  # Putin is reported on, not the reporter
        "The ferry may have been overloaded.",
        "Sources suggest the mayor will not run again.",  # anonymous: nobody is named
    ],
)
def test_unattributed_hedges_have_no_holder(sentence: str) -> None:
    (h,) = hedges(sentence)
    assert h.holder is None
    assert not h.attributed


def test_an_estimated_figure_is_a_hedge_on_the_figure() -> None:
    text = "Roughly 275,000 civilians are trapped in rebel-held parts of Aleppo, including an estimated 100,000 children.\n"
    (h,) = hedges(text)
    assert (h.cue, h.text, h.sense, h.holder) == ("an estimated", "an estimated", "estimate", None)
    assert scope(text, h) == "including an estimated 100,000 children"


# -- scope ---------------------------------------------------------------------------------------


def test_scope_is_the_clause_the_cue_qualifies() -> None:
    text = (
        "More than 250 people were believed to be killed in Aleppo last week, which has been unreachable by aid "
        "convoys. Police said the man allegedly stole a van. Police believe the driver fell asleep. "
        "The man, who allegedly stole a car, was arrested.\n"
    )
    got = [scope(text, h) for h in hedges(text)]
    assert got == [
        "More than 250 people were believed to be killed in Aleppo last week",
        "the man allegedly stole a van",
        "believe the driver fell asleep",
        "allegedly stole a car",
    ]


# -- the lexicon ---------------------------------------------------------------------------------


def test_lexicon_is_compiled_once_and_extendable() -> None:
    assert load_lexicon() is load_lexicon()
    assert {"believed to", "reportedly", "allegedly", "an estimated", "may"} <= set(default_cues())
    text = "The senator is rumoured to be ill. Sources close to the palace say the king is unwell.\n"
    assert [h.cue for h in hedges(text)] == ["rumoured"]
    extended = hedges(text, extra=["sources close to"])
    assert [h.cue for h in extended] == ["rumoured", "sources close to"]
    assert [h.sense for h in extended] == ["report", "custom"]
    assert hedges(text, remove=["rumoured"]) == []


def test_bad_lexicon_options_are_named() -> None:
    with pytest.raises(ValueError, match="'nope'"):
        load_lexicon(remove=["nope"])
    with pytest.raises(ValueError, match=r"'\(unclosed'.*regular expression"):
        load_lexicon(extra=["(unclosed"])


def test_every_shipped_guard_is_a_valid_pattern() -> None:
    # guards are compiled when a cue's match is first checked, not when the lexicon loads
    guards = [(c.name, g) for c in load_lexicon().cues for g in (c.before, c.not_before, c.not_after) if g]
    assert len(guards) >= 20
    for name, guard in guards:
        assert hedges_module._compiled(guard, name).pattern == guard


def test_prefilter_finds_what_a_full_scan_finds() -> None:
    lex = load_lexicon()
    assert lex.prefilter is not None
    text = "It is thought that the IT firm may have, it is said, probably lost data; an estimated 40 staff left."
    full = [(s, e, c.name) for s, e, c in lex.find(text)]
    slow = load_lexicon(extra=[r"\wzz"])  # a cue with no literal start turns the prefilter off
    assert slow.prefilter is None
    assert [(s, e, c.name) for s, e, c in slow.find(text)] == full
    assert [n for *_, n in full] == ["it is thought", "may have", "probably", "an estimated"]


def test_prefilter_reads_the_space_after_a_short_word() -> None:
    # "I think" is looked for only where "i" stands before white space, not at every word starting with "i"
    lex = load_lexicon()
    assert lex.prefilter is not None
    assert lex.prefilter.match("i\tthink") and not lex.prefilter.match("into")
    text = (
        "Inside, I\tthink the inquiry is over; we\nbelieve it\u00a0was reported early, as an\nestimated crowd watched."
    )
    slow = load_lexicon(extra=[r"\wzz"])
    assert [(s, e, c.name) for s, e, c in lex.find(text)] == [(s, e, c.name) for s, e, c in slow.find(text)]
    assert [c.name for *_, c in lex.find(text)] == ["I think", "I think", "it is reported", "an estimated"]


_PIECES = [*"ab Mmay“”\"'.,;\n", "believed to ", "allegedly ", "it is ", "police said ", "could ", "by "]


@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
@settings(max_examples=150, deadline=None)
def test_never_crashes_and_spans_stay_in_bounds(text: str) -> None:
    for s, e, _ in hedges_in(text):
        assert 0 <= s < e <= len(text)
    for h in hedges(text):
        assert h.scope is not None and 0 <= h.scope.start <= h.scope.end <= len(text)


# -- the seeds -----------------------------------------------------------------------------------


@needs_shared(SEEDS)
def test_seed_000_line_5_has_two_unattributed_believed_to() -> None:
    path = SEEDS / "000_c04042c6ce3db92b.txt"
    text = path.read_text(encoding="utf-8")
    line5 = [h for h in hedges(text) if h.span.line == 5]
    assert [(h.text, h.holder) for h in line5] == [("believed to", None), ("believed to", None)]
    assert scope(text, line5[1]).endswith("carried out by Russia")


@needs_shared(SEEDS)
def test_seed_002_line_20_estimated_children_has_no_holder() -> None:
    text = (SEEDS / "002_9200173ddc167a50.txt").read_text(encoding="utf-8")
    (h,) = [h for h in hedges(text) if h.span.line == 20]
    assert (h.text, h.holder) == ("an estimated", None)


@needs_shared(SEEDS)
def test_seeds_report_the_gold_hedge_through_the_cli(tmp_path: object) -> None:
    args = ["--published", "2016-10-03", "--story", "us-russia-syria", "--format", "json"]
    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    done = subprocess.run([sys.executable, "-m", "checker", *args, *paths], capture_output=True, text=True)
    report = json.loads(done.stdout)
    got = {
        (a["path"].rsplit("/", 1)[-1], c["line"], c["text"], c["attributed"])
        for a in report["articles"]
        for c in a["claims"]
        if c["kind"] == "hedge"
    }
    assert ("000_c04042c6ce3db92b.txt", 5, "believed to", False) in got


def test_bare_modals_are_less_certain_hedges() -> None:
    text = "The vote could collapse. The truce may hold. Talks are likely to resume.\n"
    assert [(h.cue, h.confidence) for h in hedges(text)] == [("could", 0.7), ("may", 0.7), ("likely", 1.0)]
    assert hedges("He did whatever he could to help. Smoke could later be seen from the port.\n") == []


def test_block_quote_segments_are_skipped() -> None:
    text = "The statement read:\nThe strike was probably deliberate.\n"
    article = Article(path="t.md", raw=text)
    para = Segment(index=0, text=text[:19], span=article.span(0, 19))
    quote = Segment(index=1, kind="quote", text=text[20:55], span=article.span(20, 55))
    assert find_hedges(article, [para, quote]) == []
    assert [h.text for h in find_hedges(article, [quote.model_copy(update={"kind": "paragraph"})])] == ["probably"]


# -- cues by meaning (issue 15) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue", "sense"),
    [
        ("The chimney is considered the oldest in the county.", "considered", "belief"),
        ("The plan is regarded as a failure by many.", "regarded as", "belief"),
        ("The minister is seen as a likely successor.", "regarded as", "belief"),
        ("Whether the plant reopens depends on the council.", "whether", "open"),
        ("The cause of the fire is still unclear.", "unclear", "open"),
        ("The cause of the fire is not yet known.", "unclear", "open"),
        ("The vote is expected to take place on Tuesday.", "expected to", "forecast"),
        ("The chairman expects to be back at work by spring.", "expects to", "forecast"),
        ("If the levee breaks, the town would flood within hours.", "would", "possibility"),
        ("Some people seemed quite concerned.", "seemed", "appearance"),
        ("The two departments will decide if any changes are needed.", "if (question)", "open"),
        ("Fans wondered how the new lead would cope.", "wondered", "open"),
        ("It is too early to tell what the deal will mean for jobs.", "too early to tell", "open"),
        ("An expert indicated that the plant would move north.", "indicated that", "report"),
        ("The ruling implies that the contract was void.", "implies", "belief"),
        ("The court heard from the alleged victim on Monday.", "the alleged", "allegation"),
        ("The firm is considered a leader in ferry design.", "considered (status)", "evaluation"),
        ("Brandt is considered the top young striker available.", "considered (status)", "evaluation"),
        ("The captain was considered a game-time decision.", "considered (status)", "evaluation"),
        ("The mill is widely seen as the favourite for the grant.", "regarded as (status)", "evaluation"),
        ("That patch was considered Critical as well.", "considered (rating)", "evaluation"),
        ("Everyone speculated that the mayor would resign.", "speculated", "belief"),
    ],
)
def test_cues_by_meaning(sentence: str, cue: str, sense: str) -> None:
    found = [(h.cue, h.sense) for h in hedges(sentence)]
    assert (cue, sense) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The administration said it would not give more aid unless the bondholders would agree.",
        "She was considered for the post but turned it down.",
        "He appeared in court on Monday.",
        "It's hard to believe the next season will be any better.",
        "An off-duty officer who suspected Foley of drink-driving shot him.",
        "LaRue discounted rumors that he was the source.",
        "Mr. LaRue denied suggestions that he was the source.",
        "Papermaster would not comment on rumors that AMD had looked at Calxeda.",
        "Arsonists don't need what would normally be regarded as a motive.",
        "He was among those rumored to be the source.",
        "Felt was one of many people rumored to be the source.",
        "He was one of many figures rumored over the years to be the source.",
        "LaRue once was rumored to be the source.",
        "The source pointed to two videos published last year.",
        "These reports suggest nothing new, the minister said.",
        # a belief discussed, not held: "it was ludicrous to believe that …"
        "His lawyers said it was ludicrous to believe that he ran the gang.",
        "It would be naive to believe the talks will end the strike.",
        # the speculation is what a denial answered
        "Following some speculation that the two firms would split, the chairman denied it.",
        "After speculation that the plant would close, the owners denied any plan.",
    ],
)
def test_cues_by_meaning_leave_facts_alone(sentence: str) -> None:
    assert hedges(sentence) == []


def test_first_person_belief_is_a_cue_with_its_own_entry() -> None:
    (h,) = hedges("I think the council got this one wrong.")
    assert (h.cue, h.sense) == ("I think", "belief")


def test_the_object_of_a_causing_verb_holds_the_belief() -> None:
    (h,) = hedges("The absence of the mayor led many analysts to believe that the plan was dead.")
    assert (h.cue, h.holder) == ("believe", "many analysts")
