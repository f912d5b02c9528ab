"""Reading the language fields: an announcement's `language:` and `version_of:`, a station's `languages:`.

Codes are checked against the known list (domain/languages.py, data/languages.tsv); a language Loa has no voice
for needs a recording; a translation pairs with a Vietnamese original (checked across files, by load.py).
"""

from __future__ import annotations

from collections.abc import Callable

from ..domain.languages import VIETNAMESE, codes, language, language_name
from ..domain.model import Announcement
from ..i18n import tr
from .fields import Fields

FIELDS = ("language", "version_of")
Note = Callable[[str, str, str], None]  # (field, what, fix): a problem at that field's line


def language_of(fields: Fields, key: str = "language") -> str:
    """An announcement's language as its known code (`ede` becomes `rad`), `vi` by default."""
    value = fields.text(key, VIETNAMESE)
    found = language(value)
    if found is None:
        fields.note(key, tr("'{value}' is not a language Loa knows", value=value),
                    tr("write one of: {codes} (or add it to pipeline/data/languages.tsv)", codes=codes()))  # fmt: skip
        return VIETNAMESE
    return found.code


def version_of(fields: Fields) -> str | None:
    return fields.slug("version_of") if fields.raw.get("version_of") is not None else None


def check_recorded(fields: Fields, item: Announcement) -> None:
    """A language without a voice airs from a recording: without one, say which to make and where to name it."""
    found = language(item.language)
    if found is None or found.voiced or item.audio is not None:
        return
    fields.note(
        "language",
        tr("Loa has no voice for {name}: an announcement in {name} airs from a recording", name=found.name),
        tr("record the {name} version and set audio: recordings/{id}.mp3", name=found.name, id=item.id),
    )


def station_languages(fields: Fields) -> tuple[str, ...]:
    """What a station broadcasts in: Vietnamese always, then the languages listed (`languages: [hmn, bdq]`)."""
    raw = fields.raw.get("languages")
    if raw is None:
        return (VIETNAMESE,)
    items = raw if isinstance(raw, list) else [raw]
    found = [language(str(code)) for code in items]
    if not all(found):
        fields.note(
            "languages",
            tr("'languages' must list language codes Loa knows"),
            tr("write e.g. languages: [vi, hmn] with codes of: {codes}", codes=codes()),
        )
        return (VIETNAMESE,)
    return tuple(dict.fromkeys([VIETNAMESE, *(item.code for item in found if item)]))


def check_version(item: Announcement, announcements: tuple[Announcement, ...], note: Note) -> None:
    """A translation names a Vietnamese original that exists, is itself in another language, and is that
    original's only version in its language."""
    if item.version_of is None:
        return
    original = next((a for a in announcements if a.id == item.version_of), None)
    if item.version_of == item.id:
        note("version_of", tr("an announcement cannot be a version of itself"),
             tr("name the id of the Vietnamese announcement it translates"))  # fmt: skip
    elif original is None:
        ids = ", ".join(sorted(a.id for a in announcements if a.language == VIETNAMESE and a.id != item.id))
        note("version_of", tr("there is no announcement '{id}' to be a version of", id=item.version_of),
             tr("use the id of the Vietnamese original: {ids}", ids=ids))  # fmt: skip
    elif original.language != VIETNAMESE:
        note("version_of", tr("'{id}' is in {name}: a translation pairs with a Vietnamese original",
                              id=original.id, name=language_name(original.language)),
             tr("name the Vietnamese announcement it translates"))  # fmt: skip
    elif item.language == VIETNAMESE:
        note("language", tr("a translation must say its language"),
             tr("add e.g. language: hmn (the code of the language it is in)"))  # fmt: skip
    else:
        _check_twin(item, original, announcements, note)


def _check_twin(
    item: Announcement, original: Announcement, announcements: tuple[Announcement, ...], note: Note
) -> None:
    twin = next((a for a in announcements if a.version_of == original.id and a.language == item.language), item)
    if twin.id != item.id:
        what = tr("'{id}' already has a {name} version: {other}", id=original.id,
                  name=language_name(item.language), other=twin.file.name)  # fmt: skip
        note("version_of", what, tr("keep one of the two (or remove version_of from one)"))
