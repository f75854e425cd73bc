# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Reaching the portal: the run's dealings with it, the browser, the plain-HTTP reading, failure artifacts."""
