"""Batch b11: eight more hand-written renderings (a ServiceNow Next Experience instance in French with its shell in
open shadow roots and the classic list in an iframe, a Docusign eSignature Admin "Apps and Keys" page in English, an
admin.atlassian.com "API keys" page in English, an Odoo 17 preferences dialog with a key wizard, an Infomaniak-like
Manager, a DSFR v1.12 public partner space with FranceConnect+, an Alma-like French fintech dashboard with a
Didomi-like consent, a Personio-like HR suite in French)."""
