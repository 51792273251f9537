"""Measuring how well the assistant understands people and how often conversations reach the right plan."""
