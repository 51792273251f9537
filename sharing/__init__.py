"""Sharing a plan outside the conversation: links that expire, for the kiosk's take-home QR code."""
