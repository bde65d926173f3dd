"""Attribution claims: source phrases and their class, cue verbs, and the span each attribution covers."""

from __future__ import annotations

import pytest
from conftest import SEEDS, needs_shared
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extractors.attributions import attributions_in, covers, find_attributions
from checker.models import Article, AttributionClaim
from checker.segmenter import claimcheck_segment


def claims(text: str) -> list[AttributionClaim]:
    article = Article(path="t.txt", raw=text)
    segments = [s for s in claimcheck_segment(article, None) if s.kind != "furniture"]  # type: ignore[arg-type]
    found = find_attributions(article, segments)
    for a in found:
        assert article.raw[a.span.start : a.span.end] == a.text
    return found


@pytest.mark.parametrize(
    ("sentence", "source", "cls"),
    [
        ("Hundreds were killed last week, according to international aid groups.", "international aid groups", "vague"),
        ("The toll rose to 40, according to the United Nations.", "the United Nations", "organisation"),
        ("He was paid twice, according to court documents.", "court documents", "document"),
        ("The plant will close, Police Chief Maria Gomez said in a statement.", "Police Chief Maria Gomez", "person"),
        ("The road is closed, officials said.", "officials", "vague"),
        ("Two ministers will resign, sources said.", "sources", "vague"),
        ("U.S. officials said the strike hit a convoy.", "U.S. officials", "vague"),
        ("Court filings show the firm owed $2 million.", "Court filings", "document"),
        ("A report by Amnesty International found abuses in three prisons.", "Amnesty International", "organisation"),
        ("The ministry confirmed the deaths on Friday.", "The ministry", "organisation"),
        ("Human Rights Watch stated that the camp was shelled.", "Human Rights Watch", "organisation"),
        ("Governor Tom Reyes told reporters the budget was balanced.", "Governor Tom Reyes", "person"),
        ("The company announced 300 job cuts.", "The company", "organisation"),
        ("Sources close to the talks said a deal was near.", "Sources close to the talks", "vague"),
        ("Investigators believe the fire was set.", "Investigators", "vague"),
        ("Kirby said the talks had ended.", "Kirby", "person"),
        ("The spokesman said the talks had ended.", "The spokesman", "person"),
        ("A spokesman said the talks had ended.", "A spokesman", "vague"),
        ("She said the talks had ended.", "She", "person"),
        # perfect tenses: the auxiliary is not part of the source
        ("A quake has shaken Varna province, officials have said.", "officials", "vague"),
        ("The Harrow council has confirmed the closures.", "The Harrow council", "organisation"),
        ("The Selby water board had said the pipes were sound.", "The Selby water board", "organisation"),
        # present "claim" as a verb with a clause after it
        ("Police claim that residents of the block were moved.", "Police", "vague"),
        ("The dockers claim the cranes were never inspected.", "The dockers", "organisation"),
        ("Marta Kovac claim that the vote was rigged.", "Marta Kovac", "person"),
        # two coordinated sources of one statement
        (
            "Six were hurt, hospital officials and a surviving guard said.",
            "hospital officials and a surviving guard",
            "vague",
        ),
        ("Police and witnesses said the van sped off.", "Police and witnesses", "vague"),
        ("The mill burned, and police and medics said six died.", "police and medics", "vague"),
        ("He saw doctors and a nurse said hello.", "a nurse", "vague"),  # a pronoun's object is not a source
    ],
)
def test_source_and_class(sentence: str, source: str, cls: str) -> None:
    found = attributions_in(sentence)
    assert [(src, c) for _, _, src, c in found] == [(source, cls)]
    start, end, src, _ = found[0]
    assert src in sentence[start:end]


def test_inverted_cue_after_a_quote() -> None:
    [(start, end, src, cls)] = attributions_in("“We are ready,” said Kirby.")
    assert (src, cls) == ("Kirby", "person")
    assert "“We are ready,” said Kirby."[start:end] == "said Kirby"


def test_inverted_cue_with_an_abbreviated_title() -> None:
    [(_, _, src, cls)] = attributions_in("“They struck twice,” said Col. Ana Ruiz.")
    assert (src, cls) == ("Col. Ana Ruiz", "person")


