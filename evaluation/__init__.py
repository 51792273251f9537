"""Evaluation: the quality report (evaluation/quality: held-out and fresh NLU sets, simulated people, independent
advice profiles) and the benchmarks (evaluation/bench: load, the deployment profile, advise() timing)."""
