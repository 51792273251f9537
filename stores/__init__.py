"""What the assistant keeps, and forgetting it: the tracker and lock stores for replicas, the take-home plan links,
"forget me" (forget.py) and the retention clean-up (`python -m stores.retention`)."""
