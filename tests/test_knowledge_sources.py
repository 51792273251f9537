"""The knowledge source files are checked before anything is built.

Each test copies knowledge/sources into a temporary folder, breaks ONE thing, and checks that
knowledge.loader.load raises KnowledgeError with a message that names the file, the entry and the problem,
so that an advisor editing the YAML can find and fix it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from knowledge import schema
from knowledge.loader import KnowledgeError, load
from knowledge.paths import ROOT
from tests.commands import run_module

SOURCES = ROOT / "knowledge" / "sources"
YAML_FILES = ["sources.yml", *schema.FILES]


# ---------------------------------------------------------------------------------------------- helpers


class SnippetNotFound(LookupError):
    """The text a test means to break is not in the sources (any more): the test is out of date.

    A distinct exception so that it can never count as the expected failure of an xfail test below.
    """


def copy_sources(tmp_path: Path) -> Path:
    directory = tmp_path / "sources"
    shutil.copytree(SOURCES, directory, copy_function=shutil.copyfile)  # copyfile: the copies are writable
    return directory


def broken_sources(tmp_path: Path, file_name: str, old: str, new: str) -> Path:
    """A copy of the sources in which the one occurrence of `old` in `file_name` is replaced by `new`."""
    directory = copy_sources(tmp_path)
    path = directory / file_name
    text = path.read_text(encoding="utf-8")
    if text.count(old) != 1:
        raise SnippetNotFound(f"the snippet to break occurs {text.count(old)} times in {file_name}, not once: {old!r}")
    path.write_text(text.replace(old, new), encoding="utf-8")
    return directory


def line_of(file_name: str, snippet: str) -> int:
    """The 1-based line of the real source file on which `snippet` starts."""
    text = (SOURCES / file_name).read_text(encoding="utf-8")
    return text[: text.index(snippet)].count("\n") + 1


def rejection(directory: Path, file_name: str, *words: str) -> str:
    """load(directory) must fail with a message that starts with the file name and contains every word."""
    with pytest.raises(KnowledgeError) as caught:
        load(directory)
    message = str(caught.value)
    assert message.startswith(f"{file_name}: "), message
    for word in words:
        assert word in message, f"{word!r} is not in the message {message!r}"
    return message


def check_cli(directory: Path) -> subprocess.CompletedProcess:
    return run_module("knowledge.build", "--check", "--sources", str(directory), timeout=300)


def case(file_name, old, new, *words, id):
    return pytest.param(file_name, old, new, words, id=id)


# ---------------------------------------------------------------------------------------------- the real files


def test_real_sources_load():
    k = load(SOURCES)
    assert [s.code for s in k.specializations] == list(schema.SPECIALIZATIONS)
    assert "CCM" in {c.code for c in k.credentials}
    for key in ("interests", "degrees", "organizations", "credentials", "topics", "skills", "salary_ranges"):
        assert getattr(k, key), f"no {key} loaded"
    assert "Key Certifications" in k.guide_text


def test_default_folder_is_the_real_sources():
    assert [s.code for s in load().specializations] == [s.code for s in load(SOURCES).specializations]


def test_an_intact_copy_loads(tmp_path):
    assert len(load(copy_sources(tmp_path)).specializations) == 4


# ---------------------------------------------------------------------------------------------- YAML and files


@pytest.mark.parametrize(
    "file_name, old, new",
    [
        pytest.param(
            "credentials.yml",
            "licenses_any: [RN, LCSW, LMSW, LPC, CRC, CDMS]",
            "licenses_any: [RN, LCSW, LMSW, LPC, CRC, CDMS",
            id="unclosed-bracket",
        ),
        pytest.param(
            "degrees.yml",
            "    level: bachelor\n    field: human_services",
            "   level: bachelor\n    field: human_services",
            id="bad-indentation",
        ),
        pytest.param("skills.yml", "  - code: crisis_management", "\t- code: crisis_management", id="tab"),
    ],
)
def test_invalid_yaml_names_the_file_and_line(tmp_path, file_name, old, new):
    directory = broken_sources(tmp_path, file_name, old, new)
    rejection(directory, file_name, "not valid YAML", f"line {line_of(file_name, old)}")


@pytest.mark.parametrize("file_name", YAML_FILES)
def test_missing_file(tmp_path, file_name):
    directory = copy_sources(tmp_path)
    (directory / file_name).unlink()
    rejection(directory, file_name, "not found")


def test_missing_guide(tmp_path):
    directory = copy_sources(tmp_path)
    (directory / "guide.txt").unlink()
    rejection(directory, "sources.yml", "guide file", "guide.txt", "not found")


def test_empty_file(tmp_path):
    directory = copy_sources(tmp_path)
    (directory / "topics.yml").write_text("# nothing yet\n", encoding="utf-8")
    rejection(directory, "topics.yml", "expected a mapping")


def test_misspelt_top_level_key(tmp_path):
    directory = broken_sources(tmp_path, "skills.yml", "\nskills:\n", "\nskill:\n")
    rejection(directory, "skills.yml", "`skills`", "must be a list")


# ---------------------------------------------------------------------------------------------- cross-references


@pytest.mark.parametrize(
    "file_name, old, new, words",
    [
        case(
            "specializations.yml",
            "source: bls.rehab_counselors",
            "source: bls.rehab_counsellors",
            "'vocational_rehabilitation', fact 6",
            "unknown source 'bls.rehab_counsellors'",
            id="fact-source",
        ),
        case(
            "topics.yml",
            "{aspect: salary, source: bls.rn,",
            "{aspect: salary, source: bls.nurses,",
            "topics entry 'salary'",
            "unknown source 'bls.nurses'",
            id="topic-fact-source",
        ),
        case(
            "organizations.yml",
            "american nurses credentialing center], source: testscorehelp.cmgt}",
            "american nurses credentialing center], source: testscorehelp.cmg}",
            "organizations entry 'ANCC'",
            "unknown source 'testscorehelp.cmg'",
            id="organization-source",
        ),
        case(
            "credentials.yml",
            "licenses_any: [RN, LCSW, LMSW, LPC, CRC, CDMS]",
            "licenses_any: [RNN, LCSW, LMSW, LPC, CRC, CDMS]",
            "credentials entry 'CCM'",
            "route 'ccm.licence'",
            "unknown credential 'RNN'",
            id="route-licence",
        ),
        case(
            "credentials.yml",
            "{code: LPN, source: ccm_study_guide.lpn,",
            "{code: LVN, source: ccm_study_guide.lpn,",
            "credentials entry 'CCM'",
            "route 'ccm.licence'",
            "unknown credential 'LVN'",
            id="not-accepted-licence",
        ),
        case(
            "credentials.yml",
            "supervised_by: CCM, full_time: true}",
            "supervised_by: CMM}",
            "credentials entry 'CCM'",
            "route 'ccm.12_months_ccm_supervised'",
            "unknown credential 'CMM'",
            id="experience-supervisor",
        ),
        case(
            "credentials.yml",
            "issuer: CRCC",
            "issuer: CRCCC",
            "credentials entry 'CRC'",
            "unknown organization 'CRCCC'",
            id="issuer",
        ),
        case(
            "specializations.yml",
            "credentials: [CRC, CCM, CDMS]",
            "credentials: [CRC, CCMM, CDMS]",
            "specializations entry 'vocational_rehabilitation', pathway",
            "unknown credential 'CCMM'",
            id="pathway-credential",
        ),
        case(
            "specializations.yml",
            "degrees: [MRC]",
            "degrees: [MRCC]",
            "specializations entry 'vocational_rehabilitation', pathway",
            "unknown degree 'MRCC'",
            id="pathway-degree",
        ),
        case(
            "specializations.yml",
            "licenses: {CRC: 5, CDMS: 3}",
            "licenses: {CRC: 5, CDSM: 3}",
            "'vocational_rehabilitation', signals",
            "unknown credential 'CDSM'",
            id="signal-licence",
        ),
        case(
            "specializations.yml",
            "interests: {disabilities: 4,",
            "interests: {disabilites: 4,",
            "'vocational_rehabilitation', signals",
            "unknown interest 'disabilites'",
            id="signal-interest",
        ),
        case(
            "specializations.yml",
            "degree_fields: {rehabilitation_counseling: 5,",
            "degree_fields: {rehab_counseling: 5,",
            "'vocational_rehabilitation', signals",
            "unknown degree field 'rehab_counseling'",
            id="signal-degree-field",
        ),
        case(
            "specializations.yml",
            "- code: vocational_rehabilitation",
            "- code: vocational_rehab",
            "specializations entry 'vocational_rehab'",
            "code must be one of",
            id="specialization-code",
        ),
        case(
            "degrees.yml",
            "accredited_by: CSWE\n    aliases: [msw",
            "accredited_by: CSWEE\n    aliases: [msw",
            "degrees entry 'MSW'",
            "unknown organization 'CSWEE'",
            id="accreditor",
        ),
        case(
            "labor_market.yml",
            "{specialization: vocational_rehabilitation,",
            "{specialization: vocational_rehab,",
            "salary_ranges entry 'vocational_rehab'",
            "unknown specialization 'vocational_rehab'",
            id="salary-specialization",
        ),
        case(
            "vocabulary.yml",
            "{code: doctorate,",
            "{code: doctorat,",
            "education_levels entry 'doctorat'",
            "must be one of",
            id="vocabulary-education-level",
        ),
        case(
            "vocabulary.yml",
            "{code: rehabilitation_counseling,",
            "{code: rehab_counseling,",
            "degree_fields entry 'rehab_counseling'",
            "must be one of",
            id="vocabulary-degree-field",
        ),
    ],
)
def test_unknown_reference(tmp_path, file_name, old, new, words):
    rejection(broken_sources(tmp_path, file_name, old, new), file_name, *words)


# ---------------------------------------------------------------------------------------------- shape of an entry


@pytest.mark.parametrize(
    "file_name, old, new, words",
    [
        # an aspect that does not exist
        case(
            "specializations.yml",
            '- aspect: goal\n        quote: "The goal is to prevent',
            '- aspect: goals\n        quote: "The goal is to prevent',
            "'healthcare'",
            "aspect",
            "unknown aspect 'goals'",
            id="unknown-aspect",
        ),
        case(
            "topics.yml",
            '{aspect: outlook, source: guide.outlook, quote: "The career outlook',
            '{aspect: prospects, source: guide.outlook, quote: "The career outlook',
            "'outlook'",
            "unknown aspect 'prospects'",
            id="unknown-aspect-topic",
        ),
        # a misspelt or unknown key
        case(
            "degrees.yml",
            "    accredited_by: CSWE\n    aliases: [msw",
            "    accreditted_by: CSWE\n    aliases: [msw",
            "'MSW'",
            "accreditted_by",
            "extra fields not permitted",
            id="misspelt-entry-key",
        ),
        case(
            "credentials.yml",
            "licenses_any: [RN]\n            source: acma.faq",
            "license_any: [RN]\n            source: acma.faq",
            "'ACM'",
            "license_any",
            "extra fields not permitted",
            id="misspelt-route-key",
        ),
        case(
            "specializations.yml",
            '      - aspect: salary\n        text: "The Bureau',
            '      - aspect: salary\n        txt: "The Bureau',
            "'vocational_rehabilitation'",
            "txt",
            "extra fields not permitted",
            id="misspelt-fact-key",
        ),
        case(
            "vocabulary.yml",
            "{code: psychology, aliases:",
            "{code: psychology, alias:",
            "degree_fields entry 3 ('psychology')",
            "alias: extra fields not permitted",
            id="misspelt-vocabulary-key",
        ),
        # a missing required field
        case(
            "degrees.yml",
            "    level: master\n    field: nursing\n",
            "    field: nursing\n",
            "'MSN'",
            "level",
            "field required",
            id="degree-without-level",
        ),
        case(
            "credentials.yml",
            "  - code: CDMS\n    kind: certification\n",
            "  - code: CDMS\n",
            "'CDMS'",
            "kind",
            "field required",
            id="credential-without-kind",
        ),
        case(
            "credentials.yml",
            "licenses_any: [RN]\n            source: acma.faq",
            "source: acma.faq",
            "'ACM'",
            "a route must ask for a degree, a licence or experience",
            id="route-asking-nothing",
        ),
        case(
            "topics.yml",
            '{aspect: overview, source: guide.certification, quote: "Formal credentialing establishes '
            'professional credibility and is often required for career advancement."}',
            "{aspect: overview, source: guide.certification}",
            "'certification'",
            "needs `text` or `quote`",
            id="fact-without-text",
        ),
        # a malformed value
        case(
            "credentials.yml",
            "experience: [{kind: case_management, months: 24, full_time: true}]",
            "experience: [{kind: case_management, months: -24, full_time: true}]",
            "'CCM'",
            "months",
            "greater than or equal to 1",
            id="negative-months",
        ),
        case(
            "credentials.yml",
            "experience: [{kind: case_management, months: 24, full_time: true}]",
            "experience: [{kind: case_management, months: 0, full_time: true}]",
            "'CCM'",
            "months",
            "greater than or equal to 1",
            id="zero-months",
        ),
        case(
            "credentials.yml",
            "experience: [{kind: case_management, months: 24, full_time: true}]",
            "experience: [{kind: case_management, months: 2400, full_time: true}]",
            "'CCM'",
            "months",
            "less than or equal to 240",
            id="too-many-months",
        ),
        case(
            "credentials.yml",
            "experience: [{kind: case_management, months: 24, full_time: true}]",
            "experience: [{kind: case_management, months: two years, full_time: true}]",
            "'CCM'",
            "months",
            "not a valid integer",
            id="months-in-words",
        ),
        case(
            "credentials.yml",
            "experience: [{kind: supervising_case_management, months: 12, full_time: true}]",
            "experience: [{kind: supervising, months: 12, full_time: true}]",
            "'CCM'",
            "experience kind must be one of",
            id="unknown-experience-kind",
        ),
        case(
            "credentials.yml",
            "cost: {usd: 430,",
            'cost: {usd: "$430",',
            "'CCM'",
            "cost.usd",
            "not a valid integer",
            id="cost-usd-string",
        ),
        case(
            "credentials.yml",
            "cost: {usd: 430,",
            "cost: {usd: -430,",
            "'CCM'",
            "cost.usd",
            "greater than or equal to 0",
            id="negative-cost",
        ),
        case(
            "credentials.yml",
            'cost: {usd: 430, text: "$430 in all: a $235 application fee and a $195 exam fee.", source: ccmc.faq}',
            'cost: "$430"',
            "'CCM'",
            "cost",
            "not a valid dict",
            id="cost-is-a-string",
        ),
        case(
            "degrees.yml",
            "    level: master\n    field: nursing",
            "    level: masters\n    field: nursing",
            "'MSN'",
            "level must be one of",
            "'masters'",
            id="unknown-degree-level",
        ),
        case(
            "credentials.yml",
            "min_education: bachelor\n            degree_fields: [social_work, nursing,",
            "min_education: bachelors\n            degree_fields: [social_work, nursing,",
            "'CCM'",
            "min_education must be one of",
            "'bachelors'",
            id="unknown-min-education",
        ),
        case(
            "credentials.yml",
            "degree_fields: [nursing]",
            "degree_fields: [nurse]",
            "'RN'",
            "degree field must be one of",
            "'nurse'",
            id="unknown-route-degree-field",
        ),
        case(
            "credentials.yml",
            "  - code: CDMS\n    kind: certification",
            "  - code: CDMS\n    kind: certificate",
            "'CDMS'",
            "kind must be license or certification",
            id="unknown-credential-kind",
        ),
        case(
            "interests.yml",
            "{code: crisis, kind: work,",
            "{code: crisis, kind: job,",
            "'crisis'",
            "kind must be setting, population or work",
            id="unknown-interest-kind",
        ),
        case(
            "topics.yml",
            'confidence: C, text: "Each state board',
            'confidence: X, text: "Each state board',
            "'licensure'",
            "confidence must be one of",
            id="unknown-confidence",
        ),
        case(
            "states.yml",
            "      note: California licenses social workers at the clinical level only.\n",
            '      note: California licenses social workers at the clinical level only.\n      as_of: "last year"\n',
            "states entry 1 ('CA')",
            "bachelor.as_of",
            "invalid date",
            id="bad-date",
        ),
        case(
            "specializations.yml",
            "licenses: {CRC: 5, CDMS: 3}",
            "licenses: {CRC: 5, CDMS: 11}",
            "'vocational_rehabilitation'",
            "signals.licenses.CDMS",
            "less than or equal to 10",
            id="weight-too-high",
        ),
        case(
            "labor_market.yml",
            "low_usd: 80000, high_usd: 90000",
            "low_usd: 95000, high_usd: 90000",
            "'healthcare'",
            "low_usd is above high_usd",
            id="salary-range-reversed",
        ),
    ],
)
def test_malformed_entry(tmp_path, file_name, old, new, words):
    rejection(broken_sources(tmp_path, file_name, old, new), file_name, *words)


# ---------------------------------------------------------------------------------------------- quotes and the guide


@pytest.mark.parametrize(
    "file_name, old, new, words",
    [
        case(
            "skills.yml",
            "the ability to negotiate with",
            "the ability to bargain with",
            "skills entry 'advocacy'",
            "quote not found word for word in the guide",
            id="skill-quote",
        ),
        case(
            "specializations.yml",
            "The goal is to prevent hospital readmissions",
            "The goal is to avoid hospital readmissions",
            "specializations entry 'healthcare', fact 4",
            "quote not found word for word",
            id="fact-quote",
        ),
        case(
            "degrees.yml",
            'Council on Social Work Education (CSWE)."\n        source: guide.education',
            'Council on Social Work Education (CSWE)."\n        source: ccmc.eligibility',
            "degrees entry 'BSW', fact 1",
            "a quote must cite a guide section",
            "'ccmc.eligibility'",
            id="quote-citing-a-web-page",
        ),
    ],
)
def test_quote_not_in_the_guide(tmp_path, file_name, old, new, words):
    rejection(broken_sources(tmp_path, file_name, old, new), file_name, *words)


def test_typographic_differences_in_a_quote_are_allowed(tmp_path):
    # guide.txt has a typographic apostrophe (patient’s); the YAML quote a straight one, and extra spaces are ignored
    directory = broken_sources(
        tmp_path,
        "specializations.yml",
        "advocating for the patient's health needs",
        "advocating  for the patient\u2019s health needs",
    )
    load(directory)


@pytest.mark.parametrize(
    "file_name, old, new, source_id",
    [
        pytest.param(
            "sources.yml",
            'section: "Healthcare Case Management"',
            'section: "Healthcare Case Managment"',
            "guide.healthcare",
            id="misspelt-in-sources",
        ),
        pytest.param(
            "guide.txt",
            "\nKey Certifications\n",
            "\nKey Certificates\n",
            "guide.key_certifications",
            id="renamed-in-guide",
        ),
    ],
)
def test_guide_section_heading_not_in_the_guide(tmp_path, file_name, old, new, source_id):
    directory = broken_sources(tmp_path, file_name, old, new)
    rejection(directory, "sources.yml", f"sources entry {source_id!r}", "heading not found in the guide")


# ---------------------------------------------------------------------------------------------- duplicate codes


@pytest.mark.parametrize(
    "file_name, old, new, words",
    [
        case("credentials.yml", "- code: LPC\n", "- code: LPN\n", "credentials: 'LPN' appears twice", id="credential"),
        case("degrees.yml", "- code: MCOUN\n", "- code: MRC\n", "degrees: 'MRC' appears twice", id="degree"),
        case(
            "interests.yml", "{code: families,", "{code: poverty,", "interests: 'poverty' appears twice", id="interest"
        ),
        case(
            "sources.yml", "- id: ccmc.renewal\n", "- id: ccmc.faq\n", "sources: 'ccmc.faq' appears twice", id="source"
        ),
        case(
            "credentials.yml",
            "- code: ccm.24_months\n",
            "- code: ccm.12_months_supervisor\n",
            "route codes: 'ccm.12_months_supervisor' appears twice",
            id="route",
        ),
    ],
)
def test_duplicate_code(tmp_path, file_name, old, new, words):
    rejection(broken_sources(tmp_path, file_name, old, new), file_name, *words)


def test_duplicate_credential_added_with_yaml(tmp_path):
    directory = copy_sources(tmp_path)
    path = directory / "credentials.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["credentials"].append(next(c for c in data["credentials"] if c["code"] == "CCM"))
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    rejection(directory, "credentials.yml", "'CCM'", "appears twice")


# ---------------------------------------------------------------------------------------------- the command line


def test_cli_check_rejects_a_broken_copy(tmp_path):
    directory = broken_sources(
        tmp_path,
        "credentials.yml",
        "licenses_any: [RN, LCSW, LMSW, LPC, CRC, CDMS]",
        "licenses_any: [RNN, LCSW, LMSW, LPC, CRC, CDMS]",
    )
    result = check_cli(directory)
    assert result.returncode == 1, result.stderr
    assert (
        "knowledge: credentials.yml: credentials entry 'CCM', route 'ccm.licence': unknown credential 'RNN'"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_cli_check_accepts_an_intact_copy(tmp_path):
    result = check_cli(copy_sources(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "sources are valid" in result.stdout


# ---------------------------------------------------------------------------------------------- subtler mistakes
# Each of these was once accepted by the loader; now each must be refused, naming the file and the entry.


@pytest.mark.parametrize(
    "old, new, source_id, problem",
    [
        pytest.param(
            '    title: "The Commission: Board Certified Case Manager FAQs"',
            '    titel: "The Commission: Board Certified Case Manager FAQs"',
            "ccmc.faq",
            "extra fields not permitted",
            id="misspelt-key",
        ),
        pytest.param(
            "  - id: guide.skills\n    kind: guide_section",
            "  - id: guide.skills\n    kind: guide_sectoin",
            "guide.skills",
            "kind must be",
            id="unknown-kind",
        ),
        pytest.param(
            "    url: https://www.bls.gov/ooh/healthcare/registered-nurses.htm\n",
            "",
            "bls.rn",
            "a web_page needs",
            id="web-page-without-url",
        ),
    ],
)
def test_sources_yml_shape_error_names_the_source(tmp_path, old, new, source_id, problem):
    directory = broken_sources(tmp_path, "sources.yml", old, new)
    rejection(directory, "sources.yml", repr(source_id), problem)


@pytest.mark.parametrize(
    "old, new, field",
    [
        pytest.param(
            "experience: [{kind: case_management, months: 24, full_time: true}]",
            "experience: [{kind: case_management, months: 12.5, full_time: true}]",
            "months",
            id="fractional-months",
        ),
        pytest.param("cost: {usd: 430,", "cost: {usd: 430.75,", "cost.usd", id="fractional-cost"),
        pytest.param("cost: {usd: 430,", 'cost: {usd: "430",', "cost.usd", id="cost-as-quoted-string"),
    ],
)
def test_non_integer_numbers_are_refused(tmp_path, old, new, field):
    directory = broken_sources(tmp_path, "credentials.yml", old, new)
    rejection(directory, "credentials.yml", "'CCM'", field, "integer")


def test_unknown_confidence_on_a_source(tmp_path):
    directory = broken_sources(
        tmp_path,
        "sources.yml",
        "    confidence: C\n  - id: ccmc.checklist",
        "    confidence: Q\n  - id: ccmc.checklist",
    )
    rejection(directory, "sources.yml", "'ccmc.eligibility'", "confidence")


def test_truncated_heading_is_refused(tmp_path):
    directory = broken_sources(tmp_path, "sources.yml", 'section: "Key Certifications"', 'section: "Key Certification"')
    rejection(directory, "sources.yml", "'guide.key_certifications'", "heading not found")


def test_impossible_date_is_a_knowledge_error(tmp_path):
    note = "      note: California licenses social workers at the clinical level only.\n"
    directory = broken_sources(tmp_path, "states.yml", note, note + "      as_of: 2023-02-30\n")
    rejection(directory, "states.yml", "'2023-02-30' is not a valid date", "line")


def test_repeated_key_is_refused(tmp_path):
    directory = broken_sources(
        tmp_path,
        "degrees.yml",
        "    level: master\n    field: nursing",
        "    level: master\n    level: bachelor\n    field: nursing",
    )
    rejection(directory, "degrees.yml", "level")


def test_duplicate_vocabulary_code_is_refused(tmp_path):
    directory = broken_sources(tmp_path, "vocabulary.yml", "{code: psychology, aliases:", "{code: nursing, aliases:")
    rejection(directory, "vocabulary.yml", "'nursing'", "appears twice")


def test_an_acronym_is_read_spoken_and_plural():
    from knowledge.build import spoken_forms

    # speech-to-text writes "how much do l p cs earn"; two-letter plurals ("mas", "bas") are other words
    assert {"lpc", "l p c", "lpcs", "l p cs"} <= set(spoken_forms("LPC"))
    assert "mas" not in spoken_forms("MA")


def test_a_licence_said_by_its_letters_names_is_recognised(nlp):
    # a kiosk's speech-to-text writes "el vee en" for LVN and "el see es double u" for LCSW
    found = {(e.label_, e.ent_id_) for e in nlp("im an el vee en and my sister is an el see es double u").ents}
    assert {("license", "LPN"), ("license", "LCSW")} <= found
