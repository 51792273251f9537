# ruff: noqa: E501 -- a temporary table of URLs, dropped when the states branch is merged
"""TEMPORARY stand-in for advising/state_licensure.py (helper H1d, branch `states`), for the engine's tests only.

Same interface: state_level(catalog, state, level) -> Optional[StateLevel]. The figures are a few rows of
/work/shared/research/state-licensure.md (quick matrix, its public URLs and marks). Drop this file once the
`states` branch is merged: the engine imports advising.state_licensure first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from knowledge.catalog import Catalog, Citation
from knowledge.schema import US_STATES

AS_OF = date(2026, 11, 30)


@dataclass(frozen=True)
class StateLevel:
    state: str
    state_name: str
    level: str  # bachelor | master | clinical
    title: Optional[str]
    offered: bool
    voluntary: bool
    degree: Optional[str]
    exam: Optional[str]
    supervised_months: Optional[float]
    supervised_hours: Optional[int]
    note: Optional[str]
    citation: Citation
    board: Optional[str]


# state -> level -> (title or None when not offered, supervised months, hours, mark, url, voluntary)
_ROWS = {
    "CA": {
        "bachelor": (None, None, None, "S", "http://www.sacredheart.edu/majors--programs/social-work---msw/social-work-licensure--disclosure-information", False),
        "master": (None, None, None, "S", "https://www.socialworkerlicense.com/guide/california-social-worker-license", False),
        "clinical": ("LCSW", 24, 3000, "U", "https://www.tlatherapy.com/blog/lcsw-supervision-rules-california", False),
    },
    "TX": {
        "bachelor": ("LBSW", 0, None, "C", "https://bhec.texas.gov/texas-state-board-of-social-worker-examiners/applying-for-a-social-work-license/how-to-become-an-lbsw/", False),
        "master": ("LMSW", 0, None, "S", "https://sites.google.com/view/saregionalabsw/resources/lcsw-resources", False),
        "clinical": ("LCSW", 24, 3000, "C", "https://www.bhec.texas.gov", False),
    },
    "FL": {
        "bachelor": (None, None, None, "S", "https://www.mswguide.org/social-work-licensure-in-florida/", False),
        "master": ("CMSW", 0, None, "C", "https://floridasmentalhealthprofessions.gov/certified-master-social-worker", False),
        "clinical": ("LCSW", 24, None, "C", "http://floridasmentalhealthprofessions.gov/licensing/licensed-clinical-social-worker/", False),
    },
    "NY": {
        "bachelor": (None, None, None, "S", "https://www.mswguide.org/social-work-licensure-in-new-york-state/", False),
        "master": ("LMSW", 0, None, "S", "https://www.albany.edu/ssw/60599.php", False),
        "clinical": ("LCSW", 36, None, "C", "https://op.nysed.gov/professions/licensed-clinical-social-worker/license-requirements", False),
    },
    "PA": {
        "bachelor": ("LBSW", 0, None, "C", "https://www.pa.gov/agencies/dos/resources/professional-licensing-resources/licensure-processing-guides-and-timelines/social-workers-guide.html", False),
        "master": ("LSW", 0, None, "C", "https://www.pa.gov/agencies/dos/resources/professional-licensing-resources/licensure-processing-guides-and-timelines/social-workers-guide.html", False),
    },
    "IL": {
        "bachelor": ("LSW", 36, None, "C", "https://www.ilga.gov/legislation/ilcs/documents/022500200K9A.htm", False),
        "master": ("LSW", 0, None, "C", "https://www.ilga.gov/legislation/ilcs/documents/022500200K9A.htm", False),
    },
    "OH": {
        "bachelor": ("LSW", 0, None, "S", "https://u.osu.edu/mswadmit/licensure-information/", False),
        "master": ("LSW", 0, None, "S", "https://onlinemsw.fsu.edu/blog/ohio-lisw-requirements", False),
        "clinical": ("LISW", 24, 3000, "C", "http://cswmft.ohio.gov/SocialWorkers/LicensedIndependentSocialWorker/LISWa.aspx", False),
    },
    "NC": {
        "bachelor": ("CSW", 0, None, "S", "http://www.naswnc.org/?124", True),
        "master": ("CMSW", 0, None, "S", "http://www.naswnc.org/?124", True),
        "clinical": ("LCSW", 24, 3000, "C", "https://ncswboard.org/page/applications-faqs.html", False),
    },
    "MA": {
        "bachelor": ("LSW", 0, None, "S", "https://aswborg.atlassian.net/wiki/spaces/ITDEV/pages/2201026561/Massachusetts+Application+Overview", False),
        "master": ("LCSW (Licensed Certified Social Worker)", 0, None, "S", "https://aswborg.atlassian.net/wiki/spaces/ITDEV/pages/2201026561/Massachusetts+Application+Overview", False),
        "clinical": ("LICSW", 24, 3500, "S", "https://aswborg.atlassian.net/wiki/spaces/ITDEV/pages/2201026561/Massachusetts+Application+Overview", False),
    },
    "GA": {
        "bachelor": (None, None, None, "S", "https://socialworklicensure.org/state/social-work-licensure-georgia/", False),
    },
    "WA": {
        "bachelor": (None, None, None, "S", "https://nasw-wa.org/licensure/licensure-faqs/", False),
    },
}  # fmt: skip


def state_level(catalog: Catalog, state: Optional[str], level: str) -> Optional[StateLevel]:
    row = _ROWS.get(state or "", {}).get(level)
    if row is None:
        return None
    title, months, hours, mark, url, voluntary = row
    name = US_STATES[state]
    citation = Citation(f"state.{state}.{level}", f"{name} social work licensure ({level} level)", url, mark, AS_OF)
    return StateLevel(
        state, name, level, title, title is not None, voluntary, None, None, months, hours, None, citation, None
    )
