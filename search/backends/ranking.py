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


def scored_rows(
    results, fields: tuple[str, ...], *, limit: int | None = None, newest: str | None = None
) -> list[tuple] | None:
    """Every object the search `results` match, as its `fields` and its score (higher is better), in one query.

    Counting, faceting and ordering can then all work on these rows instead of searching again for each.
    With `limit`, only that many rows, the best first, or the newest first by the date field `newest` (the undated
    last). None when the backend cannot give them (Elasticsearch, or a query the fast paths do not handle).
    """
    query = _scored_query(results, fields)
    if query is None:
        return None
    entries_sql, entries_params, objects_sql, objects_params, values = query
    pk = values.query.model._meta.pk.column
    sql = (
        f"SELECT objects.*, entries._score FROM ({entries_sql}) entries "  # noqa: S608 - the SQL of querysets
        f"CROSS JOIN ({objects_sql}) objects WHERE objects.{pk} = entries._key"
    )
    if newest:
        sql += f" ORDER BY objects.{newest} IS NULL, objects.{newest} DESC, objects.{pk} DESC"
    elif limit is not None:
        sql += f" ORDER BY entries._score DESC, objects.{pk} DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _fetched(values, sql, [*entries_params, *objects_params])


def best_rows(results, fields: tuple[str, ...], best: int) -> tuple[list[tuple], bool] | None:
    """The objects among the `best` index entries by score, as scored_rows gives them, and whether more entries
    match.

    Only those entries are scored against the objects' own filters, whatever their language or filter: a bounded
    sample of the best matches, which costs the same with 100 matches or 30,000 beyond ranking them.
    """
    query = _scored_query(results, fields)
    if query is None:
        return None
    entries_sql, entries_params, objects_sql, objects_params, values = query
    compiler = results.query_compiler
    if hasattr(compiler, "best_entries"):  # the backend ranks its own way
        best_sql, entries_params = compiler.best_entries(compiler.get_config(results.backend), best + 1)
    else:
        best_sql = (
            "SELECT best.*, COUNT(*) OVER () AS _entries "  # noqa: S608 - the SQL of a queryset
            f"FROM ({entries_sql} ORDER BY _score DESC, _key DESC LIMIT {int(best) + 1}) best"
        )
    pk = values.query.model._meta.pk.column
    sql = (
        f"SELECT objects.*, entries._score, entries._entries FROM ({best_sql}) entries "  # noqa: S608
        f"CROSS JOIN ({objects_sql}) objects WHERE objects.{pk} = entries._key"
    )
    rows = _fetched(values, sql, [*entries_params, *objects_params])
    # No row: none of the best entries is among the objects, and whether more match is not known: say so.
    more = not rows or rows[0][-1] > best
    return [row[:-1] for row in rows], more


def _scored_query(results, fields: tuple[str, ...]):
    compiler = results.query_compiler
    objects = compiler.queryset
    if not hasattr(compiler, "scored_entries") or not isinstance(objects.model._meta.pk, INTEGER_KEYS):
        return None
    entries_sql, entries_params = compiler.scored_entries(compiler.get_config(results.backend))
    values = objects.order_by().values_list(*fields).query.get_compiler(objects.db)
    objects_sql, objects_params = values.as_sql()
    return entries_sql, entries_params, objects_sql, objects_params, values


def _fetched(values, sql: str, params: list) -> list[tuple]:
    with connections[values.using].cursor() as cursor:
        cursor.execute(sql, params)
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
