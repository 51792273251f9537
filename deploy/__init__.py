"""The deployment profile: PostgreSQL, Redis, several Rasa replicas and action servers behind nginx."""
