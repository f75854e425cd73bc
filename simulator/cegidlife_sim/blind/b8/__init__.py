"""Batch b8: eight more hand-written renderings (Leroy Merlin's Mozaic behind a ProConnect-style sign-in, a
Lucca-like HR SaaS, Decathlon's Vitamin in English, HPE Grommet, an AWS IAM-like console, a Spotify Backstage
plugin, a Stripe-like dashboard in French, an older public-sector CMS with a tarteaucitron.js consent panel)."""
