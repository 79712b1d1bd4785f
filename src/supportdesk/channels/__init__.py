"""Where mail comes from and goes to: local files now, IMAP, HTTP and SMTP later.

Sources only yield raw items; deciding what they become is `intake`'s job.
"""
