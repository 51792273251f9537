"""Starting and stopping the assistant's servers: used by bin/run and by the end-to-end tests."""
