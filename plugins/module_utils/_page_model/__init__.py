# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Page model of the CegidLife portal: one class per page, located only by what a person sees."""
