"""Rasa custom actions: thin adapters that read slots, call the knowledge base and the engine, render replies."""
