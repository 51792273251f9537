"""Rasa input channels of this assistant. Rasa imports them at start-up (credentials.yml), so this is where the
Rasa server gets its one fix that is not a channel: action server responses checked without re-checking the
schema each time (channels/action_results.py)."""

from channels.action_results import install

install()
