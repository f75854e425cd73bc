"""Batch b10: eight more hand-written renderings (a Salesforce Setup "Applications connectées" page with Lightning
web components in open shadow roots, an SAP BTP cockpit in UI5 Web Components, a Google Cloud console in English,
a Sellsy-like CRM's API portal, a Doctolib Pro-like back office, an Orange Business-like customer area in
JSF/PrimeFaces with an iframed module, a Spendesk-like finance app in English, a Yousign-like e-signature app)."""
