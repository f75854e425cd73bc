"""Batch b4: eight more hand-written renderings (Vuetify, Quasar, Mantine, Spectrum, Element Plus, Ionic,
Boosted, Okta)."""
