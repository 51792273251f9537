"""Bad profile values get a clear error naming the field, never a silently wrong plan."""

from __future__ import annotations

import pytest

from advising.profile import Profile, ProfileError


@pytest.mark.parametrize(
    "data, words",
    [
        ({"education_level": "phd"}, "education_level"),
        ({"degree_field": "astrology"}, "degree_field"),
        ({"licenses": ["RNN"]}, "unknown licence"),
        ({"licenses": "RN, LPN"}, "unknown licence"),  # one string is one code, not a list
        ({"licenses": [3]}, "list of strings"),
        ({"case_management_months": -1}, "negative"),
        ({"case_management_months": 1000}, "more than 50 years"),
        ({"healthcare_months": "two years"}, "number of months"),
        ({"healthcare_months": True}, "number of months"),
        ({"supervised_by_ccm": "yes"}, "true, false"),
        ({"favourite_colour": "blue"}, "unknown profile field"),
        (["education_level"], "mapping"),
    ],
)
def test_bad_values_are_refused_with_the_field_named(catalog, data, words):
    with pytest.raises(ProfileError, match=words):
        Profile.from_dict(data, catalog)


def test_values_are_normalised(catalog):
    profile = Profile.from_dict(
        {
            "education_level": "Bachelor",
            "degree_field": "social work",
            "licenses": ["rn", "RN", "lpn"],
            "case_management_months": 12.4,
            "interests": ["  hospitals ", ""],
        },
        catalog,
    )
    assert profile.education_level == "bachelor"
    assert profile.degree_field == "social_work"
    assert profile.licenses == ("RN", "LPN")
    assert profile.case_management_months == 12.4  # kept as said: 11.5 months is not 12
    assert profile.interests == ("hospitals",)


def test_unknown_is_different_from_none_held(catalog):
    assert Profile.from_dict({}, catalog).licenses is None
    assert Profile.from_dict({"licenses": []}, catalog).licenses == ()
    assert "licenses" in Profile.from_dict({}, catalog).unknown_fields()


def test_round_trip_through_a_dict(catalog):
    data = {"education_level": "master", "licenses": ["LCSW"], "interests": ["crisis"], "healthcare_months": 3}
    assert Profile.from_dict(Profile.from_dict(data, catalog).to_dict(), catalog) == Profile.from_dict(data, catalog)
