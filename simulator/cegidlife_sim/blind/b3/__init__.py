"""Batch b3: eight more hand-written renderings (EUI, Garden, shadcn, PrimeVue, Odoo, Chakra, Fomantic, Redwood)."""
