"""The case form's choice of place when a city's name is shared by several countries.

Typing "Santiago" with no host country could mean Chile's capital or a dozen other places;
the importer would then take the largest, silently. The form instead lists the places of that
name from the offline gazetteer (the largest in each country, with its population), and the
one chosen fills the host country, so the case is placed where the user means. A name the
gazetteer has once, or a host country already given, needs no choice and none is shown.

Signal: country_chosen(str), the English name of the chosen place's country.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from asylum_browser.core.dataset.gazetteer import countries, places_named
from asylum_browser.i18n.words import tr


class CityChoice(QComboBox):
    country_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cityChoice")
        self.setAccessibleName(tr("Which place of this name"))
        self.setToolTip(tr("Several places have this name: choose the one you mean, and its "
                           "country becomes the host country."))
        self.activated.connect(self._chosen)
        self.hide()

    def offer(self, city: str, host_country: str) -> None:
        """List the places called ``city`` when there are several and no country is given."""
        self.clear()
        places = places_named(city) if city.strip() and not host_country.strip() else ()
        if len(places) < 2:
            self.hide()
            return
        names = countries()
        self.addItem(tr("Several places are called {city}: choose one").format(city=city), "")
        for place in places:
            country = names.get(place.country, (place.country, place.country))[1]
            self.addItem(tr("{city}, {country} ({population} people)").format(
                city=place.name, country=country, population=f"{place.population:,}"),
                country)
        self.show()

    def _chosen(self, index: int) -> None:
        country = self.itemData(index)
        if country:
            self.country_chosen.emit(country)
            self.hide()
