"""CC701 outcome-agreement: one event's outcome stated with opposite polarity."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from checker.links import Outcome, StoryLinks
from checker.models import Article, Finding
from checker.registry import RuleOptions, fail, related, rule
from rules._compare import SentenceKeys


def _apart(here: tuple[int, int] | None, there: tuple[int, int] | None, a: Outcome, b: Outcome) -> bool:
    """Whether two outcomes stand in two sentences (when either is outside every segment: on two lines)."""
    return here != there if here and there else a.span.line != b.span.line


class OutcomeAgreementOptions(RuleOptions):
    """Options of CC701."""

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
        if _bare_agrees(named_a, named_b) or _bare_agrees(named_b, named_a):
            return True  # "the ministry" and "the Selvian ministry"
        # names share a word ("Harlow Kites" / "the Kites"); a common noun ("ministry") names nobody
        wa = {w for x in named_a if x.startswith("org:") for w in x[4:].split() if len(w) > 3 and w[:1].isupper()}
        wb = {w for x in named_b if x.startswith("org:") for w in x[4:].split() if len(w) > 3 and w[:1].isupper()}
        return bool(wa & wb)
    bodies_a, bodies_b = set(a.participants) - named_a, set(b.participants) - named_b
    if bodies_a and bodies_b:
        return bool(bodies_a & bodies_b)
    return None


def _bare_agrees(a: set[str], b: set[str]) -> bool:
    """An organisation named only by its noun on one side (``org:ministry``) and one of that noun on
    the other ("Selvian ministry"): the unnamed one may be it."""
    bare = {x[4:] for x in a if x.startswith("org:") and x[4:5].islower()}
    return any(x.startswith("org:") and x.split()[-1].lower() in bare for x in b)


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


def _whose(a: Outcome, b: Outcome, links: StoryLinks) -> str:
    """Whom two statements' outcome is of, for messages: the people both name, else those either names,
    else the body or organisation ("Colm Dorn", "the council"); empty when neither names anyone."""
    people_a = [x for x in a.participants if ":" not in x]
    people_b = [x for x in b.participants if ":" not in x]
    shared = [x for x in people_a if x in people_b]
    names = [e.canonical for x in (shared or people_a or people_b) if (e := links.entity(x)) is not None]
    if names:
        return " and ".join(dict.fromkeys(names))
    orgs = sorted({x[4:] for x in (*a.participants, *b.participants) if x.startswith("org:")}, key=len, reverse=True)
    named = [o for o in orgs if not o.split()[-1].islower()]
    if named:
        return named[0]
    for o in (a, b):
        for x in o.participants:
            if x.startswith("body:"):
                return "the " + x[5:]
    # "the Selvian ministry", "the ministry": an organisation named by its noun
    return "the " + orgs[0] if orgs else ""


def _label(a: Outcome, b: Outcome, links: StoryLinks) -> str:
    """``plea of Colm Dorn (misconduct)``: the class, whose outcome and what it concerns, as far as known."""
    who = _whose(a, b, links)
    what = a.about or b.about
    return a.cls + (f" of {who}" if who else "") + (f" ({what})" if what else "")


@rule("CC701", "outcome-agreement", options=OutcomeAgreementOptions)
def outcome_agreement(
    article: Article, earlier: list[Article], links: StoryLinks, options: OutcomeAgreementOptions
) -> Iterator[Finding]:
    """The same event's outcome is stated with opposite polarity.

    What it checks:
        Outcomes of one event (a plea, a verdict, a vote, a contest, a departure, a confirmation) given
        as their opposite by two articles of a story or within one article: pleaded guilty / pleaded not
        guilty / denied the charge, admitted stealing / denied stealing, approved / rejected, convicted /
        acquitted, won / lost, resigned / was fired, confirmed / denied. An outcome is of the person an
        active verb acts on ("a jury in Belham acquitted former sergeant Colm Dorn", "the club fired
        Dario Fenn": Dorn's and Fenn's, not the jury's or the club's), of a passive's subject ("Dorn was
        convicted"), else of the sentence's subject. Two statements concern one event when their outcome
        class is the same, no dates given with them differ, and they name the same people (one person
        however titled: "former sergeant Colm Dorn" and "Dorn") or bodies or the same object. A
        statement told as a change or an earlier stage ("initially pleaded not guilty", "changed his
        plea") is not compared. The message names the class, whose outcome and what it concerns, and
        where the other statement is.

    Why it matters:
        Reporting the opposite outcome is the gravest error a news story can make; it is corrected
        on the front page, and in a court report it can be defamatory.

    Example:
        "A jury in Belham acquitted former sergeant Colm Dorn of misconduct on Thursday" in one outlet
        and "Colm Dorn was convicted of misconduct on Thursday" in another: "verdict of Colm Dorn
        (misconduct): convicted here, acquitted in belham-echo.md, line 7".

    Instead:
        Check the court record, the vote or the statement, and correct the article that has it wrong.

    Options:
        across-story (default true): also compare with the story's other articles.
        shared-object-words (default 2): words two statements' objects must share to be one event.
    """
    mine = links.outcomes_in(article.path)
    # two statements of one sentence are a change or a contrast ("approved in May and rejected in
    # June"); two sentences of one paragraph may contradict each other
    sentence = SentenceKeys(article)  # looked up for the pairs of opposite outcomes only
    told: set[int] = set()  # "the Stags beat the Kites" is two outcomes at one place: one finding there
    for i, a in enumerate(mine):
        for b in mine[:i]:
            if (
                a.span.start not in told
                and b.positive != a.positive
                and _apart(sentence(a.span.start), sentence(b.span.start), a, b)
                and same_event(a, b, options.shared_object_words)
            ):
                label = _label(a, b, links)
                told.add(a.span.start)
                yield fail(
                    a.span,
                    f"{label}: {_say(a)} here, {_say(b)} on line {b.span.line}",
                    related=[related(article, b.span, f"{label}: {_say(b)} here, {_say(a)} on line {a.span.line}")],
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
        told.clear()
        for a in mine:
            for b in theirs:
                if (
                    a.span.start not in told
                    and b.positive != a.positive
                    and same_event(a, b, options.shared_object_words)
                ):
                    label = _label(a, b, links)
                    told.add(a.span.start)
                    mine_name = article.meta.outlet or article.path
                    yield fail(
                        a.span,
                        f"{label}: {_say(a)} here, {_say(b)} in {name}, line {b.span.line}",
                        related=[
                            related(
                                other, b.span, f"{label}: {_say(b)} here, {_say(a)} in {mine_name}, line {a.span.line}"
                            )
                        ],
                    )
                    break
