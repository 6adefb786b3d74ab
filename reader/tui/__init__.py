"""The Textual front end: widgets that render what the engine returns."""
