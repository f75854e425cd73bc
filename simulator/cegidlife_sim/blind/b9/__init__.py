"""Batch b9: eight more hand-written renderings (an OVHcloud Manager with ODS web components in open shadow
roots, a Scaleway-like console in English, a Clever Cloud console, Brevo's "SMTP & API" page, a Mailjet-like
"API Key Management" in English, an Azure portal with its blades and an iframed extension behind a Microsoft
Entra sign-in, a PayFit-like HR SaaS, a Welcome to the Jungle "Welcome UI" back office)."""
