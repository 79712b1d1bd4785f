"""Widgets of the main screen: queue, conversation, reply editor, header."""
