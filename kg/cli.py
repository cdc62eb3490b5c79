"""The `kg` command line: a thin layer over the library.

Each command parses options, calls one `kg` function and prints. Library
errors (`KgError`) become a one-line `Error: ...` and exit code 1 here, at the
edge, never a traceback. Heavy libraries are imported inside the commands
that need them so `kg --help` starts fast.
"""

from __future__ import annotations

import functools
import sys

import click

from kg.errors import KgError

DEFAULT_STORE = "./kg-store"


class KgGroup(click.Group):
    """A click group that reports library errors as one line."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:  # `kg ... | head`
            sys.stderr.close()
            ctx.exit(0)


def store_option(func):
    """`--store S`: where the graph lives (default ./kg-store, or $KG_STORE)."""
    return click.option(
        "--store",
        "store_location",
        envvar="KG_STORE",
        default=DEFAULT_STORE,
        show_default=True,
        help="On-disk store folder, or an RDF file (.ttl .nt .trig .jsonld).",
    )(func)


def format_option(*choices: str, default: str = "table"):
    """`--format` with the given choices."""

    def decorate(func):
        return click.option(
            "--format",
            "output_format",
            type=click.Choice(choices),
            default=default,
            show_default=True,
            help="Output format.",
        )(func)

    return decorate


def network_filter_options(func):
    """Filters shared by every command that projects the network (`top`,
    `communities`, `path`, `graph`, `map`). The command receives them as one
    `filters` dict, ready for `kg.network.project(store, **filters)`."""

    @click.option("--field", default=None, help="Only agreements covering this field.")
    @click.option(
        "--type",
        "agreement_type",
        default=None,
        help="Only agreements of this type (mou, student_exchange, dual_degree, research, "
        "joint_lab, framework, partnership).",
    )
    @click.option("--since", default=None, help="Only agreements signed on or after (YYYY[-MM[-DD]]).")
    @click.option("--until", default=None, help="Only agreements signed on or before (YYYY[-MM[-DD]]).")
    @click.option("--country", default=None, help="Only institutions in this country (ISO code).")
    @click.option("--kind", default=None, help="Only institutions of this kind (university, hospital, ...).")
    @click.option(
        "--roll-up-units/--no-roll-up-units",
        default=False,
        help="Count faculties and schools as their parent institution.",
    )
    @functools.wraps(func)
    def wrapper(*args, field, agreement_type, since, until, country, kind, roll_up_units, **kwargs):
        filters = {
            "field": field,
            "type": agreement_type,
            "since": since,
            "until": until,
            "country": country,
            "kind": kind,
            "roll_up_units": roll_up_units,
        }
        return func(*args, filters=filters, **kwargs)

    return wrapper


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="accord-kg")
def main():
    """Accord: a knowledge graph of who signs what with whom.

    Read articles, extract the agreements they report, keep them in an RDF
    store, query them with SPARQL, find the most connected institutions and
    draw the network.
    """


# --- end of commands ---
