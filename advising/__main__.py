"""Command-line demo of the advising engine.

python -m advising                                   # asks only the questions that matter, then advises
python -m advising --profile '{"education_level": "bachelor", "degree_field": "nursing", "licenses": ["RN"]}'
python -m advising --profile '...' --json            # the engine's whole answer as JSON
python -m advising --profiles evaluation/quality/advice/profiles.yml   # every profile's plan, checked against it
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, Optional

import yaml

from advising.engine import Advice, advise
from advising.profile import Profile, ProfileError
from knowledge.catalog import Catalog, load_catalog
from knowledge.db import Database
from knowledge.schema import CASE_MANAGEMENT_SETTINGS, DEGREE_FIELDS, EDUCATION_LEVELS
from language.durations import parse_months

QUESTIONS = {
    "education_level": f"Highest education ({', '.join(EDUCATION_LEVELS)})",
    "degree_field": f"Field of that degree ({', '.join(DEGREE_FIELDS)})",
    "licenses": "Licences or certifications you hold (e.g. RN, LPN, LSW, LCSW; blank for none)",
    "interests": "Who or what you would like to work with (e.g. hospitals, homelessness, disabilities)",
    "case_management_months": "How long have you worked in case management? (e.g. 18 months, two years, 0)",
    "healthcare_months": "How long have you been employed by a hospital or health system? (e.g. 3 years, 0)",
    "supervised_by_ccm": "Was your case-management work supervised by a CCM? (yes/no)",
    "supervisor_months": "How long have you supervised case managers? (e.g. 1 year, 0)",
    "field_experience": "Did your degree include a supervised placement or practicum in case management, health or "
    "behavioral health? (yes/no)",
    "clinical_supervision_months": "How long have you practised clinical social work under supervision since your MSW?",
    "case_management_setting": f"Where did you do case management? ({', '.join(CASE_MANAGEMENT_SETTINGS)})",
    "case_management_full_time": "Was that case-management work full-time? (yes/no)",
    "state": "Which US state do you work in? (e.g. OH or Ohio)",
}


def parse_answer(name: str, text: str):
    text = text.strip()
    if name in ("licenses", "interests"):
        return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    if name.endswith("_months"):
        if text in ("0", "none", "no", "never"):
            return 0
        months = parse_months(text)
        if months is None:
            raise ProfileError(f"I could not read a length of time in {text!r}; try '18 months' or 'two years'")
        return months
    if name in ("supervised_by_ccm", "field_experience", "case_management_full_time"):
        if text.lower() in ("y", "yes", "true"):
            return True
        if text.lower() in ("n", "no", "false"):
            return False
        raise ProfileError("please answer yes or no")
    return text


def interview(catalog: Catalog, ask: Callable[[str], str] = input, say: Callable[[str], None] = print) -> Profile:
    """Ask the engine's open questions one by one until none is left (a blank answer skips a question)."""
    answers: dict = {}
    skipped: set = set()
    while True:
        profile = Profile.from_dict(answers, catalog)
        pending = [q for q in advise(profile, catalog).open_questions if q not in skipped]
        if not pending:
            return profile
        name = pending[0]
        text = ask(QUESTIONS[name] + ": ")
        if not text.strip() and name != "licenses":
            skipped.add(name)
            continue
        try:
            answers[name] = parse_answer(name, text)
            Profile.from_dict(answers, catalog)
        except ProfileError as error:
            answers.pop(name, None)
            say(f"  Sorry: {error}")


def render(advice: Advice, catalog: Catalog) -> str:
    top = advice.ranking[0]
    spec = catalog.specialization(advice.recommended)
    lines = [f"Recommended: {spec.name}. {spec.summary}"]
    if top.reasons:
        lines.append("Why: " + "; ".join(r.text for r in top.reasons) + ".")
    lines.append("")
    for number, step in enumerate(advice.steps, 1):
        lines.append(f"{number}. [{step.progress}] {step.title}")
        lines.append(f"   {step.detail}")
        lines.append("   Sources: " + "; ".join(f"{c.title} ({c.confidence}, as of {c.as_of})" for c in step.sources))
    if advice.alternatives:
        lines.append("")
        lines.append(
            "Alternatives: "
            + "; ".join(f"{a.credential} ({a.status}, {a.months_words or 'time unknown'})" for a in advice.alternatives)
        )
    return "\n".join(lines)


def review_profiles(path: str, catalog: Catalog) -> str:
    """Each profile of a file (evaluation/quality/advice/profiles.yml format): who, the plan, and any disagreement."""
    from advising.profiles_check import advice_for, check

    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    entries = data.get("profiles") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError("expected a mapping with a `profiles` list (see evaluation/quality/advice/profiles.yml)")
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("profile"), dict):
            out.append(f"=== skipped an entry without a `profile` mapping: {str(entry)[:80]}")
            continue
        out.append(f"=== {entry.get('id')}: {' '.join(str(entry.get('who', '')).split())}")
        try:
            advice = advice_for(entry, catalog)
        except ProfileError as error:
            out.append(f"  profile error: {error}")
            continue
        for item in advice.plan:
            out.append(f"  {item.credential}: {item.status}" + (f", {item.months_words}" if item.months_words else ""))
        out.append(render(advice, catalog))
        if entry.get("expect"):
            problems = check(entry, catalog)
            out.append("  Expected outcomes: " + ("all met" if not problems else "; ".join(problems)))
        out.append("")
    return "\n".join(out)


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profile", help="the profile as JSON; without it, an interview")
    parser.add_argument("--specialization", help="plan for this specialization instead of the top-ranked one")
    parser.add_argument("--json", action="store_true", help="print the engine's answer as JSON")
    parser.add_argument("--profiles", help="a YAML file of profiles (evaluation/quality/advice/profiles.yml format)")
    args = parser.parse_args(argv)
    database = Database()
    try:
        catalog = load_catalog(database)
    except Exception as error:  # noqa: BLE001 - a missing or unbuilt database: say how to fix it
        print(
            f"advising: cannot read the knowledge base at {database.url} ({error.__class__.__name__}); "
            "build it with: python -m knowledge.build",
            file=sys.stderr,
        )
        return 2
    finally:
        database.dispose()
    if args.profiles:
        try:
            print(review_profiles(args.profiles, catalog))
        except (OSError, ValueError, yaml.YAMLError) as error:
            print(f"advising: cannot read {args.profiles}: {error}", file=sys.stderr)
            return 1
        return 0
    try:
        if args.profile:
            profile = Profile.from_dict(json.loads(args.profile), catalog)
        else:
            profile = interview(catalog)
        if args.specialization and args.specialization not in {s.code for s in catalog.specializations}:
            raise ProfileError(f"unknown specialization {args.specialization!r}")
    except (ProfileError, json.JSONDecodeError) as error:
        print(f"advising: {error}", file=sys.stderr)
        return 1
    except (EOFError, KeyboardInterrupt):
        print()
        return 0
    advice = advise(profile, catalog, args.specialization)
    print(json.dumps(advice.to_dict(), indent=2) if args.json else render(advice, catalog))
    return 0


if __name__ == "__main__":
    sys.exit(main())
