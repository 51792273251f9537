"""Small clients of the running assistant: a terminal chat and a readiness wait."""
