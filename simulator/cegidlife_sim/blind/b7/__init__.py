"""Batch b7: eight more hand-written renderings (Workday Canvas, a Sage-like accounting SaaS on the Sage
Design System, Radix Themes, Tailwind Catalyst, daisyUI, a Qonto-like business banking area, Ignite UI
web components, an URSSAF-like public-service "espace en ligne" on the DSFR)."""
