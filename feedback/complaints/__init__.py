"""Complaints (*pengaduan*): filed without an account, verified, routed to a unit, answered and closed on deadlines."""
