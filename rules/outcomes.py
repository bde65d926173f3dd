"""CC701 outcome-agreement: one event's outcome stated with opposite polarity."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from checker.links import Outcome, StoryLinks
from checker.models import Article, Finding
from checker.registry import fail, related, rule
from rules._compare import sentence_key


class OutcomeAgreementOptions(BaseModel):
    """Options of CC701."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)

    #: compare outcomes across the articles of a story
    across_story: bool = True
    #: words two statements' objects must share to concern one event ("running … money transfer business")
    shared_object_words: int = Field(2, ge=1)


def _participants_agree(a: Outcome, b: Outcome) -> bool | None:
    """True when both name who the outcome is of and one is shared, False when both name different
    ones, None when either names nobody ("a Fenby man"). Names decide first; a body named only by its
    noun ("the council", ``body:council``) agrees with a body of that noun when either has no name."""
    people_a = {x for x in a.participants if ":" not in x}
    people_b = {x for x in b.participants if ":" not in x}
    if people_a and people_b:
        return bool(people_a & people_b)  # entity ids: "Tobin Ashgrove" and his brother "Ivo Ashgrove" differ
    named_a = {x for x in a.participants if not x.startswith("body:")}
    named_b = {x for x in b.participants if not x.startswith("body:")}
    if named_a and named_b:
        if named_a & named_b:
            return True
        wa = {w for x in named_a if x.startswith("org:") for w in x[4:].split() if len(w) > 3}
        wb = {w for x in named_b if x.startswith("org:") for w in x[4:].split() if len(w) > 3}
        return bool(wa & wb)
    bodies_a, bodies_b = set(a.participants) - named_a, set(b.participants) - named_b
    if bodies_a and bodies_b:
        return bool(bodies_a & bodies_b)
    return None


def same_event(a: Outcome, b: Outcome, shared: int) -> bool:
    """Two outcome statements of one event: same class, no differing date, who and what agree."""
    if a.cls != b.cls or (a.date and b.date and a.date != b.date):
        return False
    who = _participants_agree(a, b)
    if who is False:
        return False
    if who is True and a.date and len(a.date) == 10 and a.date == b.date and not (a.object and b.object):
        return True  # "Ashgrove pleaded guilty on Wednesday to …" and "Ashgrove, who pleaded not guilty on Wednesday"
    common = set(a.object) & set(b.object)
    # what the outcome is about must be shared: wholly ("approved the plan"), or by enough words when
    # nobody is named on one side ("a Fenby man pleaded not guilty to running … business")
    need = shared if who else shared + 1
    return (
        bool(a.object and b.object)
        and len(common) >= min(need, len(a.object), len(b.object), 3)
        and (who is True or len(common) >= need)
    )


def _say(o: Outcome) -> str:
    return " ".join(o.text.split())


@rule("CC701", "outcome-agreement", options=OutcomeAgreementOptions)
def outcome_agreement(
    article: Article, earlier: list[Article], links: StoryLinks, options: OutcomeAgreementOptions
) -> Iterator[Finding]:
    """The same event's outcome is stated with opposite polarity.

    What it checks:
        Outcomes of one event (a plea, a verdict, a vote, a contest, a departure, a confirmation) given
        as their opposite by two articles of a story or within one article: pleaded guilty / pleaded not
        guilty, approved / rejected, convicted / acquitted, won / lost, resigned / was fired, confirmed /
        denied. Two statements concern one event when their outcome class is the same, no dates given
        with them differ, and they name the same people or bodies or the same object. A statement told
        as a change or an earlier stage ("initially pleaded not guilty", "changed his plea") is not compared.

    Why it matters:
        Reporting the opposite outcome is the gravest error a news story can make; it is corrected
        on the front page, and in a court report it can be defamatory.

    Example:
        "A Fenby man pleaded not guilty on Thursday to running an unlicensed money transfer business"
        in one outlet and "Anton Reyes, 52, of Fenby pleaded guilty on Thursday to running an unlicensed
        money transfer business" in another.

    Instead:
        Check the court record, the vote or the statement, and correct the article that has it wrong.

    Options:
        across-story (default true): also compare with the story's other articles.
        shared-object-words (default 2): words two statements' objects must share to be one event.
    """
    mine = links.outcomes_in(article.path)
    # two statements of one sentence are a change or a contrast ("approved in May and rejected in
    # June"); two sentences of one paragraph may contradict each other
    where = [sentence_key(article, o.span.start) for o in mine]
    for i, a in enumerate(mine):
        for k, b in enumerate(mine[:i]):
            if (
                b.positive != a.positive
                and (where[k] != where[i] if where[k] and where[i] else a.span.line != b.span.line)
                and same_event(a, b, options.shared_object_words)
            ):
                yield fail(
                    a.span,
                    f"{a.cls}: {_say(a)} here, {_say(b)} on line {b.span.line}",
                    related=[related(article, b.span, f"{a.cls}: {_say(b)}")],
                )
                break
    if not options.across_story or not mine:
        return
    stated = links.outcomes_by_article()
    for other in earlier:
        theirs = stated.get(other.path)
        if not theirs:
            continue  # issue 16: most of a big story's articles state no outcome
        name = other.meta.outlet or other.path
        for a in mine:
            for b in theirs:
                if b.positive != a.positive and same_event(a, b, options.shared_object_words):
                    yield fail(
                        a.span,
                        f"{a.cls}: {_say(a)} here, {_say(b)} in {name}",
                        related=[related(other, b.span, f"{a.cls}: {_say(b)} in {name}")],
                    )
                    break
