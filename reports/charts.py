def target_chart(results):
    return None


def budget_chart(lines):
    return None


def trend_chart(points):
    return None


def band_chart(band_counts):
    return None
