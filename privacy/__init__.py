"""Privacy: forgetting one person on request, and deleting conversations past the retention period."""

# The custom payload by which action_forget_me asks the channel to delete the conversation (never shown).
FORGET_MARKER = "forget_me"
