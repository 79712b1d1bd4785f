"""Screens: the main workstation, help, review-before-send and small prompts."""
