"""Batch b5, the blind set: eight hand-written renderings (Bulma, UIkit, Flowbite, Nebular,
DevExtreme, Kendo UI, Shoelace, GitLab Pajamas)."""
