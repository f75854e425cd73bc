# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""What is kept between runs, knowing nothing of pages: the session, the credentials stores, locks, private files."""
