"""The terminal workstation (issue 6): a Textual app over `supportdesk.desk.Desk`.

Only this package and `supportdesk.cli.tui` import Textual or Rich; every domain
decision is the desk's, so the UI can be replaced without touching a rule.
"""
