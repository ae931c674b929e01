"""The command line's language: ``--lang`` before the command, else the system's (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG), else English; and argparse's own words ("usage:", "error:") in that language.

argparse writes its words through the stdlib's ``gettext.gettext`` (domain "messages", which nothing
installs: English). :func:`install_argparse_texts` hands argparse a function that asks our catalogue
instead when the language is not English (argparse's one plural, "expected %s arguments", is for
nargs=N, which no command uses); its msgids are listed below, as argparse writes them, so
that Babel extracts them into iepdesk.po. English goes to the stdlib as before, unchanged.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Sequence

from iepdesk.i18n import LANGUAGES, N_, _, current, system_language
from iepdesk.i18n.catalog import translations

#: The option, and the shortest prefix of it argparse would also take (``--la es``).
OPTION = "--lang"
_SHORTEST = 3

#: argparse's texts a person can meet (3.11: usage, help, errors); its texts for a programmer's
#: mistakes (conflicting options, …) are left out and stay English.
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def _argparse_gettext(message: str) -> str:
    if current() == "en":
        return gettext.gettext(message)
    return translations(current()).gettext(message)


def install_argparse_texts() -> None:
    """argparse's words in the current language from now on (English: the stdlib's, as before)."""
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]


def split(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """(the value of ``--lang`` among the options before the command, the last one given, or None;
    the arguments without it). Read before the parser is built, since its texts are in the language."""
    found, rest, index = None, [], 0
    while index < len(argv):
        arg = argv[index]
        name, sep, value = arg.partition("=")
        if name.startswith("--") and len(name) >= _SHORTEST and OPTION.startswith(name):
            if sep:
                found, index = value, index + 1
            else:
                found, index = (argv[index + 1] if index + 1 < len(argv) else None), index + 2
            continue
        if not arg.startswith("-") or arg == "--":
            break  # the command: what follows is its own
        rest.append(arg)
        index += 1
    return found, [*rest, *argv[index:]]


def given(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` before the command, or None (:func:`split`)."""
    return split(argv)[0]


def chosen(argv: Sequence[str]) -> str:
    """The language of this run: a valid ``--lang``, else the system's (``--lang fr`` is reported by
    the parser, in the system's language)."""
    asked = given(argv)
    return asked if asked in LANGUAGES else system_language()


def language(text: str) -> str:
    """An argparse type: ``en`` or ``es``; anything else is a usage error (exit 2) naming both."""
    if text in LANGUAGES:
        return text
    raise argparse.ArgumentTypeError(
        _("{value} is not a language of IEPDesk: choose en (English) or es (Español)").format(
            value=repr(text)
        )
    )
