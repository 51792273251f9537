"""Operations: running the assistant (bin/run: ops.run), the deployment profile on one machine (bin/stack:
ops.stack, with its settings, nginx template and endpoints), the one supervisor, metrics and the terminal chat."""
