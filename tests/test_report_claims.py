"""A claim's entry in the JSON report: its location, the linking stage's ids, then its fields in field order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from checker.api import check
from checker.links import StoryLinks
from checker.models import ClaimBase, HedgeClaim, PersonClaim, QuoteClaim
from checker.report import claim_dict

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rules"


def by_the_contract(claim: ClaimBase, links: StoryLinks | None, path: str) -> dict[str, Any]:
    """The entry as configuration.md describes it, written the slow way: ``model_dump`` and key by key."""
    span = claim.span
    out: dict[str, Any] = {"id": claim.id, "kind": claim.kind, "text": claim.text}
    out.update(line=span.line, column=span.column, end_line=span.end_line, end_column=span.end_column)
    out.update(start=span.start, end=span.end)
    if isinstance(claim, HedgeClaim):
        out["attributed"] = claim.attributed
    if links is not None:
        refs = links.claim_refs(claim, path)
        out.update(refs)
        entity = links.entity(refs.get("entity"))
        if entity is not None and " " in entity.canonical:
            if isinstance(claim, PersonClaim):
                out["canonical"] = entity.canonical
            elif isinstance(claim, QuoteClaim):
                out["speaker"] = entity.canonical
    for key, value in claim.model_dump(mode="json", exclude={"span"}).items():
        if key not in out:
            out[key] = value
    return out


def test_every_claim_of_the_rule_fixtures_is_written_as_the_contract_says() -> None:
    report = check([FIXTURES], no_config=True)
    seen: set[str] = set()
    overridden = 0
    for ar in report.articles:
        for claim in ar.article.claims if ar.article else ():
            got, want = claim_dict(claim, ar.links, ar.path), by_the_contract(claim, ar.links, ar.path)
            assert list(got.items()) == list(want.items()), (ar.path, claim.id)
            seen.add(claim.kind)
            # a field the links decide ("event" of a date, "canonical" of a person) keeps its place and takes their value
            dumped = claim.model_dump(mode="json")
            overridden += any(k in dumped and dumped[k] != v for k, v in got.items() if k not in ("start", "end"))
    assert seen == {"date", "figure", "quote", "attribution", "hedge", "person"}
    assert overridden  # the fixtures have claims whose links override a field: that case is exercised
