"""Whole pages for anonymous visitors from the cache, marked stale the moment what they show changes.

Views say what a page shows (`depends_on(request, "complaints")`); apps say what changed (`purge("complaints")`,
after the transaction commits). See store.py for how staleness is decided, middleware.py for what is cached.
This app imports no other app of the portal: the others import it.
"""
