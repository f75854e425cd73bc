"""Batch b12: eight more hand-written renderings (a Vercel-like dashboard in Geist with a team switcher, a Linear-like
settings area whose key list is drawn by script, a Supabase-like Studio with projects per customer account, a
Freshworks admin built of Crayons-like web components in open shadow roots, a HubSpot-like portal with an account
picker and a Cookiebot-like banner, a Shine-like French neobank with an Axeptio-like widget, a Mirakl-like
marketplace back-office with tarteaucitron, and a BNP Paribas Connexis-like corporate banking portal whose pages
live in a same-origin frame)."""
