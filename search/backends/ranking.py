"""Ranked results as the fast paths of both database backends return them: one page, or every match with its score."""

from django.db import connections
from django.db.models import AutoField, BigAutoField, Case, FloatField, IntegerField, Value, When

# The fast paths match index entries (whose object_id is text) to objects by an integer primary key.
INTEGER_KEYS = (AutoField, BigAutoField, IntegerField)


def in_rank_order(objects, ranked: list[tuple], score_field: str):
    """`objects` restricted to the ranked primary keys, in their order, each with its score in `score_field`."""
    if not ranked:
        return objects.none()
    positions = [When(pk=pk, then=Value(position)) for position, (pk, _score) in enumerate(ranked)]
    scores = [When(pk=pk, then=Value(score)) for pk, score in ranked]
    return (
        objects.filter(pk__in=[pk for pk, _score in ranked])
        .annotate(
            _rank_position=Case(*positions, output_field=IntegerField()),
            **{score_field: Case(*scores, output_field=FloatField())},
        )
        .order_by("_rank_position")
    )


def scored_rows(results, fields: tuple[str, ...]) -> list[tuple] | None:
    """Every object the search `results` match, as its `fields` and its score (higher is better), in one query.

    Counting, faceting and ordering can then all work on these rows instead of searching again for each.
    None when the backend cannot give them (Elasticsearch, or a query the fast paths do not handle).
    """
    compiler = results.query_compiler
    objects = compiler.queryset
    if not hasattr(compiler, "scored_entries") or not isinstance(objects.model._meta.pk, INTEGER_KEYS):
        return None
    entries_sql, entries_params = compiler.scored_entries(compiler.get_config(results.backend))
    values = objects.order_by().values_list(*fields).query.get_compiler(objects.db)
    objects_sql, objects_params = values.as_sql()
    pk = objects.model._meta.pk.column
    sql = (
        f"SELECT objects.*, entries._score FROM ({entries_sql}) entries "  # noqa: S608 - the SQL of querysets
        f"CROSS JOIN ({objects_sql}) objects WHERE objects.{pk} = entries._key"
    )
    with connections[objects.db].cursor() as cursor:
        cursor.execute(sql, [*entries_params, *objects_params])
        rows = cursor.fetchall()
    return _converted(rows, values)


def _converted(rows: list[tuple], compiler) -> list[tuple]:
    """The database's values as the queryset would give them (SQLite has no UUIDs or dates), as Django converts
    them, but each distinct value once: 20,000 matches have a few dozen units and a few hundred dates."""
    converters = compiler.get_converters([column for column, _sql, _alias in compiler.select])
    if not converters:
        return rows
    rows = [list(row) for row in rows]
    for position, (functions, expression) in converters.items():
        done = {}
        for row in rows:
            value = row[position]
            if value not in done:
                done[value] = value
                for function in functions:
                    done[value] = function(done[value], expression, compiler.connection)
            row[position] = done[value]
    return rows
