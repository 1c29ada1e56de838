"""A retelling told by what the host did inside ("dragged five out of the consulate") is a
background draft linked to the case we have, not a sentence the extractor skips."""

from __future__ import annotations

import datetime as dt

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Extractor

REPORT = ("SEOUL, June 1 (Wire) - Ten North Koreans entered the Canadian embassy in Beijing on "
          "Monday. The case recalled May 2002, when Chinese police dragged five North Koreans "
          "out of the Japanese consulate in Shenyang.")


def test_a_retelling_by_the_hosts_deed_links_to_the_known_case(repository: Repository) -> None:
    extractor = Extractor.from_repository(repository)
    drafts = extractor.extract(REPORT, dateline=dt.date(2004, 6, 1)).drafts
    roles = {(d.role, d.existing_id) for d in drafts}
    assert ("background", "2002-05-08-shenyang-japan-consulate") in roles
    (today,) = [d for d in drafts if d.role == "main"]
    assert today.get("sending_state") == "CA" and today.get("city") == "Beijing"
