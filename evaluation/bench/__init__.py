"""The load benchmark: simulated users over REST against this assistant and against a stock-Rasa baseline."""