@pytest.mark.parametrize(
    ("sentence", "text", "source"),
    [
        ("The owner, Margaret Harlow, said the firm would rebuild.", "Margaret Harlow, said", "Margaret Harlow"),
        ("Maria Lopez, a neighbour, said she heard shots.", "Maria Lopez, a neighbour, said", "Maria Lopez"),
        (
            "Local fisherman Joe Baptiste, 62, said his boat was lost.",
            "Local fisherman Joe Baptiste, 62, said",
            "Local fisherman Joe Baptiste",
        ),
        ("In the town a neighbour said she heard shots.", "a neighbour said", "a neighbour"),
        # the person named before a description, an age or a participle clause set off by commas
        (
            "Hester Quill, the ferry line's owner, said fares would rise.",
            "Hester Quill, the ferry line's owner, said",
            "Hester Quill",
        ),
        ("Quill, 58, told the council the fares would rise.", "Quill, 58, told", "Quill"),
        (
            "Tobias Renn, speaking at the depot, added that the line would close.",
            "Tobias Renn, speaking at the depot, added",
            "Tobias Renn",
        ),
        ("On Monday the minister said it was over.", "the minister said", "the minister"),
        ("Mr. Baptiste said he would rebuild.", "Mr. Baptiste said", "Mr. Baptiste"),
        ("It will add 44,000 jobs at 300 suppliers in 40 states, Boeing said.", "Boeing said", "Boeing"),
        (
            "On March 31, 2009 the carmaker General Motors announced a loss.",
            "the carmaker General Motors announced",
            "the carmaker General Motors",
        ),
        ("Asked about the bailout he said it was needed.", "he said", "he"),
        ("General Motors (GM) announced a loss.", "General Motors (GM) announced", "General Motors (GM)"),
        ("The carmaker merely said it would wait.", "The carmaker merely said", "The carmaker"),
        (
            "Sales fell, according to analyst Dana Ruiz, who expects more.",
            "according to analyst Dana Ruiz",
            "analyst Dana Ruiz",
        ),
        ("Sales fell, according to analyst Dana Ruiz believes.", "according to analyst Dana Ruiz", "analyst Dana Ruiz"),
    ],
)
def test_subject_phrase_boundaries(sentence: str, text: str, source: str) -> None:
    [(start, end, src, _)] = attributions_in(sentence)
    assert (sentence[start:end], src) == (text, source)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a description before the cue with no person named before it stays the source
        ("The plan, the mayor said, was sound.", "the mayor"),
        ("The council, the mayor said, will vote again.", "the mayor"),
        # a plural or a body before a participle clause is not taken for a person
        ("Officials, speaking on condition of anonymity, said the line was late.", None),
    ],
)
def test_no_person_is_made_up_from_what_stands_before_a_description(sentence: str, source: str | None) -> None:
    found = [src for _, _, src, _ in attributions_in(sentence)]
    assert found == ([source] if source else [])


def test_a_clause_after_an_inverted_cue_is_not_a_source() -> None:
    sources = [src for _, _, src, _ in attributions_in("Its owner, Margaret Harlow, said the firm would rebuild.")]
    assert sources == ["Margaret Harlow"]
    [(_, _, src, cls)] = attributions_in("“We will rebuild,” said the firm.")
    assert (src, cls) == ("the firm", "organisation")


def test_cue_verbs_inside_a_quotation_are_not_attributions() -> None:
    found = attributions_in("“He told me to leave and officials said nothing,” Meyer said.")
    assert [src for _, _, src, _ in found] == ["Meyer"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Roughly 275,000 civilians are trapped, including an estimated 100,000 children.",
        "It said nothing about the convoy.",
        "The law, which says nothing about drones, passed in 2014.",
        "He didn't say when the plant would close.",
        "Cramer went on a tirade on a business channel, saying “sell everything.”",
        "The union released a statement. Having reported losses, it cut jobs.",
        # "claim" the noun is no attribution
        "The insurance claim that was filed in May was refused.",
        "Harrow Mills rejected the claim that it dumped waste.",
        "The union's claim that the mill was unsafe went unanswered.",
        "He filed a claim that the firm refused.",
        "The report, which has said little, was shelved.",
    ],
)
def test_no_attribution(sentence: str) -> None:
    assert attributions_in(sentence) == []


def test_holder_for_a_hedge_in_the_same_sentence() -> None:
    sentence = "Police said the man allegedly fired twice."
    [(start, end, src, cls)] = attributions_in(sentence)
    assert (sentence[start:end], src, cls) == ("Police said", "Police", "vague")


def test_scope_is_the_sentence() -> None:
    text = "The bridge opened in May. Two people were hurt in the crash on Friday, police said. It rained.\n"
    [a] = claims(text)
    assert a.scope is not None
    assert text[a.scope.start : a.scope.end].strip() == "Two people were hurt in the crash on Friday, police said."
    assert a.cue == "said"
    hurt = text.index("Two people")
    assert a.scope.start <= hurt < a.scope.end
    assert not a.scope.start <= text.index("The bridge") < a.scope.end


def test_scope_of_a_split_quote_takes_in_both_parts() -> None:
    text = "“We are done,” Kirby said. “The talks are over.” Aid convoys were halted on Monday.\n"
    [a] = claims(text)
    assert a.scope is not None
    assert text[a.scope.start : a.scope.end].strip() == "“We are done,” Kirby said. “The talks are over.”"


def test_scope_covers_a_claim_span() -> None:
    text = "Two people were hurt, police said.\n\nNobody else was.\n"
    [a] = claims(text)
    article = Article(path="t.txt", raw=text)
    assert covers(a.scope, article.span(0, 10))
    assert not covers(a.scope, article.span(text.index("Nobody"), len(text) - 1))


@needs_shared(SEEDS / "gold.yaml")
def test_seed_attribution_according_to_aid_groups() -> None:
    found = claims((SEEDS / "002_9200173ddc167a50.txt").read_text(encoding="utf-8"))
    on_20 = [a for a in found if a.span.line == 20]
    assert [(a.text, a.source_class) for a in on_20] == [("according to international aid groups", "vague")]
    statement = [a for a in found if a.span.line == 10]
    assert [(a.source, a.source_class) for a in statement] == [("spokesman John Kirby", "person")]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab Kirby said according to“”",.Police officials')), max_size=200))
def test_any_text_gives_spans_in_bounds(text: str) -> None:
    for start, end, src, cls in attributions_in(text):
        assert 0 <= start <= end <= len(text)
        assert cls in ("person", "organisation", "document", "vague")
        assert src
