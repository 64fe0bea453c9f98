"""Words that are no names in Latin-script text, for ``_names_latin``: capitalised words that
start sentences, name things or follow a cue; the words sentences start with, which the list
recognizer's trigger passes over; and the street, direction and unit words of addresses."""

from __future__ import annotations

import re

#: Capitalised words that start sentences, name things or follow a cue but are no names.
NOT_NAME = frozenset(
    """The This That These Those There Here What When Where Who Why How Our Your My His Her Their
    We You They It I Hi Hello Dear Thanks Thank Please Best Kind Regards Team Support Customer
    Service Success Sales Office Manager Admin Sir Madam Mr Mrs Ms Mx Miss Dame Herrn All
    Everyone Sie Ihr Ihre Wir Ich Die
    Der Das Den Dem Ein Eine Und Oder Mit Von Bitte Danke Herr Frau Kollege Kollegin Kunde
    Kundin Team Vertretung Abteilung Firma GmbH AG KG Co Inc LLC Ltd Corp Group Bank Stiftung
    Street Road Avenue Straße Weg Platz Allee Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag January February March
    April May June July August September October November December Januar Februar März Juni
    Juli Oktober Dezember New York London Berlin Head Director Officer Engineer Lead President
    CEO CTO CFO COO VP Chair Editor Analyst Consultant Coordinator Assistant Specialist Developer
    Designer Architect Intern Founder Secretary Treasurer Leiter Leiterin Geschäftsführer
    Geschäftsführerin Vertrieb Einkauf Marketing Finance HR IT Legal Operations""".split()
)
#: Capitalised words that begin sentences far more often than names do: the list
#: recognizer's trigger skips them, so German and English prose ("Der Umsatz", "The Board")
#: does not wake it up at every sentence.
SENTENCE_WORDS = frozenset(
    """The This That These Those There Then Thanks Thank Please Our Your My His Her Its Their
    We You They It In On At For From With By To Of And But Or If As An Is Are Was All Any Each
    Every No Not So Do Can Could Would Should Also After Before Since When While What Which Who
    How Why Where Here Der Die Das Den Dem Des Ein Eine Einen Einem Einer Wir Sie Ich Er Es Ihr
    Ihre Unser Unsere Mein Meine Im Am Zum Zur Vom Beim Bei Mit Von Nach Aus Auf Für Über Unter
    Bitte Danke Diese Dieser Dieses Jede Jeder Alle Wenn Wie Was Wer Wo Und Oder Aber Auch Noch
    Nur Hier Heute Morgen Gestern Neue Neuer Neues New Dear Hello Hi Hallo Liebe Lieber""".split()
)
#: Street-type words (USPS suffixes and German ones): capitalised words before them are a place.
STREET = frozenset(
    """Street St Road Rd Avenue Ave Boulevard Blvd Lane Ln Drive Drives Dr Court Ct Place Pl
    Square Sq Terrace Way Parkway Pkwy Highway Hwy Expressway Freeway Turnpike Skyway Trail
    Loop Circle Cir Crescent Alley Row Walk Path Pass Park Parks Plaza Point Pointe Ridge Hill
    Hills Heights Valley Vale Glen Glens Grove Groves Gardens Garden Meadow Meadows Field Fields
    Falls Ford Fords Forks Fork Harbor Harbour Haven Island Isle Key Keys Lake Lakes Landing
    Manor Mill Mills Mission Mount Mountain Orchard Oval Pike Pine Pines Plains Port Prairie
    Ranch Rapids Rest Run Shoal Shoals Shore Shores Spring Springs Station Summit Throughway
    Trace Track Tunnel Union Unions View Views Village Villages Ville Vista Well Wells Bypass
    Brook Brooks Burg Bridge Camp Canyon Cape Causeway Center Centre Cliff Cliffs Club Common
    Commons Corner Corners Course Cove Coves Creek Crest Crossing Crossroad Curve Dale Dam
    Divide Estate Estates Extension Flat Flats Forest Forge Fort Freeway Gateway Green Greens
    Hollow Inlet Junction Knoll Knolls Light Lights Lock Locks Lodge Motorway Neck Overpass
    Radial Ramp Route Spur Stream Suite Apt Unit Straße Strasse Str Weg Platz Allee Ring Gasse
    Damm Ufer Chaussee Steig Pfad Markt""".split()
)
DIRECTION = frozenset(
    "East West North South Lake Port New Fort Mount Saint St San Santa Los Las El Le La".split()
)
HOUSE_NUMBER = re.compile(r"\b\d{1,6}[a-z]? $")
UNIT = frozenset(("Apt", "Suite", "Unit", "Floor", "Fl", "Zimmer", "Stock"))
UNIT_AFTER = re.compile(r" (?:Apt|Suite|Unit)\b|,? (?:Apt|Suite|Unit)\.? \d")
