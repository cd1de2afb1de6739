"""The marshmallow schemas shared by the JSON API and the web forms: one per command
(`commands`) and one per view (`views`). They check the shape of the input only; the domain
judges the rules."""
