"""Batch b6: eight more hand-written renderings (AWS Cloudscape, GitHub Primer, Twilio Paste, Vaadin,
Tabler, a Pennylane-like French accounting SaaS, a La Poste-like customer area, Palantir Blueprint)."""
