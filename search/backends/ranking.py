"""Returning one ranked page of results as a queryset, for the fast paths of both database backends."""

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
