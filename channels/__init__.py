"""Rasa input channels of this assistant. Rasa imports them at start-up (credentials.yml), so this is where the
Rasa server gets its fixes that are not channels: action server responses checked without re-checking the
schema each time (channels/action_results.py), events read without walking every Event class for each
(channels/event_types.py), and each action call carrying the latest exchange, not the whole conversation
(channels/action_calls.py)."""

from channels import action_calls, action_results, event_types

action_calls.install()
action_results.install()
event_types.install()
