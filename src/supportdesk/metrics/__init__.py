"""Response-time clocks, deadlines and (later) the team-lead report. No UI imports."""
