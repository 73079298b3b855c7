"""Headers every response carries that no library here sets."""

from django.conf import settings


class PermissionsPolicyMiddleware:
    """`Permissions-Policy`: the browser features the site may use (settings.PERMISSIONS_POLICY); all others off."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = ", ".join(f"{feature}={allowed}" for feature, allowed in settings.PERMISSIONS_POLICY.items())

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.value)
        return response
