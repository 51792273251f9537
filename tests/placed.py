"""Mentions as the question reader gets them, with where they stand: (kind, code, start, end)."""

# a degree field named in a question means the first degree in that field (actions/answers._degree_for_field)
FIELDS = {"nursing": "ADN", "social_work": "BSW", "psychology": "BPSY", "counseling": "MCOUN"}


def at(text: str, kind: str, code: str, words: str) -> tuple:
    """The mention of `words` in `text` as an entity of that kind and code."""
    start = text.lower().index(words)
    return (kind, code, start, start + len(words))
