"""The reader's screens: the main list and reader, and the views opened from it."""
